package io.github.schemaparity.database.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PgDefaultsTest {

    @Test
    void stripsACastOfAStringLiteralToTheColumnsOwnType() {
        assertThat(PgDefaults.normalize("'new'::character varying", "varchar(20)")).isEqualTo("'new'");
        assertThat(PgDefaults.normalize("'x'::text", "text")).isEqualTo("'x'");
        assertThat(PgDefaults.normalize("'it''s'::text", "text")).isEqualTo("'it''s'");
        assertThat(PgDefaults.normalize("'ok'::public.mood", "public.mood")).isEqualTo("'ok'");
        assertThat(PgDefaults.normalize("'{}'::text[]", "text[]")).isEqualTo("'{}'");
    }

    @Test
    void keepsACastToAnotherType() {
        assertThat(PgDefaults.normalize("'x'::text", "varchar(5)")).isEqualTo("'x'::text");
        assertThat(PgDefaults.normalize("'2024-01-01'::date", "timestamp")).isEqualTo("'2024-01-01'::date");
        assertThat(PgDefaults.normalize("('a'::text || 'b'::text)", "text")).isEqualTo("('a'::text || 'b'::text)");
    }

    @Test
    void aQuotedNumberOnANumericColumnIsTheNumber() {
        assertThat(PgDefaults.normalize("'0'::numeric", "numeric(10,2)")).isEqualTo("0");
        assertThat(PgDefaults.normalize("'-1'::integer", "integer")).isEqualTo("-1");
        assertThat(PgDefaults.normalize("'1.5'::double precision", "double precision")).isEqualTo("1.5");
        assertThat(PgDefaults.normalize("'0'::text", "text")).isEqualTo("'0'");
        assertThat(PgDefaults.normalize("'1e3'::numeric", "numeric")).isEqualTo("'1e3'");
    }

    @Test
    void dropsTheRegclassCastInNextval() {
        assertThat(PgDefaults.normalize("nextval('public.orders_id_seq'::regclass)", "integer"))
                .isEqualTo("nextval('public.orders_id_seq')");
    }

    @Test
    void keepsOtherExpressionsAsTheServerRendersThem() {
        assertThat(PgDefaults.normalize("0", "integer")).isEqualTo("0");
        assertThat(PgDefaults.normalize("now()", "timestamptz")).isEqualTo("now()");
        assertThat(PgDefaults.normalize("'2024-01-01 00:00:00+00'::timestamp with time zone", "timestamptz"))
                .isEqualTo("'2024-01-01 00:00:00+00'");
        assertThat(PgDefaults.normalize(null, "integer")).isNull();
    }
}
