package io.github.schemaparity.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.database.postgres.PgCatalogReader;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.testing.PgServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same schema built two ways diffs to nothing; options that matter still see what they should. */
class PgEquivalenceScenariosTest {

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void sameSchemaWrittenTwoWaysHasNoDifferences(String major) throws Exception {
        PgServer server = PgServer.of(major);
        Catalog tidy = capture(server, server.createDatabase("tidy", script("pg-written-one-way.sql")), false);
        Catalog hurried = capture(server, server.createDatabase("hurried", script("pg-written-another-way.sql")), false);

        assertThat(new CatalogDiffer(DiffOptions.defaults()).diff(tidy, hurried)).isEmpty();
        assertThat(tidy.schemas()).singleElement().satisfies(s -> assertThat(s.tables()).hasSize(2));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void columnOrderIsADifferenceOnlyWhenAskedFor(String major) throws Exception {
        PgServer server = PgServer.of(major);
        Catalog ab = capture(server, server.createDatabase("ab", "CREATE TABLE public.t (a int, b text)"), false);
        Catalog ba = capture(server, server.createDatabase("ba", "CREATE TABLE public.t (b text, a int)"), false);

        assertThat(new CatalogDiffer(DiffOptions.defaults()).diff(ab, ba)).isEmpty();
        List<Difference> ordered = new CatalogDiffer(new DiffOptions(true)).diff(ab, ba);
        assertThat(ordered).extracting(Difference::object, Difference::attribute)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("public.t.a", "position"),
                        org.assertj.core.groups.Tuple.tuple("public.t.b", "position"));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void privilegesAreComparedOnlyWhenAskedFor(String major) throws Exception {
        PgServer server = PgServer.of(major);
        server.execute("postgres", "DO $$ BEGIN CREATE ROLE sp_reporting; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
        String plain = server.createDatabase("plain", "CREATE TABLE public.t (a int)");
        String granted = server.createDatabase("granted", "CREATE TABLE public.t (a int)",
                "GRANT SELECT ON public.t TO sp_reporting");

        assertThat(new CatalogDiffer(DiffOptions.defaults())
                .diff(capture(server, plain, false), capture(server, granted, false))).isEmpty();
        assertThat(new CatalogDiffer(DiffOptions.defaults())
                .diff(capture(server, plain, true), capture(server, granted, true)))
                .extracting(Difference::objectType, Difference::object, Difference::change, Difference::attribute)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        ObjectType.PRIVILEGE, "public.t", Change.UNEXPECTED, "sp_reporting:SELECT"));
    }

    private static Catalog capture(PgServer server, String database, boolean privileges) throws Exception {
        try (Connection connection = server.connect(database)) {
            return new PgCatalogReader().read(connection, new CaptureOptions(List.of(), privileges));
        }
    }

    private static String script(String name) throws IOException {
        try (InputStream in = PgEquivalenceScenariosTest.class.getResourceAsStream("/scenarios/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
