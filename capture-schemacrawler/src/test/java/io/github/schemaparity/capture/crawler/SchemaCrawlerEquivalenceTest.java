package io.github.schemaparity.capture.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.database.postgres.PgCatalogReader;
import io.github.schemaparity.capture.crawler.SchemaCrawlerCatalogReader.Retrieval;
import io.github.schemaparity.capture.SchemaNotFoundException;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.testing.PgServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The design rule's proof: SchemaCrawler's crawl ({@link SchemaCrawlerCatalogReader}) and the set-based
 * fast path ({@link PgCatalogReader}) produce the same model, compared as whole {@link Catalog}s, on the
 * same rich schema, on the old and the new PostgreSQL, for the owner (with privileges) and for a role
 * that only has SELECT (as on a production replica), with SchemaCrawler reading columns and keys
 * through JDBC metadata and through its data-dictionary strategy.
 */
class SchemaCrawlerEquivalenceTest {

    /** Every kind of object the model holds, in two schemas, with the spellings normalisation must fold. */
    static String[] richSchema(String major) {
        boolean pg15 = Integer.parseInt(major) >= 15;
        return new String[] {"""
                CREATE EXTENSION IF NOT EXISTS citext;
                CREATE SCHEMA app;
                COMMENT ON SCHEMA app IS 'application schema';
                CREATE SCHEMA "Audit";
                CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
                COMMENT ON TYPE app.mood IS 'how it feels';
                CREATE DOMAIN app.positive_int AS integer NOT NULL DEFAULT 1 CHECK (VALUE > 0);
                CREATE DOMAIN app.code AS varchar(10) COLLATE "C" CHECK (VALUE ~ '^[A-Z]+$');
                CREATE TYPE app.pair AS (id integer, label varchar(20) COLLATE "C", mood app.mood);
                CREATE TYPE app.price_range AS RANGE (subtype = numeric, subtype_diff = numrange_subdiff);
                CREATE TABLE app.items (id bigint NOT NULL, name text, CONSTRAINT items_name_check CHECK (name <> ''));
                CREATE TABLE app.books (isbn text) INHERITS (app.items);
                CREATE TABLE app.customers (
                  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                  email varchar(200) NOT NULL,
                  name text COLLATE "C",
                  score numeric(10,2) DEFAULT 0 CHECK (score >= 0),
                  mood app.mood DEFAULT 'ok',
                  tags text[],
                  codes varchar(20)[],
                  status varchar(20) DEFAULT 'new'::character varying,
                  created_at timestamptz NOT NULL DEFAULT now(),
                  updated_at timestamp(3) without time zone,
                  ratio double precision,
                  flags bit varying(8),
                  CONSTRAINT customers_email_key UNIQUE (email)
                ) WITH (fillfactor = 80);
                COMMENT ON TABLE app.customers IS 'people who buy';
                COMMENT ON COLUMN app.customers.email IS 'login';
                CREATE INDEX customers_lower_email ON app.customers (lower(email));
                CREATE INDEX customers_partial ON app.customers (created_at DESC NULLS LAST) WHERE score > 10;
                CREATE INDEX customers_incl ON app.customers (name) INCLUDE (score, status);
                CREATE INDEX customers_tags ON app.customers USING gin (tags);
                CREATE INDEX ON app.customers (mood, name text_pattern_ops NULLS FIRST);
                CREATE TABLE app.orders (
                  id serial PRIMARY KEY,
                  customer_id bigint REFERENCES app.customers ON DELETE CASCADE ON UPDATE SET NULL
                    DEFERRABLE INITIALLY DEFERRED,
                  qty app.positive_int,
                  total numeric(12,2) GENERATED ALWAYS AS (qty * 2.5) STORED,
                  note varchar,
                  code app.code,
                  during tsrange,
                  CHECK (qty < 1000),
                  CONSTRAINT orders_note_check CHECK (note <> '') NOT VALID,
                  CONSTRAINT orders_no_overlap EXCLUDE USING gist (during WITH &&)
                );
                CREATE TABLE app.order_lines (
                  order_id integer NOT NULL REFERENCES app.orders (id) ON DELETE RESTRICT,
                  line_no smallint NOT NULL,
                  sku char(8),
                  PRIMARY KEY (order_id, line_no),
                  UNIQUE (sku, order_id) DEFERRABLE
                );
                ALTER TABLE app.order_lines ADD CONSTRAINT order_lines_sku_fk FOREIGN KEY (order_id)
                  REFERENCES app.orders (id) ON UPDATE CASCADE NOT VALID;
                CREATE TABLE app.events (
                  id bigint NOT NULL,
                  at date NOT NULL,
                  payload jsonb,
                  PRIMARY KEY (id, at)
                ) PARTITION BY RANGE (at);
                CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE TABLE app.events_2025 PARTITION OF app.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
                CREATE TABLE app.event_notes (
                  id serial PRIMARY KEY,
                  event_id bigint NOT NULL,
                  event_at date NOT NULL,
                  FOREIGN KEY (event_id, event_at) REFERENCES app.events (id, at) ON DELETE CASCADE
                );
                CREATE UNLOGGED TABLE app.scratch (k integer, v text);
                CREATE SEQUENCE app.invoice_no AS integer START 1000 INCREMENT 5 MINVALUE 10 MAXVALUE 999999 CACHE 3 CYCLE;
                CREATE SEQUENCE app.ticket_no;
                ALTER SEQUENCE app.ticket_no OWNED BY app.scratch.k;
                CREATE VIEW app.big_customers AS SELECT id, email FROM app.customers WHERE score > 100;
                COMMENT ON VIEW app.big_customers IS 'vips';
                CREATE MATERIALIZED VIEW app.order_totals AS
                  SELECT customer_id, sum(total) AS total FROM app.orders GROUP BY customer_id;
                CREATE UNIQUE INDEX order_totals_cust ON app.order_totals (customer_id);
                CREATE FUNCTION app.add(a integer, b integer DEFAULT 1) RETURNS integer
                  LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT a + b $$;
                CREATE FUNCTION app.add(a numeric, b numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT a + b $$;
                COMMENT ON FUNCTION app.add(integer, integer) IS 'adds';
                CREATE FUNCTION app.double_it(x integer) RETURNS integer LANGUAGE sql STABLE
                  RETURN x * 2;
                CREATE FUNCTION app.names(p_min numeric) RETURNS TABLE (id bigint, email varchar)
                  LANGUAGE sql AS $$ SELECT id, email FROM app.customers WHERE score >= p_min $$;
                CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
                BEGIN
                  NEW.created_at := now();  -- stamp
                  RETURN NEW;
                END $$;
                CREATE FUNCTION app.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
                CREATE PROCEDURE app.archive(IN days integer, INOUT moved integer)
                  LANGUAGE plpgsql AS $$ BEGIN moved := days; END $$;
                CREATE AGGREGATE app.total_of(numeric) (SFUNC = numeric_add, STYPE = numeric, INITCOND = '0');
                CREATE TRIGGER customers_touch BEFORE UPDATE OF name, email ON app.customers
                  FOR EACH ROW WHEN (OLD.email IS DISTINCT FROM NEW.email) EXECUTE FUNCTION app.touch();
                CREATE TRIGGER orders_audit AFTER INSERT OR DELETE ON app.orders
                  FOR EACH STATEMENT EXECUTE FUNCTION app.noop();
                CREATE TRIGGER orders_truncate AFTER TRUNCATE ON app.orders
                  FOR EACH STATEMENT EXECUTE FUNCTION app.noop();
                ALTER TABLE app.orders DISABLE TRIGGER orders_truncate;
                CREATE TRIGGER events_touch AFTER INSERT ON app.events FOR EACH ROW EXECUTE FUNCTION app.noop();
                ALTER TABLE app.customers ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_rows ON app.customers FOR SELECT USING (email = current_user);
                CREATE POLICY no_sad ON app.customers AS RESTRICTIVE FOR UPDATE TO PUBLIC
                  USING (mood <> 'sad') WITH CHECK (score >= 0);
                CREATE TABLE "Audit"."Log Entries" (
                  "Id" bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                  "Customer" bigint REFERENCES app.customers (id) ON DELETE SET NULL,
                  "When" timestamptz DEFAULT CURRENT_TIMESTAMP,
                  detail text
                );
                CREATE INDEX "Log Entries by customer" ON "Audit"."Log Entries" ("Customer", "When" DESC);
                CREATE VIEW "Audit".recent AS
                  SELECT l."Id", c.email FROM "Audit"."Log Entries" l JOIN app.customers c ON c.id = l."Customer"
                  WHERE l."When" > now() - interval '7 days';
                CREATE TABLE app.labels (id int, label public.citext, note text);
                CREATE INDEX labels_c ON app.labels (note COLLATE "C", (note || 'x') COLLATE "POSIX" DESC);
                CREATE TRIGGER labels_args AFTER INSERT ON app.labels FOR EACH ROW
                  EXECUTE FUNCTION app.noop('a''b', 'c');
                CREATE TRIGGER big_customers_write INSTEAD OF INSERT ON app.big_customers
                  FOR EACH ROW EXECUTE FUNCTION app.noop();
                CREATE STATISTICS app.customers_mood_status (dependencies) ON mood, status FROM app.customers;
                CREATE RULE scratch_keep AS ON DELETE TO app.scratch DO INSTEAD NOTHING;
                CREATE COLLATION app.plain (provider = libc, locale = 'C');
                CREATE FUNCTION app.ddl_guard() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
                CREATE EVENT TRIGGER rich_ddl_guard ON ddl_command_end EXECUTE FUNCTION app.ddl_guard();
                CREATE PUBLICATION rich_pub FOR TABLE app.customers WITH (publish = 'insert, update');
                CREATE FOREIGN DATA WRAPPER rich_fdw OPTIONS (debug 'true', api_key 'k');
                """,
            // pgjdbc splits a script at semicolons and would cut a BEGIN ATOMIC body apart.
            """
                CREATE PROCEDURE app.purge(IN p_before timestamptz) LANGUAGE sql
                  BEGIN ATOMIC DELETE FROM app.customers WHERE created_at < p_before; END
                """,
            pg15 ? "CREATE TABLE app.tokens (value text, CONSTRAINT tokens_value_key UNIQUE NULLS NOT DISTINCT (value))"
                    : "SELECT 1"};
    }

