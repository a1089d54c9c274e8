package io.github.schemaparity.database.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Identifiers spelled as PostgreSQL reads them back: bare only when lower-case, plain and not reserved. */
class PgNamesTest {

    @Test
    void plainLowerCaseNamesStayBare() {
        assertThat(PgNames.ident("orders")).isEqualTo("orders");
        assertThat(PgNames.ident("_tmp$1")).isEqualTo("_tmp$1");
        assertThat(PgNames.ident("t00042")).isEqualTo("t00042");
        assertThat(PgNames.qualified("app.t1")).isEqualTo("app.t1");
    }

    @Test
    void everythingElseIsQuoted() {
        assertThat(PgNames.ident("Orders")).isEqualTo("\"Orders\"");
        assertThat(PgNames.ident("1st")).isEqualTo("\"1st\"");
        assertThat(PgNames.ident("$x")).isEqualTo("\"$x\"");
        assertThat(PgNames.ident("order line")).isEqualTo("\"order line\"");
        assertThat(PgNames.ident("café")).isEqualTo("\"café\"");
        assertThat(PgNames.ident("")).isEqualTo("\"\"");
        assertThat(PgNames.ident("user")).isEqualTo("\"user\"");
        assertThat(PgNames.ident("say\"hi")).isEqualTo("\"say\"\"hi\"");
        assertThat(PgNames.qualified("My Schema", "t")).isEqualTo("\"My Schema\".t");
    }
}
