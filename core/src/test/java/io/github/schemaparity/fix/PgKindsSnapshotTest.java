package io.github.schemaparity.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.NotComparedLedger;
import io.github.schemaparity.diff.Uncompared;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Coverage;
import io.github.schemaparity.snapshot.Snapshot;
import io.github.schemaparity.snapshot.SnapshotFile;
import io.github.schemaparity.testing.PgServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Snapshots and the kinds compared since the ledger began (triggers on views, event triggers, extended
 * statistics, rules, collations), on real PostgreSQL 14 and 17: a snapshot carries them, and the same file as an older
 * SchemaParity wrote it (no such fields, no coverage for them) still loads and lists them as not compared,
 * rather than reporting each as a difference.
 */
class PgKindsSnapshotTest {
    private static final CatalogDiffer DIFFER = new CatalogDiffer(DiffOptions.defaults());

    @TempDir
    Path work;

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void snapshotsCarryThemAndAnOlderSnapshotListsThemAsNotCompared(String major) throws Exception {
        PgServer server = PgServer.of(major);
        String database = server.createDatabase("kinds_snap", PgTriggerKindsTest.VIEW_BASE,
                PgTriggerKindsTest.EVENT_BASE, "CREATE STATISTICS public.orders_stats ON id, code FROM public.orders",
                "CREATE RULE orders_keep AS ON DELETE TO public.orders DO INSTEAD NOTHING",
                "CREATE COLLATION public.plain (provider = libc, locale = 'C')");
        Catalog live = server.capture(database);
        Path file = work.resolve("snapshot.json");
        SnapshotFile.write(Snapshot.of(List.of("audit", "public"), live), file);

        Catalog read = SnapshotFile.read(file).catalog();
        assertThat(read).isEqualTo(live);
        assertThat(DIFFER.diff(read, live)).isEmpty();

        // the same file as SchemaParity wrote it before it compared these kinds: no such fields, no coverage
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(file.toFile());
        ObjectNode catalog = (ObjectNode) root.get("catalog");
        catalog.remove("eventTriggers");
        ArrayNode coverage = (ArrayNode) catalog.get("coverage");
        for (int i = coverage.size() - 1; i >= 0; i--) {
            String part = coverage.get(i).asText();
            if (part.equals(Coverage.VIEW_TRIGGERS) || part.equals(Coverage.EVENT_TRIGGERS)
                    || part.equals(Coverage.STATISTICS) || part.equals(Coverage.RULES)
                    || part.equals(Coverage.COLLATIONS)) {
                coverage.remove(i);
            }
        }
        catalog.findParents("triggers").forEach(parent -> {
            if (parent.has("definition")) { // a view, not a table
                ((ObjectNode) parent).remove("triggers");
            }
        });
        catalog.findParents("statistics").forEach(schema -> ((ObjectNode) schema).remove("statistics"));
        catalog.findParents("rules").forEach(schema -> ((ObjectNode) schema).remove("rules"));
        catalog.findParents("collations").forEach(schema -> ((ObjectNode) schema).remove("collations"));
        Path older = work.resolve("older.json");
        json.writeValue(older.toFile(), root);
        Catalog old = SnapshotFile.read(older).catalog();

        assertThat(DIFFER.diff(old, live)).isEmpty();
        assertThat(DIFFER.diff(live, old)).isEmpty();
        assertThat(NotComparedLedger.of(old, live)).extracting(Uncompared::kind, Uncompared::object, Uncompared::sides)
                .containsExactly(tuple("collation", "public.plain", List.of("actual")),
                        tuple("event trigger", "ddl_guard", List.of("actual")),
                        tuple("extended statistics object", "public.orders_stats", List.of("actual")),
                        tuple("rule", "public.orders.orders_keep", List.of("actual")),
                        tuple("view trigger", "public.order_view.order_view_write", List.of("actual")));
    }
}
