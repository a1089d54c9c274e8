package io.github.schemaparity.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.model.Engine;
import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.testing.PgServer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Applies each kind of migration source to a real, empty PostgreSQL database and checks what it built. */
class MigratorPgTest {

    private static final PgServer PG = PgServer.of(PgServer.NEW);

    private final Migrator migrator = new Migrator(MigratorPgTest.class.getClassLoader())
            .withScriptSyntax(EngineRegistry.of(Engine.POSTGRESQL).scriptSyntax());

    @Test
    void flywayAppliesVersionsInNumericOrderAndReportsItsHistoryTable() throws Exception {
        String db = PG.createDatabase("mig_flyway");

        MigrationResult result = migrator.apply(FlywayMigrations.inFolders(resource("flyway")), PG.url(db), "postgres", "postgres");

        assertThat(result.tool()).isEqualTo(MigrationTool.FLYWAY);
        assertThat(result.applied()).isEqualTo(3);
        assertThat(result.lastVersion()).contains("10");
        assertThat(result.historyTables()).containsExactly("public.flyway_schema_history");
        assertThat(tables(db)).containsExactly("customers", "flyway_schema_history", "orders");
        assertThat(indexes(db, "orders")).contains("orders_customer_idx");
        assertThat(routines(db)).containsExactly("touch_updated_at");
    }

    @Test
    void flywayResolvesClasspathLocationsWithTheGivenClassLoader() throws Exception {
        String db = PG.createDatabase("mig_flyway_cp");

        MigrationResult result = migrator.apply(new FlywayMigrations(List.of("classpath:migrate/flyway")),
                PG.url(db), "postgres", "postgres");

        assertThat(result.applied()).isEqualTo(3);
        assertThat(tables(db)).contains("customers", "orders");
    }

