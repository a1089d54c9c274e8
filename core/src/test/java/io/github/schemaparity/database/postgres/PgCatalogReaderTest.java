package io.github.schemaparity.database.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.capture.SchemaNotFoundException;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Domain;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.EnumType;
import io.github.schemaparity.model.Extension;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.PrimaryKey;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.RowPolicy;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Sequence;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.TableKind;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.UniqueConstraint;
import io.github.schemaparity.model.View;
import io.github.schemaparity.testing.PgServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Captures a schema holding every object kind on real PostgreSQL servers and checks the model values. */
class PgCatalogReaderTest {
    private static final Map<String, String> RICH_DATABASES = new ConcurrentHashMap<>();

    private static String richDatabase(PgServer server) {
        return RICH_DATABASES.computeIfAbsent(server.major(), major -> server.createDatabase("rich", RichSchema.SCRIPTS));
    }

    private static Catalog capture(PgServer server, String database, CaptureOptions options) throws SQLException {
        try (Connection connection = server.connect(database)) {
            return new PgCatalogReader().read(connection, options);
        }
    }

    private static Schema app(PgServer server) throws SQLException {
        Catalog catalog = capture(server, richDatabase(server), CaptureOptions.schemas("app"));
        assertThat(catalog.schemas()).extracting(Schema::name).containsExactly("app");
        return catalog.schemas().get(0);
    }

