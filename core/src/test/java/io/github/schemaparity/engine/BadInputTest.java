package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.migrate.FlywayMigrations;
import io.github.schemaparity.migrate.LiquibaseChangelog;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.testing.PgServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs of issue 14, each one line naming the thing and the fix (see README, "Bad input"). */
class BadInputTest {

    @Test
    void ignorePatternWithABracket() {
        assertThatThrownBy(() -> JudgingConfig.builder().ignore(List.of("public.[big")))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Ignore pattern 'public.[big' uses '[', which ignore globs do not support (only *, ** and"
                        + " ?): write e.g. public.big* or list the objects separated by commas");
    }

    @Test
    void ignorePatternsOfCommasOnly() {
        assertThatThrownBy(() -> JudgingConfig.builder().ignore(List.of("", "", "")))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Ignore patterns ',,' hold no pattern, only commas or blanks: give object paths or globs"
                        + " such as public.tmp_*, separated by commas");
    }

    @Test
    void ignorePatternOfThreeStars() {
        assertThatThrownBy(() -> JudgingConfig.builder().ignore(List.of("***")))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Ignore pattern '***' has three or more * in a row: * matches within a name, ** across"
                        + " names; write e.g. public.tmp_* or audit.**");
        assertThatThrownBy(() -> JudgingConfig.builder().ignore(List.of("**")))
                .hasMessage("Ignore pattern '**' matches every object, which would ignore the whole comparison: name"
                        + " the schema or objects to ignore, e.g. audit.** or public.tmp_*");
    }

    @Test
    void snapshotPathThatIsADirectory(@TempDir Path folder) {
        assertThatThrownBy(() -> new ParityEngine().compare(ParityConfig.builder().expected(folder.toString())
                .actual(folder.toString()).judging(j -> j.reportDir(folder.resolve("reports"))).build()))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Snapshot path " + folder + " is a directory, not a file: name the snapshot file itself,"
                        + " e.g. " + folder.resolve("snapshot.json"));
    }

    @Test
    void duplicateFlywayVersionsNameBothFiles(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("V1__customers.sql"), "CREATE TABLE customers (id int);");
        Files.writeString(folder.resolve("V1__orders.sql"), "CREATE TABLE orders (id int);");
        PgServer server = PgServer.of(PgServer.NEW);
        String database = server.createDatabase("dupes");
        assertThatThrownBy(() -> new Migrator().apply(new FlywayMigrations(List.of("filesystem:" + folder)),
                server.url(database), "postgres", "postgres"))
                .isInstanceOf(SchemaParityException.class)
                .message().matches("Found more than one migration with version 1: .*V1__(customers|orders)\\.sql and"
                        + " .*V1__(customers|orders)\\.sql; give each migration its own version \\(rename one of them\\)")
                .contains("V1__customers.sql").contains("V1__orders.sql");
    }

    @Test
    void invalidLiquibaseYamlNamesLineAndColumn(@TempDir Path folder) throws Exception {
        Path changelog = folder.resolve("db.changelog-master.yaml");
        Files.writeString(changelog, """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: me
                    changes: [ {createTable: {tableName: t}
                """);
        PgServer server = PgServer.of(PgServer.NEW);
        String database = server.createDatabase("badyaml");
        assertThatThrownBy(() -> new Migrator().apply(LiquibaseChangelog.ofFile(changelog), server.url(database),
                "postgres", "postgres"))
                .isInstanceOf(SchemaParityException.class)
                .message().startsWith("Liquibase failed on ").contains("db.changelog-master.yaml at line ")
                .containsPattern("at line \\d+, column \\d+").doesNotContain("\n");
    }
}
