package io.github.schemaparity.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.migrate.SqlFolder;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.testing.PgServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fix.sql on a real PostgreSQL when a statement fails because production's rows violate it: the script runs in
 * one transaction, so the database is left exactly as it was, although the statement before the failing one
 * succeeded; and a changed foreign key is one ALTER TABLE, so even run on its own, a failing add keeps the old key.
 */
class PgFixTransactionTest {
    private static final CatalogDiffer DIFFER = new CatalogDiffer(DiffOptions.defaults());
    private static final String PARENT = "CREATE TABLE parent (id int PRIMARY KEY);";
    private static final String EXPECTED = PARENT + """
            CREATE TABLE child (id int PRIMARY KEY, parent_id int, qty int, note text,
                CONSTRAINT child_qty CHECK (qty >= 0));
            """;
    private static final String ACTUAL = PARENT + """
            CREATE TABLE child (id int PRIMARY KEY, parent_id int, qty int);
            INSERT INTO child VALUES (1, NULL, -5);
            """;

    private final RoundTripServer server = RoundTripServer.postgres(PgServer.NEW);

    @Test
    void aFailingSecondStatementLeavesTheDatabaseUnchanged(@TempDir Path work) throws IOException {
        String expectedDb = server.create("exp", EXPECTED);
        String actualDb = server.create("act", ACTUAL);
        Catalog expected = server.capture(expectedDb);
        Catalog before = server.capture(actualDb);
        FixScript fix = FixPlanner.fix(EngineRegistry.of(before.engine()).fixDialect(), expected, before,
                DIFFER.diff(expected, before));
        String script = fix.renderScript(List.of("transaction test"), true);
        List<String> statements = script.lines().filter(l -> !l.isBlank() && !l.startsWith("--")).toList();
        assertThat(statements).containsExactly("SET check_function_bodies = false;", "BEGIN;",
                "ALTER TABLE public.child ADD COLUMN note text;",
                "ALTER TABLE public.child ADD CONSTRAINT child_qty CHECK (qty >= 0);", "COMMIT;");
        Files.writeString(work.resolve("fix.sql"), script);

        assertThatThrownBy(() -> server.migrate(actualDb, new SqlFolder(work)))
                .hasMessageContaining("child_qty").hasMessageContaining("violated");

        Catalog after = server.capture(actualDb);
        assertThat(DIFFER.diff(before, after)).as("catalog changes the failed fix.sql left").isEmpty();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aChangedForeignKeyIsOneStatementThatKeepsTheOldKeyWhenTheAddFails(@TempDir Path work) throws IOException {
        String expectedDb = server.create("exp", PARENT, """
                CREATE TABLE child (id int PRIMARY KEY, parent_id int,
                    CONSTRAINT child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE);
                """);
        String actualDb = server.create("act", PARENT, """
                CREATE TABLE child (id int PRIMARY KEY, parent_id int);
                INSERT INTO child VALUES (1, 42);
                ALTER TABLE child ADD CONSTRAINT child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) NOT VALID;
                """);
        Catalog expected = server.capture(expectedDb);
        Catalog before = server.capture(actualDb);
        List<Difference> differences = DIFFER.diff(expected, before);
        FixScript fix = FixPlanner.fix(EngineRegistry.of(before.engine()).fixDialect(), expected, before, differences);
        assertThat(fix.executable(true)).containsExactly("SET check_function_bodies = false",
                "ALTER TABLE public.child DROP CONSTRAINT child_parent, ADD CONSTRAINT child_parent FOREIGN KEY "
                        + "(parent_id) REFERENCES public.parent (id) ON DELETE CASCADE");
        // The statement alone, outside any transaction, as someone might paste it from the report.
        Files.writeString(work.resolve("1_alone.sql"), fix.executable(true).get(1) + ";\n");

        assertThatThrownBy(() -> server.migrate(actualDb, new SqlFolder(work))).hasMessageContaining("child_parent");

        assertThat(server.capture(actualDb)).isEqualTo(before);
        assertThat(differences).allSatisfy(d -> assertThat(fix.fixFor(d, true)).doesNotContain("BEGIN"));

        // Without the orphan row the same statement succeeds: it failed for the data, not for its form.
        PgServer.of(PgServer.NEW).execute(actualDb, "DELETE FROM child WHERE parent_id = 42");
        server.migrate(actualDb, new SqlFolder(work));
        assertThat(DIFFER.diff(expected, server.capture(actualDb))).isEmpty();
    }
}