    private static Table table(Schema schema, String name) {
        return schema.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static Column column(Table table, String name) {
        return table.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void catalogHeaderAndExtensions(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        Catalog catalog = capture(server, richDatabase(server), CaptureOptions.defaults());
        assertThat(catalog.engine()).isEqualTo(Engine.POSTGRESQL);
        assertThat(catalog.serverVersion()).matches(major + "\\.\\d+");
        assertThat(catalog.extensions()).containsExactly(new Extension("citext", "1.6", "public"));
        assertThat(catalog.schemas()).extracting(Schema::name).containsExactly("app", "public");
        Schema publicSchema = catalog.schemas().get(1);
        // citext's functions and types live in public but belong to the extension.
        assertThat(publicSchema.routines()).isEmpty();
        assertThat(publicSchema.domains()).isEmpty();
        assertThat(publicSchema.tables()).isEmpty();
        assertThat(catalog.schemas().get(0).comment()).isEqualTo("application data");
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void columns(String major) throws SQLException {
        Table customers = table(app(PgServer.of(major)), "customers");
        assertThat(customers.kind()).isEqualTo(TableKind.TABLE);
        assertThat(customers.comment()).isEqualTo("who buys");
        assertThat(customers.columns()).containsExactly(
                new Column("id", 1, "bigint", false, null, "ALWAYS", null, null, null),
                new Column("email", 2, "public.citext", false, null, null, null, null, "login"),
                new Column("name", 3, "varchar(100)", false, null, null, null, "C", null),
                new Column("status", 4, "varchar(20)", true, "'new'", null, null, null, null),
                new Column("mood", 5, "app.mood", true, "'ok'", null, null, null, null),
                new Column("score", 6, "app.positive_int", true, null, null, null, null, null),
                new Column("tags", 7, "text[]", true, "'{}'", null, null, null, null),
                new Column("created_at", 8, "timestamptz", false, "now()", null, null, null, null),
                new Column("shout", 9, "text", true, null, null, "upper((name)::text)", null, null));
        Table orders = table(app(PgServer.of(major)), "orders");
        assertThat(column(orders, "id")).isEqualTo(
                new Column("id", 1, "integer", false, "nextval('app.orders_id_seq')", null, null, null, null));
        assertThat(column(orders, "updated_at").type()).isEqualTo("timestamp(3)");
        assertThat(column(orders, "total").type()).isEqualTo("numeric(10,2)");
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void constraints(String major) throws SQLException {
        Schema app = app(PgServer.of(major));
        Table orders = table(app, "orders");
        assertThat(orders.primaryKey()).isEqualTo(new PrimaryKey("orders_pkey", true, List.of("id")));
        assertThat(orders.foreignKeys()).containsExactly(new ForeignKey("orders_customer_id_fkey", true,
                List.of("customer_id"), "app.customers", List.of("id"), "CASCADE", "NO ACTION", true, true, true));
        assertThat(orders.uniques()).containsExactly(new UniqueConstraint("orders_customer_id_note_key", true,
                List.of("customer_id", "note"), false, false));
        assertThat(orders.checks()).containsExactly(
                new CheckConstraint("orders_note_len", false, "(length(note) < 500)", false),
                new CheckConstraint("orders_total_check", true, "(total >= 0::numeric)", true));
        assertThat(table(app, "customers").uniques()).containsExactly(
                new UniqueConstraint("customers_email_key", true, List.of("email"), false, false));
        assertThat(table(app, "cache").primaryKey()).isEqualTo(new PrimaryKey("cache_pkey", true, List.of("k")));
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void indexes(String major) throws SQLException {
        Schema app = app(PgServer.of(major));
        assertThat(table(app, "orders").indexes()).containsExactly(
                new Index("orders_customer_idx", false, false, "btree",
                        List.of("customer_id", "updated_at DESC NULLS LAST"), List.of("total"), "note IS NOT NULL"),
                new Index("orders_lower_idx", true, false, "btree", List.of("lower(note) text_pattern_ops"),
                        List.of(), null),
                new Index("orders_note_c", false, false, "btree",
                        List.of("note COLLATE \"C\"", "(note || 'x'::text) COLLATE \"POSIX\" DESC"), List.of(), null),
                new Index("orders_note_hash", false, false, "hash", List.of("note"), List.of(), null));
        // The column's own collation is not repeated.
        assertThat(table(app, "customers").indexes()).containsExactly(
                new Index("customers_name_c", false, false, "btree", List.of("name NULLS FIRST"), List.of(), null));
        assertThat(table(app, "rooms").indexes()).containsExactly(
                new Index("rooms_during_excl", true, false, "gist", List.of("during WITH &&"), List.of(), null));
        assertThat(table(app, "events").indexes()).containsExactly(
                new Index("events_happened_idx", true, false, "btree", List.of("happened"), List.of(), null));
        assertThat(table(app, "events_2024").indexes()).containsExactly(
                new Index("events_2024_happened_idx", true, false, "btree", List.of("happened"), List.of(), null));
    }

    @org.junit.jupiter.api.Test
    void serverVersionWithoutDistributionSuffix() {
        assertThat(PgCatalogReader.serverVersion("15.5 (Debian 15.5-1.pgdg120+1)")).isEqualTo("15.5");
        assertThat(PgCatalogReader.serverVersion("17.11")).isEqualTo("17.11");
        assertThat(PgCatalogReader.serverVersion("18beta1 ")).isEqualTo("18beta1");
    }

    @org.junit.jupiter.api.Test
    void nullsNotDistinctOnPostgres15AndLater() throws SQLException {
        PgServer server = PgServer.of(PgServer.NEW);
        String database = server.createDatabase("nnd",
                "CREATE TABLE t (a int, b int, UNIQUE NULLS NOT DISTINCT (a), UNIQUE (b))");
        Table t = capture(server, database, CaptureOptions.defaults()).schemas().get(0).tables().get(0);
        assertThat(t.uniques()).containsExactly(new UniqueConstraint("t_a_key", true, List.of("a"), true, false),
                new UniqueConstraint("t_b_key", true, List.of("b"), false, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void triggersAndPolicies(String major) throws SQLException {
        Schema app = app(PgServer.of(major));
        assertThat(table(app, "orders").triggers()).containsExactly(
                new Trigger("orders_audit", "AFTER", List.of("DELETE", "INSERT"), "STATEMENT",
                        "app.touch('a''b', 'c')", null, "DISABLED"),
                new Trigger("orders_touch", "BEFORE", List.of("UPDATE OF note, total"), "ROW", "app.touch()",
                        "old.total IS DISTINCT FROM new.total", "ENABLED"));
        assertThat(table(app, "events").triggers()).extracting(Trigger::name).containsExactly("events_touch");
        assertThat(table(app, "events_2024").triggers()).isEmpty();
        assertThat(table(app, "customers").policies()).containsExactly(
                new RowPolicy("cheerful", "SELECT", false, List.of("public"), "mood <> 'sad'::app.mood", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void tableOptions(String major) throws SQLException {
        Schema app = app(PgServer.of(major));
        assertThat(table(app, "orders").options()).containsExactlyEntriesOf(Map.of("storage.fillfactor", "70"));
        assertThat(table(app, "cache").options()).containsExactlyEntriesOf(Map.of("persistence", "unlogged"));
        assertThat(table(app, "customers").options()).containsExactlyInAnyOrderEntriesOf(
                Map.of("rowSecurity", "enabled", "forceRowSecurity", "enabled"));
        assertThat(table(app, "events").kind()).isEqualTo(TableKind.PARTITIONED);
        assertThat(table(app, "events").options()).containsExactlyEntriesOf(Map.of("partitionKey", "RANGE (happened)"));
        assertThat(table(app, "events_2024").kind()).isEqualTo(TableKind.TABLE);
        assertThat(table(app, "events_2024").options()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "partitionOf", "app.events",
                "partitionBound", "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"));
        assertThat(table(app, "orders").privileges()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void privilegesOnlyWhenAskedFor(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        Catalog catalog = capture(server, richDatabase(server), new CaptureOptions(List.of("app"), true));
        View bigOrders = catalog.schemas().get(0).views().get(0);
        assertThat(bigOrders.name()).isEqualTo("big_orders");
        assertThat(bigOrders.privileges()).containsExactly("public:SELECT");
        assertThat(app(server).views().get(0).privileges()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void viewsAndMaterializedViews(String major) throws SQLException {
        Schema app = app(PgServer.of(major));
        // PostgreSQL 16 stopped qualifying columns of a single-table query in deparsed view text.
        boolean qualified = Integer.parseInt(major) < 16;
        assertThat(app.views()).containsExactly(
                new View("big_orders", false, qualified
                        ? "select o.id, o.total from app.orders o where o.total > 100::numeric"
                        : "select id, total from app.orders o where total > 100::numeric", "large", List.of(), List.of()),
                new View("order_totals", true, qualified
                        ? "select orders.customer_id, sum(orders.total) as total from app.orders group by orders.customer_id"
                        : "select customer_id, sum(total) as total from app.orders group by customer_id", null,
                        List.of(new Index("order_totals_customer", false, true, "btree", List.of("customer_id"),
                                List.of(), null)), List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void sequencesLeaveOutIdentitySequences(String major) throws SQLException {
        Schema app = app(PgServer.of(major));
        assertThat(app.sequences()).containsExactly(
                new Sequence("invoice_no", "integer", 1000, 5, 1, 2147483647, 10, true, null),
                new Sequence("orders_id_seq", "integer", 1, 1, 1, 2147483647, 1, false, "app.orders.id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void routines(String major) throws SQLException {
        Schema app = app(PgServer.of(major));
        assertThat(app.routines()).containsExactly(
                new Routine("archive", "PROCEDURE", List.of("timestamp"), "IN p_before timestamp", null, "sql",
                        "begin atomic delete from app.orders where(orders.updated_at < archive.p_before); end",
                        "VOLATILE", false, false, null),
                new Routine("order_count", "FUNCTION", List.of("bigint", "date"),
                        "p_customer bigint, p_since date DEFAULT NULL::date", "integer", "sql",
                        "select count(*)::integer from app.orders where customer_id = p_customer", "STABLE", true,
                        false, "counts"),
                new Routine("secret", "FUNCTION", List.of(), null, "varchar", "sql", "return 'x'::text", "IMMUTABLE",
                        false, true, null),
                new Routine("total_sum", "AGGREGATE", List.of("numeric"), "numeric", "numeric", "internal",
                        "sfunc=numeric_add, stype=numeric, initcond=0", "IMMUTABLE", false, false, null),
                new Routine("touch", "FUNCTION", List.of(), null, "trigger", "plpgsql",
                        "begin new.updated_at := now(); return new; end", "VOLATILE", false, false, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void enumsAndDomains(String major) throws SQLException {
        Schema app = app(PgServer.of(major));
        assertThat(app.enumTypes()).containsExactly(new EnumType("mood", List.of("sad", "ok", "happy"), "how it feels"));
        assertThat(app.domains()).containsExactly(
                new Domain("code", "varchar(10)", true, null, List.of(), "C", null),
                new Domain("positive_int", "integer", false, "1", List.of("(VALUE > 0)"), null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void aRequestedSchemaThatDoesNotExistIsNamed(String major) {
        PgServer server = PgServer.of(major);
        assertThatThrownBy(() -> capture(server, richDatabase(server), CaptureOptions.schemas("app", "nope")))
                .isInstanceOf(SchemaNotFoundException.class)
                .hasMessage("Schema 'nope' does not exist in the database (existing schemas: app, public); "
                        + "fix the schema list");
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void theSessionsSearchPathDoesNotChangeTheResultAndIsPutBack(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        String database = richDatabase(server);
        Catalog expected = capture(server, database, CaptureOptions.defaults());
        try (Connection connection = server.connect(database)) {
            execute(connection, "SET search_path = app, public");
            execute(connection, "SET TimeZone = 'Asia/Tokyo'");
            execute(connection, "SET jit = on");
            assertThat(new PgCatalogReader().read(connection, CaptureOptions.defaults())).isEqualTo(expected);
            assertThat(setting(connection, "search_path")).isEqualTo("app, public");
            assertThat(setting(connection, "TimeZone")).isEqualTo("Asia/Tokyo");
            // the capture runs with jit off (SessionSettings) and puts the session's value back
            assertThat(setting(connection, "jit")).isEqualTo("on");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void worksInAReadOnlyTransaction(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        String database = richDatabase(server);
        Catalog expected = capture(server, database, CaptureOptions.defaults());
        try (Connection connection = server.connect(database)) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            assertThat(new PgCatalogReader().read(connection, CaptureOptions.defaults())).isEqualTo(expected);
            assertThat(setting(connection, "search_path")).isEqualTo("\"$user\", public");
            connection.rollback();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_setting('" + name + "')")) {
            row.next();
            return row.getString(1);
        }
    }
}