    @Test
    void flywayFailureNamesTheScriptAndTheDatabaseError() {
        String db = PG.createDatabase("mig_flyway_fail");

        assertThatThrownBy(() -> migrator.apply(FlywayMigrations.inFolders(resource("flyway-failing")),
                PG.url(db), "postgres", "postgres"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Migration V3__add_index.sql failed at line 3: ERROR: relation \"orderz\" does not exist")
                .hasCauseInstanceOf(org.flywaydb.core.api.FlywayException.class);
    }

    @Test
    void flywayMissingClasspathLocationIsAnErrorNotAnEmptyCandidate() {
        String db = PG.createDatabase("mig_flyway_missing");

        assertThatThrownBy(() -> migrator.apply(new FlywayMigrations(List.of("classpath:migrate/no-such-folder")),
                PG.url(db), "postgres", "postgres"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Flyway failed: Unable to resolve location classpath:migrate/no-such-folder.");
    }

    @Test
    void liquibaseXmlChangelogIsAppliedAndItsHistoryTablesReported() throws Exception {
        String db = PG.createDatabase("mig_lb_xml");

        MigrationResult result = migrator.apply(LiquibaseChangelog.ofFile(resource("liquibase-xml").resolve("changelog.xml")),
                PG.url(db), "postgres", "postgres");

        assertThat(result.tool()).isEqualTo(MigrationTool.LIQUIBASE);
        assertThat(result.applied()).isEqualTo(3);
        assertThat(result.lastVersion()).contains("3-index");
        assertThat(result.historyTables()).containsExactly("public.databasechangelog", "public.databasechangeloglock");
        assertThat(tables(db)).containsExactly("customers", "databasechangelog", "databasechangeloglock", "orders");
        assertThat(indexes(db, "orders")).contains("orders_customer_idx");
    }

    @Test
    void liquibaseYamlChangelogWithIncludesAndFormattedSqlIsApplied() throws Exception {
        String db = PG.createDatabase("mig_lb_yaml");
        Path project = resource("liquibase-project");

        MigrationSource source = MigrationLayouts.detect(project);
        MigrationResult result = migrator.apply(source, PG.url(db), "postgres", "postgres");

        assertThat(source).isEqualTo(new LiquibaseChangelog("db/changelog/db.changelog-master.yaml",
                List.of(project.resolve("src/main/resources"))));
        assertThat(result.applied()).isEqualTo(3);
        assertThat(result.lastVersion()).contains("003-function");
        assertThat(tables(db)).containsExactly("customers", "databasechangelog", "databasechangeloglock", "orders");
        assertThat(routines(db)).containsExactly("order_total");
    }

    @Test
    void liquibaseChangelogFromTheClassPath() throws Exception {
        String db = PG.createDatabase("mig_lb_cp");

        MigrationResult result = migrator.apply(LiquibaseChangelog.ofResource("classpath:migrate/liquibase-xml/changelog.xml"),
                PG.url(db), "postgres", "postgres");

        assertThat(result.applied()).isEqualTo(3);
        assertThat(tables(db)).contains("customers", "orders");
    }

    @Test
    void liquibaseFailureNamesTheChangesetAndTheDatabaseError() {
        String db = PG.createDatabase("mig_lb_fail");

        assertThatThrownBy(() -> migrator.apply(LiquibaseChangelog.ofFile(resource("liquibase-failing").resolve("changelog.xml")),
                PG.url(db), "postgres", "postgres"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Liquibase changeset changelog.xml::2-bad-index::alice failed: ERROR: relation \"orderz\" does not exist");
    }

    @Test
    void sqlFolderRunsFilesInNaturalVersionOrder() throws Exception {
        String db = PG.createDatabase("mig_sql");

        MigrationResult result = migrator.apply(new SqlFolder(resource("sql-natural")), PG.url(db), "postgres", "postgres");

        assertThat(result.tool()).isEqualTo(MigrationTool.SQL_FOLDER);
        assertThat(result.applied()).isEqualTo(3);
        assertThat(result.lastVersion()).contains("V10__items.sql");
        assertThat(result.historyTables()).isEmpty();
        assertThat(tables(db)).containsExactly("customers", "order_items", "orders");
        assertThat(routines(db)).containsExactly("item_count", "order_count");
        assertThat(indexes(db, "order_items")).contains("order_items_order_idx");
        assertThat(query(db, "SELECT column_default FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'note'"))
                .containsExactly("'a; semicolon'::text");
    }

    @Test
    void sqlFolderFailureNamesTheFileLineAndDatabaseError() {
        String db = PG.createDatabase("mig_sql_fail");

        assertThatThrownBy(() -> migrator.apply(new SqlFolder(resource("sql-failing")), PG.url(db), "postgres", "postgres"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("SQL file V2__add_index.sql failed at line 3: ERROR: relation \"orderz\" does not exist")
                .hasCauseInstanceOf(SQLException.class);
    }

    @Test
    void failedLoginIsOneLineWithoutThePassword() {
        // The embedded server trusts every password, so an unknown role makes the login fail.
        assertThatThrownBy(() -> migrator.apply(new SqlFolder(resource("sql-natural")), PG.url("postgres"), "no_such_role", "s3cret-pw"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Cannot connect to the candidate database: FATAL: role \"no_such_role\" does not exist")
                .hasMessageNotContaining("s3cret-pw")
                .hasMessageNotContaining("\n");
    }

    @Test
    void flywayFailedLoginNamesNeitherUrlNorPassword() {
        String url = PG.url("postgres") + "?password=url-secret";

        assertThatThrownBy(() -> migrator.apply(FlywayMigrations.inFolders(resource("flyway")), url, "no_such_role", "s3cret-pw"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Flyway failed: FATAL: role \"no_such_role\" does not exist");
    }

    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(MigratorPgTest.class.getResource("/migrate/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> tables(String db) throws SQLException {
        return query(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    }

    private static List<String> indexes(String db, String table) throws SQLException {
        return query(db, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = '" + table + "' ORDER BY 1");
    }

    private static List<String> routines(String db) throws SQLException {
        return query(db, "SELECT routine_name FROM information_schema.routines WHERE routine_schema = 'public' ORDER BY 1");
    }

    private static List<String> query(String db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = PG.connect(db); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
