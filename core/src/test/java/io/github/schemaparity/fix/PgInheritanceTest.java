package io.github.schemaparity.fix;

import static io.github.schemaparity.diff.Change.CHANGED;
import static io.github.schemaparity.diff.Change.MISSING;
import static io.github.schemaparity.diff.Change.UNEXPECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.NotComparedLedger;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.diff.Uncompared;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Coverage;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.policy.RiskTable;
import io.github.schemaparity.policy.Severity;
import io.github.schemaparity.scenarios.DriftScenario;
import io.github.schemaparity.scenarios.DriftScenario.Expect;
import io.github.schemaparity.testing.PgServer;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Table inheritance ({@code INHERITS}) on real PostgreSQL 14 and 17: a child's parents are one table
 * attribute, {@code inherits}; the columns and checks it has from them are not differences of its own.
 * Each drift is named exactly with the fix and adopt round trips; the same child written two ways is no
 * difference; an older snapshot without inheritance lists the children as not compared.
 */
class PgInheritanceTest {
    private static final CatalogDiffer DIFFER = new CatalogDiffer(DiffOptions.defaults());

    static final String BASE = """
            CREATE TABLE public.items (id bigint NOT NULL, name text, CONSTRAINT items_name_check CHECK (name <> ''));
            CREATE TABLE public.tagged (tag text);
            CREATE TABLE public.books (isbn text) INHERITS (public.items);
            CREATE TABLE public.special_books (note text) INHERITS (public.books, public.tagged)""";

    /** Every column and check of {@code special_books}, declared as a plain table. */
    static final String SPECIAL_BOOKS_PLAIN = """
            CREATE TABLE public.special_books (id bigint NOT NULL, name text, isbn text, tag text, note text,
                CONSTRAINT items_name_check CHECK (name <> ''))""";

    static final List<DriftScenario> SCENARIOS = List.of(
            DriftScenario.of("child detached", "ALTER TABLE public.books NO INHERIT public.items",
                    new Expect(ObjectType.TABLE, "public.books", CHANGED, "inherits")),
            DriftScenario.of("child created as a plain table", "DROP TABLE public.special_books;\n" + SPECIAL_BOOKS_PLAIN,
                    new Expect(ObjectType.TABLE, "public.special_books", CHANGED, "inherits")),
            DriftScenario.of("parents in another order", """
                    DROP TABLE public.special_books;
                    CREATE TABLE public.special_books (note text) INHERITS (public.tagged, public.books)""",
                    new Expect(ObjectType.TABLE, "public.special_books", CHANGED, "inherits")),
            DriftScenario.of("child dropped", "DROP TABLE public.special_books",
                    new Expect(ObjectType.TABLE, "public.special_books", MISSING, null)),
            DriftScenario.of("hotfix child", "CREATE TABLE public.ebooks (url text) INHERITS (public.books)",
                    new Expect(ObjectType.TABLE, "public.ebooks", UNEXPECTED, null)),
            DriftScenario.of("parent column added", "ALTER TABLE public.items ADD COLUMN price numeric",
                    new Expect(ObjectType.COLUMN, "public.items.price", UNEXPECTED, null)),
            DriftScenario.of("parent check dropped", "ALTER TABLE public.items DROP CONSTRAINT items_name_check",
                    new Expect(ObjectType.CHECK, "public.items.items_name_check", MISSING, null)));

    /** Scenarios whose fix drops something holding rows. */
    static final Set<String> DESTRUCTIVE = Set.of("hotfix child", "parent column added");

    @TempDir
    Path work;

    static Stream<Arguments> scenarios() {
        return FixRoundTrip.onBothPgMajors(SCENARIOS);
    }

