package io.github.schemaparity.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.diff.TypeWidth.Direction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeWidthTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "varchar(50); varchar(255); WIDENED",
        "varchar(255); varchar(50); NARROWED",
        "varchar(50); text; WIDENED",
        "text; varchar(50); NARROWED",
        "character varying(10); character varying; WIDENED",
        "varchar(50); varchar(50); UNKNOWN",
        "integer; bigint; WIDENED",
        "bigint; int4; NARROWED",
        "smallint; integer; WIDENED",
        "real; double precision; WIDENED",
        "numeric(10,2); numeric(12,2); WIDENED",
        "numeric(10,2); numeric(10,4); UNKNOWN",
        "numeric(10,2); numeric(12,4); WIDENED",
        "numeric(12,4); numeric(10,2); NARROWED",
        "numeric(10,2); numeric; WIDENED",
        "numeric; numeric(10,2); NARROWED",
        "char(2); char(3); WIDENED",
        "timestamp(3); timestamp(6); WIDENED",
        "timestamp; timestamp(3); UNKNOWN",
        "varchar(50)[]; varchar(100)[]; WIDENED",
        "varchar(50)[]; varchar(100); UNKNOWN",
        "integer; text; UNKNOWN",
        "char(5); varchar(5); UNKNOWN",
        "tinytext; mediumtext; WIDENED",
        "uuid; text; UNKNOWN",
    })
    void tellsWhetherTheActualTypeHoldsMore(String expected, String actual, Direction direction) {
        assertThat(TypeWidth.compare(expected, actual)).isEqualTo(direction);
    }
}
