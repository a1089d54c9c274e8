package io.github.schemaparity.database.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PgTypeNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            character varying(50)          | varchar(50)
            character varying              | varchar
            character varying(20)[]        | varchar(20)[]
            character(3)                   | char(3)
            timestamp without time zone    | timestamp
            timestamp(3) without time zone | timestamp(3)
            timestamp with time zone       | timestamptz
            timestamp(6) with time zone[]  | timestamptz(6)[]
            time without time zone         | time
            time(2) with time zone         | timetz(2)
            bit varying(8)                 | varbit(8)
            integer                        | integer
            bigint                         | bigint
            numeric(10,2)                  | numeric(10,2)
            double precision               | double precision
            text[]                         | text[]
            public.mood                    | public.mood
            "char"                         | "char"
            public."character varying"     | public."character varying"
            """)
    void shortensFormatTypeSpellings(String formatType, String canonical) {
        assertThat(PgTypeNames.normalize(formatType)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a character varying, b integer DEFAULT 3                   | a varchar, b integer DEFAULT 3
            TABLE(x character varying, y timestamp without time zone)  | TABLE(x varchar, y timestamp)
            'character varying'::character varying                      | 'character varying'::varchar
            SETOF time with time zone                                   | SETOF timetz
            """)
    void rewritesTypesInsideTextButNotInsideLiterals(String text, String canonical) {
        assertThat(PgTypeNames.normalizeWithin(text)).isEqualTo(canonical);
    }
}
