package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.policy.Verdict;
import io.github.schemaparity.testing.MariaDbServer;
import io.github.schemaparity.testing.PgServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} of schemas named differently on the two sides, on real servers: two MariaDB databases
 * (paired without being told), a MariaDB snapshot against a database of another name, and PostgreSQL
 * schemas through the explicit {@code schemaMapping}.
 */
class SchemaMappingCompareTest {
    static final String MARIADB_SHOP = """
            CREATE TABLE customers (id bigint AUTO_INCREMENT PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
            CREATE TABLE orders (id bigint AUTO_INCREMENT PRIMARY KEY, customer_id bigint NOT NULL,
                total decimal(10,2) NOT NULL DEFAULT 0,
                CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id));
            CREATE VIEW big_orders AS SELECT o.id, c.email FROM orders o JOIN customers c ON c.id = o.customer_id
                WHERE o.total > 100;
            """;
    static final String PG_SHOP = """
            CREATE TYPE %1$s.mood AS ENUM ('ok', 'sad');
            CREATE TABLE %1$s.customers (id bigserial PRIMARY KEY, mood %1$s.mood NOT NULL DEFAULT 'ok');
            CREATE TABLE %1$s.orders (id bigserial PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES %1$s.customers (id));
            CREATE FUNCTION %1$s.happy(m %1$s.mood) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT m = 'ok' $$;
            CREATE VIEW %1$s.happy_customers AS SELECT c.id FROM %1$s.customers c WHERE %1$s.happy(c.mood);
            CREATE INDEX orders_customer_idx ON %1$s.orders (customer_id);
            """;

    @TempDir
    Path reports;

    private final RecordingLog log = new RecordingLog();

    @Test
    void twoMariaDbDatabasesUnderDifferentNamesCompareWithoutNoise() {
        MariaDbServer server = MariaDbServer.shared();
        String candidate = server.createDatabase("candidate", MARIADB_SHOP);
        String app = server.createDatabase("app", MARIADB_SHOP);

        ParityResult result = new ParityEngine(log).compare(ParityConfig.builder()
                .expected(server.urlWithCredentials(candidate)).actual(server.urlWithCredentials(app))
                .judging(j -> j.reportDir(reports)).build());

        assertThat(result.report().assessment().differences()).isEmpty();
        assertThat(result.report().assessment().verdict()).isEqualTo(Verdict.PASS);
        assertThat(log.lines).contains("INFO schema mapping (expected=actual): " + candidate + "=" + app
                + " (each side is one mariadb database)");
    }

    @Test
    void driftBetweenMariaDbDatabasesIsNamedAfterTheActualDatabase() {
        MariaDbServer server = MariaDbServer.shared();
        String candidate = server.createDatabase("candidate", MARIADB_SHOP);
        String app = server.createDatabase("app", MARIADB_SHOP, "ALTER TABLE orders ADD COLUMN note text",
                "CREATE OR REPLACE VIEW big_orders AS SELECT o.id, c.email FROM orders o JOIN customers c"
                        + " ON c.id = o.customer_id WHERE o.total > 500");

        ParityResult result = new ParityEngine(log).compare(ParityConfig.builder()
                .expected(server.urlWithCredentials(candidate)).actual(server.urlWithCredentials(app))
                .judging(j -> j.reportDir(reports)).build());

        assertThat(result.report().assessment().differences())
                .extracting(d -> d.difference().object(), d -> d.difference().change().name(),
                        d -> d.difference().attribute())
                .containsExactlyInAnyOrder(tuple(app + ".orders.note", "UNEXPECTED", null),
                        tuple(app + ".big_orders", "CHANGED", "definition"));
    }

    @Test
    void aMariaDbSnapshotComparesWithALiveDatabaseOfAnotherName() {
        MariaDbServer server = MariaDbServer.shared();
        String app = server.createDatabase("app", MARIADB_SHOP);
        String candidate = server.createDatabase("candidate", MARIADB_SHOP);
        Path snapshot = reports.resolve("app.json");
        // A snapshot restricted to its database by name, as `snapshot -Dschemaparity.schemas=app` writes it.
        new ParityEngine().snapshot(JdbcSource.of(server.urlWithCredentials(app)), CaptureOptions.schemas(app),
                snapshot);

        ParityResult result = new ParityEngine(log).compare(ParityConfig.builder()
                .expected(server.urlWithCredentials(candidate)).actual(snapshot.toString()).judging(j -> j.reportDir(reports)).build());

        assertThat(result.report().assessment().differences()).isEmpty();
        assertThat(log.lines).contains("INFO schema mapping (expected=actual): " + candidate + "=" + app
                + " (each side is one mariadb database)");
    }

    @Test
    void postgresStagingMappedOntoLiveComparesWithoutNoise() {
        PgServer server = PgServer.of(PgServer.NEW);
        String database = server.createDatabase("mapping", "CREATE SCHEMA staging", PG_SHOP.formatted("staging"),
                "CREATE SCHEMA live", PG_SHOP.formatted("live"));
        String url = server.urlWithCredentials(database);

        ParityResult mapped = new ParityEngine(log).compare(ParityConfig.builder().expected(url).actual(url)
                .schemas("live").schemaMapping("staging=live").judging(j -> j.reportDir(reports)).build());

        assertThat(mapped.report().assessment().differences())
                .as("types, defaults, FK targets, function arguments, view text and sequences follow the rename")
                .isEmpty();
        assertThat(log.lines).contains("INFO schema mapping (expected=actual): staging=live");
        assertThat(log.lines).anyMatch(l -> l.startsWith("INFO captured expected") && l.contains(": 2 tables"));
    }

    @Test
    void aPostgresDriftUnderAMappedSchemaUsesTheActualName() {
        PgServer server = PgServer.of(PgServer.NEW);
        // public carries PostgreSQL's own comment; staging gets the same so that only the index differs.
        String database = server.createDatabase("mapping", "CREATE SCHEMA staging",
                "COMMENT ON SCHEMA staging IS 'standard public schema'", PG_SHOP.formatted("staging"),
                PG_SHOP.formatted("public"), "DROP INDEX public.orders_customer_idx");
        String url = server.urlWithCredentials(database);

        ParityResult result = new ParityEngine(log).compare(ParityConfig.builder().expected(url).actual(url)
                .schemas("public").schemaMapping("staging=public").judging(j -> j.reportDir(reports)).build());

        assertThat(result.report().assessment().differences())
                .extracting(d -> d.difference().object(), d -> d.difference().change().name())
                .containsExactly(tuple("public.orders.orders_customer_idx", "MISSING"));
    }
}