    @ParameterizedTest(name = "PostgreSQL {0}: {1}")
    @MethodSource("scenarios")
    void driftIsNamedAndTheFixAndAdoptRoundTripsLeaveNothing(String major, DriftScenario scenario) {
        new FixRoundTrip(RoundTripServer.postgres(major), BASE, true)
                .check(scenario, DESTRUCTIVE.contains(scenario.name()), work);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void aChildHoldsItsParentsAndOnlyItsOwnColumnsAndIsOutOfTheLedger(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        Catalog catalog = server.capture(server.createDatabase("inherit", BASE));
        Table special = table(catalog, "special_books");

        assertThat(special.options()).containsEntry("inherits", "public.books, public.tagged");
        assertThat(special.columns()).extracting(Column::name, Column::position).containsExactly(tuple("note", 1));
        assertThat(special.checks()).isEmpty();
        assertThat(table(catalog, "books").columns()).extracting(Column::name).containsExactly("isbn");
        assertThat(table(catalog, "items").options()).doesNotContainKey("inherits");
        assertThat(catalog.notCompared()).extracting(n -> n.kind()).doesNotContain("table inheritance");
        assertThat(catalog.coverage()).contains(Coverage.TABLE_INHERITANCE);

        List<Difference> detached = DIFFER.diff(catalog, server.capture(server.createDatabase("detached", BASE,
                "ALTER TABLE public.books NO INHERIT public.items")));
        assertThat(detached).singleElement().satisfies(d -> {
            assertThat(d.expected()).isEqualTo("public.items");
            assertThat(d.actual()).isNull();
            assertThat(RiskTable.defaults().severity(d)).isEqualTo(Severity.HIGH);
        });
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void aChildWrittenTwoWaysIsTheSame(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        String parent = "CREATE TABLE public.items (id bigint NOT NULL, name text, CONSTRAINT items_name_check"
                + " CHECK (name <> ''))";
        String declared = server.createDatabase("declared", parent,
                "CREATE TABLE public.books (isbn text) INHERITS (public.items)");
        String merged = server.createDatabase("merged", parent,
                "CREATE TABLE public.books (id bigint NOT NULL, isbn text) INHERITS (public.items)");
        String attached = server.createDatabase("attached", parent, """
                CREATE TABLE public.books (id int8 not null, name text, isbn text,
                    CONSTRAINT items_name_check CHECK (name <> ''));
                ALTER TABLE public.books INHERIT public.items""");

        Catalog one = server.capture(declared);
        assertThat(DIFFER.diff(one, server.capture(merged))).isEmpty();
        assertThat(DIFFER.diff(one, server.capture(attached))).isEmpty();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void anOlderSnapshotWithoutInheritanceListsTheChildrenAsNotCompared(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        Catalog live = server.capture(server.createDatabase("inherit_live", BASE));
        // what a capture before inheritance saw: every child a plain table holding every column and check
        Catalog plain = server.capture(server.createDatabase("inherit_plain", """
                CREATE TABLE public.items (id bigint NOT NULL, name text, CONSTRAINT items_name_check CHECK (name <> ''));
                CREATE TABLE public.tagged (tag text);
                CREATE TABLE public.books (id bigint NOT NULL, name text, isbn text,
                    CONSTRAINT items_name_check CHECK (name <> ''));
                """ + SPECIAL_BOOKS_PLAIN));
        Catalog older = plain.withLedger(plain.databaseSettings(), plain.notCompared(), plain.coverage().stream()
                .filter(c -> !c.equals(Coverage.TABLE_INHERITANCE)).toList());

        assertThat(DIFFER.diff(older, live)).isEmpty();
        assertThat(DIFFER.diff(live, older)).isEmpty();
        assertThat(NotComparedLedger.of(older, live)).filteredOn(u -> u.kind().equals("table inheritance"))
                .extracting(Uncompared::object, Uncompared::sides)
                .containsExactly(tuple("public.books", List.of("actual")), tuple("public.special_books", List.of("actual")));
    }

    private static Table table(Catalog catalog, String name) {
        return catalog.schemas().get(0).tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
