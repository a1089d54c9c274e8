package io.github.schemaparity.database.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The spellings MySQL 8 and MariaDB report for the same column read the same once normalised. */
class MySqlTypesTest {

    @Test
    void integerDisplayWidthsAreDroppedButBoolStays() {
        assertThat(MySqlTypes.type("int(11)")).isEqualTo("int");
        assertThat(MySqlTypes.type("INT")).isEqualTo("int");
        assertThat(MySqlTypes.type("bigint(20) unsigned")).isEqualTo("bigint unsigned");
        // a zerofill column pads to its width: the width is part of what it stores and shows
        assertThat(MySqlTypes.type("int(5) unsigned zerofill")).isEqualTo("int(5) unsigned zerofill");
        assertThat(MySqlTypes.type("year(4)")).isEqualTo("year");
        assertThat(MySqlTypes.type("tinyint(1)")).isEqualTo("tinyint(1)");
        assertThat(MySqlTypes.type("tinyint(4)")).isEqualTo("tinyint");
        assertThat(MySqlTypes.type("decimal(10,2)")).isEqualTo("decimal(10,2)");
        assertThat(MySqlTypes.type("varchar(50)")).isEqualTo("varchar(50)");
        assertThat(MySqlTypes.type("ENUM('New','Paid')")).isEqualTo("enum('New','Paid')");
    }

    @Test
    void mysqlAndMariadbDefaultsReadTheSame() {
        assertThat(MySqlTypes.defaultValue("abc", "", "varchar", false))
                .isEqualTo(MySqlTypes.defaultValue("'abc'", "", "varchar", true)).isEqualTo("'abc'");
        assertThat(MySqlTypes.defaultValue("it's", "", "varchar", false)).isEqualTo("'it''s'");
        assertThat(MySqlTypes.defaultValue("0", "", "int", false))
                .isEqualTo(MySqlTypes.defaultValue("0", "", "int", true)).isEqualTo("0");
        assertThat(MySqlTypes.defaultValue("CURRENT_TIMESTAMP", "DEFAULT_GENERATED on update CURRENT_TIMESTAMP",
                "timestamp", false))
                .isEqualTo(MySqlTypes.defaultValue("current_timestamp()", "on update current_timestamp()",
                        "timestamp", true))
                .isEqualTo("current_timestamp() on update current_timestamp()");
        assertThat(MySqlTypes.defaultValue("CURRENT_TIMESTAMP(6)", "DEFAULT_GENERATED", "datetime", false))
                .isEqualTo("current_timestamp(6)");
        assertThat(MySqlTypes.defaultValue("(uuid())", "DEFAULT_GENERATED", "varchar", false)).isEqualTo("(uuid())");
        assertThat(MySqlTypes.defaultValue("NULL", "", "varchar", true)).isNull();
        assertThat(MySqlTypes.defaultValue(null, "", "varchar", false)).isNull();
        assertThat(MySqlTypes.defaultValue("NULL", "", "varchar", false)).isEqualTo("'NULL'");
    }

    @Test
    void theServerVersionLosesItsSuffix() {
        assertThat(MySqlCatalogReader.serverVersion("11.4.5-MariaDB-log")).isEqualTo("11.4.5");
        assertThat(MySqlCatalogReader.serverVersion("8.0.36-0ubuntu0.22.04.1")).isEqualTo("8.0.36");
        assertThat(MySqlCatalogReader.serverVersion("8.4.3")).isEqualTo("8.4.3");
    }
}
