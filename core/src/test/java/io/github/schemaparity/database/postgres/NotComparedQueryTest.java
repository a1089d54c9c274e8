package io.github.schemaparity.database.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.DatabaseSetting;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.NotCompared;
import io.github.schemaparity.testing.PgServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the PostgreSQL capture lists as not compared, on real PostgreSQL 14 and 17: one object of every
 * kind the model has no place for, none of an extension's members, and the same list, database settings
 * and index validity for a role that owns nothing and may only read.
 */
class NotComparedQueryTest {
    static final String[] KINDS = {"""
            CREATE SCHEMA app;
            CREATE TABLE app.orders (id bigint, code text, qty int);
            INSERT INTO app.orders VALUES (1, 'a', 1), (2, 'a', 2);
            CREATE FOREIGN DATA WRAPPER dummy_fdw;
            CREATE SERVER archive FOREIGN DATA WRAPPER dummy_fdw;
            CREATE FOREIGN TABLE app.archived_orders (id bigint) SERVER archive;
            CREATE USER MAPPING FOR PUBLIC SERVER archive OPTIONS (user 'remote', password 'mapping-secret');
            CREATE FUNCTION app.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
            CREATE EVENT TRIGGER ddl_log ON ddl_command_end EXECUTE FUNCTION app.log_ddl();
            CREATE TEXT SEARCH CONFIGURATION app.shop_search (COPY = pg_catalog.english);
            CREATE TYPE app.pair AS (a int, b int);
            CREATE TYPE app.qty_range AS RANGE (subtype = int);
            CREATE TABLE app.parent (id int);
            CREATE TABLE app.child (note text) INHERITS (app.parent);
            CREATE RULE parent_ignore AS ON INSERT TO app.parent WHERE false DO INSTEAD NOTHING;
            CREATE STATISTICS app.orders_stats ON code, qty FROM app.orders;
            CREATE COLLATION app.german (provider = libc, locale = 'C');
            CREATE PUBLICATION orders_pub FOR TABLE app.orders;
            CREATE VIEW app.order_view AS SELECT id, code FROM app.orders;
            CREATE FUNCTION app.no_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
            CREATE TRIGGER order_view_write INSTEAD OF INSERT ON app.order_view FOR EACH ROW EXECUTE FUNCTION app.no_write();
            CREATE EXTENSION pg_trgm SCHEMA app;
            CREATE EXTENSION hstore SCHEMA app;
            """, "CREATE UNIQUE INDEX CONCURRENTLY orders_code_key ON app.orders (code)"};

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void everyKindTheModelDoesNotCompareIsListedAndAReaderSeesTheSame(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        String database = server.createDatabase("kinds", KINDS[0]);
        try {
            server.execute(database, KINDS[1]);
        } catch (IllegalStateException duplicates) {
            // left INVALID by the duplicate codes
        }
        server.execute("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'app_user')"
                + " THEN CREATE ROLE app_user; END IF; END $$");
        String reader = "reader_" + database;
        server.execute(database,
                "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET search_path = app, public', current_database()); END $$",
                "DO $$ BEGIN EXECUTE format('ALTER ROLE app_user IN DATABASE %I SET work_mem = ''8MB''', current_database()); END $$",
                "CREATE ROLE " + reader + " LOGIN PASSWORD 'reader-secret'",
                "GRANT USAGE ON SCHEMA app TO " + reader);

        Catalog owner;
        try (Connection connection = server.connect(database)) {
            owner = new PgCatalogReader().read(connection, CaptureOptions.defaults());
        }

        String u = NotCompared.UNSUPPORTED;
        assertThat(owner.notCompared()).extracting(NotCompared::kind, NotCompared::object, NotCompared::reason)
                .containsExactly(
                        tuple("role setting", "role:app_user:work_mem", "role settings are compared only with privileges on"),
                        tuple("schema grant", "app", u),
                        tuple("text search configuration", "app.shop_search", u),
                        tuple("user mapping", "archive:public",
                                "user mappings hold credentials: SchemaParity never reads their options"));
        assertThat(owner.databaseSettings()).containsExactly(new DatabaseSetting(null, "search_path", "app, public"));
        Index invalid = owner.schemas().get(0).tables().stream().filter(t -> t.name().equals("orders")).findFirst()
                .orElseThrow().indexes().get(0);
        assertThat(invalid.name()).isEqualTo("orders_code_key");
        assertThat(invalid.usable()).isFalse();

        Catalog read;
        try (Connection connection = DriverManager.getConnection(server.url(database), reader, "reader-secret")) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            read = new PgCatalogReader().read(connection, CaptureOptions.defaults());
            connection.rollback();
        }
        assertThat(read.notCompared()).isEqualTo(owner.notCompared());
        assertThat(read.databaseSettings()).isEqualTo(owner.databaseSettings());
        assertThat(read.schemas()).isEqualTo(owner.schemas());
        // the kinds compared since the ledger began: the reader sees them as the owner does
        assertThat(owner.eventTriggers()).extracting(e -> e.name()).containsExactly("ddl_log");
        assertThat(read.eventTriggers()).isEqualTo(owner.eventTriggers());
        // publications and foreign data wrappers too: every role may read them
        assertThat(owner.publications()).extracting(p -> p.name()).containsExactly("orders_pub");
        assertThat(read.publications()).isEqualTo(owner.publications());
        assertThat(owner.foreignDataWrappers()).extracting(w -> w.name()).containsExactly("dummy_fdw");
        assertThat(read.foreignDataWrappers()).isEqualTo(owner.foreignDataWrappers());
        assertThat(owner.schemas().get(0).views()).singleElement()
                .satisfies(v -> assertThat(v.triggers()).extracting(t -> t.name()).containsExactly("order_view_write"));
        assertThat(owner.schemas().get(0).statistics()).extracting(st -> st.name()).containsExactly("orders_stats");
        assertThat(owner.schemas().get(0).rules()).extracting(r -> r.path()).containsExactly("parent.parent_ignore");
        assertThat(owner.schemas().get(0).collations()).extracting(c -> c.name()).containsExactly("german");
        // composite and range types are compared, so out of the ledger: the reader sees them as the owner does
        assertThat(read.schemas().get(0).compositeTypes()).extracting(t -> t.name()).containsExactly("pair");
        assertThat(read.schemas().get(0).rangeTypes()).extracting(t -> t.name()).containsExactly("qty_range");
        assertThat(read.schemas().get(0).tables()).filteredOn(t -> t.name().equals("child")).singleElement()
                .satisfies(t -> assertThat(t.options()).containsEntry("inherits", "app.parent"));
        assertThat(read.foreignServers()).isEqualTo(owner.foreignServers()).singleElement()
                .satisfies(s -> assertThat(s.wrapper()).isEqualTo("dummy_fdw"));
        assertThat(read.schemas().get(0).tables()).filteredOn(t -> t.name().equals("archived_orders")).singleElement()
                .satisfies(t -> assertThat(t.options()).containsEntry("server", "archive"));
        assertThat(io.github.schemaparity.snapshot.SnapshotFile.toJson(io.github.schemaparity.snapshot.Snapshot.of(
                java.util.List.of(), owner))).doesNotContain("mapping-secret").doesNotContain("remote");
    }
}
