package io.github.schemaparity.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationLayoutsTest {

    @TempDir
    Path project;

    @Test
    void detectsFlywayFolderWithVersionedScripts() throws IOException {
        Path folder = write("src/main/resources/db/migration/V1__init.sql").getParent();

        assertThat(MigrationLayouts.detect(project)).isEqualTo(new FlywayMigrations(List.of("filesystem:" + folder)));
    }

    @Test
    void flywayFolderWithoutFlywayNamedScriptsIsNotFlyway() throws IOException {
        write("src/main/resources/db/migration/init.sql");

        assertThatThrownBy(() -> MigrationLayouts.detect(project)).hasMessageStartingWith("No migrations found");
    }

    @Test
    void detectsLiquibaseMasterChangelogRelativeToTheResources() throws IOException {
        write("src/main/resources/db/changelog/db.changelog-master.yaml");

        assertThat(MigrationLayouts.detect(project)).isEqualTo(new LiquibaseChangelog(
                "db/changelog/db.changelog-master.yaml", List.of(project.resolve("src/main/resources"))));
    }

    @Test
    void detectsLiquibaseChangelogNextToTheDbFolder() throws IOException {
        write("src/main/resources/db/changelog.xml");

        assertThat(MigrationLayouts.detect(project)).isEqualTo(new LiquibaseChangelog(
                "db/changelog.xml", List.of(project.resolve("src/main/resources"))));
    }

    @Test
    void detectsSqlFolders() throws IOException {
        write("src/main/sql/001_init.sql");

        assertThat(MigrationLayouts.detect(project)).isEqualTo(new SqlFolder(project.resolve("src/main/sql")));
    }

    @Test
    void nothingFoundNamesWhereItLookedAndTheParameters() {
        assertThatThrownBy(() -> MigrationLayouts.detect(project))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("No migrations found in " + project.toAbsolutePath() + ": looked for src/main/resources/db/migration"
                        + " (Flyway V*__*.sql), src/main/resources/db/changelog/db.changelog-master and"
                        + " src/main/resources/db/changelog.{xml,yaml,yml,json,sql} (Liquibase),"
                        + " src/main/resources/db/sql and src/main/sql (SQL files);"
                        + " set one of flywayLocations, liquibaseChangelog or sqlFolder");
    }

    @Test
    void twoLayoutsAreAmbiguous() throws IOException {
        write("src/main/resources/db/migration/V1__init.sql");
        write("src/main/resources/db/changelog.xml");

        assertThatThrownBy(() -> MigrationLayouts.detect(project))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Several migration layouts found in ")
                .hasMessageContaining("Flyway filesystem:")
                .hasMessageContaining("Liquibase db/changelog.xml")
                .hasMessageEndingWith("set one of flywayLocations, liquibaseChangelog or sqlFolder");
    }

    @Test
    void explicitChoiceWinsOverDetectionAndResolvesAgainstTheProject() throws IOException {
        write("src/main/resources/db/migration/V1__init.sql");
        write("scripts/a.sql");

        assertThat(MigrationLayouts.resolve(project, List.of(), null, "scripts"))
                .isEqualTo(new SqlFolder(project.resolve("scripts")));
        assertThat(MigrationLayouts.resolve(project, List.of("filesystem:scripts", "classpath:db/more"), null, null))
                .isEqualTo(new FlywayMigrations(List.of("filesystem:" + project.resolve("scripts"), "classpath:db/more")));
        assertThat(MigrationLayouts.resolve(project, null, " ", ""))
                .isEqualTo(new FlywayMigrations(List.of("filesystem:" + project.resolve("src/main/resources/db/migration"))));
    }

    @Test
    void explicitLiquibaseChangelogAsFileResourceOrClassPath() throws IOException {
        write("src/main/resources/db/changelog/main.xml");
        write("changelogs/root.yaml");

        assertThat(MigrationLayouts.resolve(project, List.of(), "db/changelog/main.xml", null))
                .isEqualTo(new LiquibaseChangelog("db/changelog/main.xml", List.of(project.resolve("src/main/resources"))));
        assertThat(MigrationLayouts.resolve(project, List.of(), "changelogs/root.yaml", null))
                .isEqualTo(new LiquibaseChangelog("root.yaml", List.of(project.resolve("changelogs"))));
        assertThat(MigrationLayouts.resolve(project, List.of(), "classpath:db/x.xml", null))
                .isEqualTo(new LiquibaseChangelog("db/x.xml", List.of()));
    }

    @Test
    void explicitPathsThatDoNotExistAreOneClearLine() {
        assertThatThrownBy(() -> MigrationLayouts.resolve(project, List.of(), null, "nope"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("SQL folder nope does not exist (" + project.resolve("nope") + "): fix sqlFolder");
        assertThatThrownBy(() -> MigrationLayouts.resolve(project, List.of("filesystem:db/gone"), null, null))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Flyway location filesystem:db/gone does not exist (" + project.resolve("db/gone") + "): fix flywayLocations");
        assertThatThrownBy(() -> MigrationLayouts.resolve(project, List.of(), "db/missing.xml", null))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Liquibase changelog db/missing.xml does not exist (looked for " + project.resolve("db/missing.xml")
                        + " and " + project.resolve("src/main/resources/db/missing.xml")
                        + "): fix liquibaseChangelog, or write classpath:db/missing.xml for a class-path resource");
    }

    @Test
    void severalExplicitSourcesAreRefused() {
        assertThatThrownBy(() -> MigrationLayouts.resolve(project, List.of("classpath:db/migration"), "x.xml", null))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Several migration sources are set: set only one of flywayLocations, liquibaseChangelog or sqlFolder");
    }

    @Test
    void emptyExplicitSqlFolderIsRefusedWhenApplied() throws IOException {
        Files.createDirectories(project.resolve("empty"));

        assertThatThrownBy(() -> SqlFolderRunner.scripts(project.resolve("empty")))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("SQL folder " + project.resolve("empty") + " holds no .sql files: point sqlFolder at the folder with the migration scripts");
    }

    @Test
    void historyTablesOfEveryToolAreIgnoredByDefault() {
        assertThat(MigrationTool.historyTableIgnores())
                .containsExactly("*.flyway_schema_history", "*.FLYWAY_SCHEMA_HISTORY", "*.databasechangelog",
                        "*.DATABASECHANGELOG", "*.databasechangeloglock", "*.DATABASECHANGELOGLOCK");
    }

    private Path write(String relative) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "SELECT 1;");
    }
}
