package io.github.schemaparity.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.database.postgres.PgCatalogReader;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.NotComparedLedger;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.migrate.SqlFolder;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.scenarios.DriftScenario.Expect;
import io.github.schemaparity.testing.PgServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Extensions that create functions, types, operators and operator classes (hstore, citext, pg_trgm from
 * the embedded binaries' contrib) on real PostgreSQL 14 and 17: their members are the extension's, so
 * they are neither differences nor in the ledger; the extension's version or presence is one difference
 * each, and the fix SQL removes them.
 */
class PgExtensionMembersTest {
    private static final CatalogDiffer DIFFER = new CatalogDiffer(DiffOptions.defaults());
    private static final String USES = """
            CREATE TABLE public.docs (id bigint PRIMARY KEY, tags hstore, title text);
            CREATE INDEX docs_title_trgm ON public.docs USING gin (title gin_trgm_ops);
            """;

    @TempDir
    Path work;

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void membersAreTheExtensionsAndVersionOrPresenceIsOneDifferenceEach(String major) throws Exception {
        PgServer server = PgServer.of(major);
        String expectedSql = "CREATE EXTENSION hstore; CREATE EXTENSION pg_trgm; CREATE EXTENSION citext;" + USES;
        String actualSql = "CREATE EXTENSION hstore VERSION '1.4'; CREATE EXTENSION pg_trgm;" + USES;
        String expected = server.createDatabase("ext_exp", expectedSql);
        String actual = server.createDatabase("ext_act", actualSql);
        String same = server.createDatabase("ext_same", expectedSql);
        Catalog expectedCatalog = capture(server, expected);
        Catalog actualCatalog = capture(server, actual);

        assertThat(DIFFER.diff(expectedCatalog, capture(server, same))).as("same extensions").isEmpty();
        assertThat(NotComparedLedger.of(expectedCatalog, actualCatalog)).as("members are not in the ledger").isEmpty();
        List<Difference> differences = DIFFER.diff(expectedCatalog, actualCatalog);
        assertThat(differences).map(Expect::of).containsExactlyInAnyOrder(
                new Expect(ObjectType.EXTENSION, "extension:hstore", Change.CHANGED, "version"),
                new Expect(ObjectType.EXTENSION, "extension:citext", Change.MISSING, null));
        assertThat(differences).filteredOn(d -> d.change() == Change.CHANGED).singleElement()
                .satisfies(d -> assertThat(d.actual()).isEqualTo("1.4"));

        FixScript fix = FixPlanner.fix(io.github.schemaparity.database.EngineRegistry.of(io.github.schemaparity.model.Engine.POSTGRESQL).fixDialect(), expectedCatalog, actualCatalog, differences);
        String copy = server.createDatabase("ext_fix", actualSql);
        Path folder = Files.createDirectories(work.resolve("fix"));
        Files.writeString(folder.resolve("fix.sql"), fix.render(List.of("round trip"), false));
        new Migrator().withScriptSyntax(io.github.schemaparity.database.EngineRegistry.of(io.github.schemaparity.model.Engine.POSTGRESQL).scriptSyntax()).apply(new SqlFolder(folder), server.url(copy), "postgres", "postgres");
        assertThat(DIFFER.diff(expectedCatalog, capture(server, copy))).isEmpty();
    }

    private static Catalog capture(PgServer server, String database) throws Exception {
        try (Connection connection = server.connect(database)) {
            return new PgCatalogReader().read(connection, CaptureOptions.defaults());
        }
    }
}