    static Stream<Arguments> serversAndRetrievals() {
        return Stream.of(PgServer.OLD, PgServer.NEW).flatMap(major -> Arrays.stream(Retrieval.values())
                .map(retrieval -> Arguments.of(major, retrieval)));
    }

    @ParameterizedTest(name = "PostgreSQL {0}, {1}")
    @MethodSource("serversAndRetrievals")
    void bothReadersProduceTheSameCatalogForTheOwner(String major, Retrieval retrieval) throws SQLException {
        PgServer server = PgServer.of(major);
        String grantee = reader(server, "x");
        String database = server.createDatabase("crawl_eq", richSchema(major));
        server.execute(database, "GRANT SELECT ON app.customers TO PUBLIC",
                "CREATE ROLE " + grantee + " NOLOGIN",
                "GRANT SELECT, UPDATE ON app.orders TO " + grantee + " WITH GRANT OPTION");
        CaptureOptions options = new CaptureOptions(List.of(), true);
        try (Connection connection = server.connect(database)) {
            Catalog crawled = new SchemaCrawlerCatalogReader(retrieval).read(connection, options);
            Catalog fast = new PgCatalogReader().read(connection, options);

            assertSameCatalog(crawled, fast);
            assertRichSchemaWasSeen(crawled, major);
            assertThat(table(crawled, "app", "orders").privileges()).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "PostgreSQL {0}, {1}")
    @MethodSource("serversAndRetrievals")
    void bothReadersProduceTheSameCatalogForARoleThatOnlyReads(String major, Retrieval retrieval) throws SQLException {
        PgServer server = PgServer.of(major);
        String role = reader(server, "ro");
        String database = server.createDatabase("crawl_ro", richSchema(major));
        server.execute(database, "CREATE ROLE " + role + " LOGIN PASSWORD 'reader'",
                "GRANT USAGE ON SCHEMA app, \"Audit\" TO " + role,
                "GRANT SELECT ON ALL TABLES IN SCHEMA app, \"Audit\" TO " + role);
        try (Connection connection = DriverManager.getConnection(server.url(database), role, "reader")) {
            connection.setReadOnly(true);
            Catalog crawled = new SchemaCrawlerCatalogReader(retrieval)
                    .read(connection, CaptureOptions.schemas("app", "Audit"));
            Catalog fast = new PgCatalogReader().read(connection, CaptureOptions.schemas("app", "Audit"));

            assertSameCatalog(crawled, fast);
            assertRichSchemaWasSeen(crawled, major);
        }
    }

    @org.junit.jupiter.api.Test
    void aSchemaThatDoesNotExistIsNamedLikeTheFastReaderNamesIt() throws SQLException {
        PgServer server = PgServer.of(PgServer.NEW);
        String database = server.createDatabase("crawl_missing", "CREATE SCHEMA app");
        try (Connection connection = server.connect(database)) {
            CaptureOptions options = CaptureOptions.schemas("app", "nope");
            Throwable crawled = org.assertj.core.api.Assertions.catchThrowable(
                    () -> new SchemaCrawlerCatalogReader().read(connection, options));
            Throwable fast = org.assertj.core.api.Assertions.catchThrowable(
                    () -> new PgCatalogReader().read(connection, options));

            assertThat(crawled).isInstanceOf(SchemaNotFoundException.class).hasMessageContaining("'nope'");
            assertThat(crawled).hasMessage(fast.getMessage());
        }
    }

    /** Whole-catalog equality; on failure, the first differing object and attribute. */
    private static void assertSameCatalog(Catalog crawled, Catalog fastCapture) {
        // the crawler captures no foreign servers or tables and no column grants: its coverage says so
        assertThat(fastCapture.coverage().stream().filter(c -> !crawled.coverage().contains(c)))
                .containsExactlyInAnyOrder(io.github.schemaparity.model.Coverage.FOREIGN_TABLES,
                        io.github.schemaparity.model.Coverage.COLUMN_PRIVILEGES);
        Catalog fast = fastCapture.withLedger(fastCapture.databaseSettings(), fastCapture.notCompared(),
                crawled.coverage());
        String difference = FirstDifference.between("SchemaCrawlerCatalogReader", crawled, "PgCatalogReader", fast);
        assertNull(difference, () -> "The readers disagree at " + difference);
        assertEquals(fast, crawled);
    }

    /** Guards against two readers that agree because both missed everything. */
    private static void assertRichSchemaWasSeen(Catalog catalog, String major) {
        Schema app = catalog.schemas().stream().filter(s -> s.name().equals("app")).findFirst().orElseThrow();
        assertThat(app.tables()).extracting(Table::name).contains("customers", "orders", "order_lines", "events",
                "events_2024", "event_notes", "scratch");
        assertThat(app.views()).hasSize(2);
        assertThat(app.routines()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(app.sequences()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(app.enumTypes()).hasSize(1);
        assertThat(app.domains()).hasSize(2);
        assertThat(app.compositeTypes()).hasSize(1);
        assertThat(app.rangeTypes()).hasSize(1);
        assertThat(app.tables()).filteredOn(t -> t.name().equals("books")).singleElement()
                .satisfies(t -> assertThat(t.options()).containsEntry("inherits", "app.items"));
        Table customers = table(catalog, "app", "customers");
        assertThat(customers.checks()).hasSize(1);
        assertThat(customers.uniques()).hasSize(1);
        assertThat(customers.indexes()).hasSize(5);
        assertThat(customers.triggers()).hasSize(1);
        assertThat(customers.policies()).hasSize(2);
        Table orders = table(catalog, "app", "orders");
        assertThat(orders.triggers()).hasSize(2);
        assertThat(orders.checks()).hasSize(2);
        assertThat(table(catalog, "Audit", "Log Entries").foreignKeys()).hasSize(1);
        assertThat(table(catalog, "app", "labels").indexes().get(0).columns())
                .containsExactly("note COLLATE \"C\"", "(note || 'x'::text) COLLATE \"POSIX\" DESC");
        assertThat(catalog.extensions()).extracting(e -> e.name()).contains("citext");
        assertThat(catalog.schemas().stream().filter(s -> s.name().equals("public")).flatMap(s -> s.routines().stream()))
                .as("citext's functions in public are extension members, left out").isEmpty();
        if (Integer.parseInt(major) >= 15) {
            assertThat(table(catalog, "app", "tokens").uniques().get(0).nullsNotDistinct()).isTrue();
        }
    }

    private static Table table(Catalog catalog, String schema, String name) {
        return catalog.schemas().stream().filter(s -> s.name().equals(schema)).findFirst().orElseThrow()
                .tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** Roles are cluster-wide: one name per test database. */
    private static String reader(PgServer server, String suffix) {
        return "crawl_" + suffix + "_" + server.port() + "_" + ProcessHandle.current().pid() + "_"
                + COUNTER.incrementAndGet();
    }

    private static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger();
}
