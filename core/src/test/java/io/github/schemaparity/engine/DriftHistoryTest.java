package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.drift.Drift;
import io.github.schemaparity.drift.HistoryReport;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.migrate.FlywayMigrations;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.snapshot.SnapshotFile;
import io.github.schemaparity.testing.PgServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift history on a real (embedded) PostgreSQL migrated by Flyway: snapshots taken while an index is
 * created by hand, then a column widened, then nothing; the history lines, the untouched files, and what
 * the history report makes of them.
 */
class DriftHistoryTest {
    private static PgServer server;

    @TempDir
    Path work;

    @BeforeAll
    static void startServer() {
        server = PgServer.of(PgServer.NEW);
    }

    @Test
    void twoChangesGiveTwoLinesAndAnUnchangedCatalogLeavesBothFilesAsTheyAre() throws Exception {
        String database = migrated("drift");
        JdbcSource live = JdbcSource.of(server.urlWithCredentials(database));
        Path snapshot = work.resolve("snapshots/production.json");
        Path history = work.resolve("snapshots/production-history.jsonl");
        RecordingLog log = new RecordingLog();
        ParityEngine engine = new ParityEngine(log);
        SnapshotHistory watch = SnapshotHistory.in(history);

        assertThat(engine.snapshot(live, CaptureOptions.defaults(), snapshot, watch)).isTrue();
        assertThat(history).as("nothing to compare the first snapshot with").doesNotExist();
        String start = SnapshotFile.read(snapshot).capturedAt().toString();

        server.execute(database, "CREATE INDEX orders_hotfix_idx ON public.orders (note)");
        assertThat(engine.snapshot(live, CaptureOptions.defaults(), snapshot, watch)).isTrue();
        String afterIndex = SnapshotFile.read(snapshot).capturedAt().toString();

        server.execute(database, "ALTER TABLE public.orders ALTER COLUMN note TYPE varchar(80)");
        assertThat(engine.snapshot(live, CaptureOptions.defaults(), snapshot, watch)).isTrue();

        byte[] snapshotBytes = Files.readAllBytes(snapshot);
        byte[] historyBytes = Files.readAllBytes(history);
        assertThat(engine.snapshot(live, CaptureOptions.defaults(), snapshot, watch)).as("nothing changed").isFalse();
        assertThat(Files.readAllBytes(snapshot)).isEqualTo(snapshotBytes);
        assertThat(Files.readAllBytes(history)).isEqualTo(historyBytes);
        assertThat(log.lines).anyMatch(l -> l.startsWith("INFO history: catalog unchanged since "));

        List<String> lines = Files.readAllLines(history);
        assertThat(lines).hasSize(2);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(lines.get(0));
        JsonNode second = mapper.readTree(lines.get(1));
        assertThat(first.get("format").asText()).isEqualTo("schemaparity-history/1");
        assertThat(first.get("kind").asText()).isEqualTo("change");
        // masked as every report masks a URL: the password never reaches the file
        assertThat(first.get("source").asText()).isEqualTo(server.url(database) + "?user=postgres&password=****");
        assertThat(first.get("engine").asText()).isEqualTo("postgresql");
        assertThat(first.get("serverVersion").asText()).startsWith(PgServer.NEW + ".");
        assertThat(first.get("appliedVersion").asText()).isEqualTo("1");
        assertThat(first.at("/previous/captured").asText()).isEqualTo(start);
        assertThat(first.get("captured").asText()).isEqualTo(afterIndex);
        assertThat(differences(first)).containsExactly("INDEX public.orders.orders_hotfix_idx UNEXPECTED null null -> btree(note)");
        assertThat(differences(second)).containsExactly(
                "COLUMN public.orders.note CHANGED type varchar(40) -> varchar(80)");
        // report.json's own record, field for field
        assertThat(fieldNames(first.at("/differences/0"))).containsExactly("objectType", "object", "change",
                "attribute", "expected", "actual", "risk", "severity", "allowed", "reason", "fix", "acknowledged",
                "baseline");
        assertThat(second.at("/previous/captured").asText()).isEqualTo(afterIndex);

        Path reports = work.resolve("reports");
        HistoryReport report = engine.history(history, reports);
        assertThat(report.current()).extracting(Drift::describe).containsExactly(
                "INDEX public.orders.orders_hotfix_idx UNEXPECTED",
                "COLUMN public.orders.note CHANGED type varchar(40) -> varchar(80)");
        Drift index = report.current().get(0);
        assertThat(index.firstSeen().toString()).isEqualTo(afterIndex);
        assertThat(index.absentAt().toString()).isEqualTo(start);
        assertThat(index.byHand()).isTrue();
        assertThat(index.adoption()).isEqualTo("not adopted: no migration applied since");
        assertThat(report.current().get(1).firstSeen().toString()).isEqualTo(second.get("captured").asText());
        assertThat(log.lines).contains("INFO   INDEX public.orders.orders_hotfix_idx UNEXPECTED: first seen " + afterIndex
                + " (not there at " + start + "), at migration 1, by hand; not adopted: no migration applied since");
        JsonNode json = mapper.readTree(reports.resolve("history.json").toFile());
        assertThat(json.get("format").asText()).isEqualTo("schemaparity-history-report/1");
        assertThat(json.at("/current/0/firstSeen").asText()).isEqualTo(afterIndex);
        assertThat(json.at("/current/1/attribute").asText()).isEqualTo("type");
        assertThat(json.get("gone")).isEmpty();
        assertThat(reports.resolve("history.md")).content().contains("| INDEX public.orders.orders_hotfix_idx UNEXPECTED | "
                + afterIndex + " | " + start + " | 1 | by hand | not adopted: no migration applied since |");
    }

    @Test
    void aHeartbeatIsAppendedOnlyWhenAskedAndAMigrationAppliedLaterIsNamed() throws Exception {
        String database = migrated("beat");
        JdbcSource live = JdbcSource.of(server.urlWithCredentials(database));
        Path snapshot = work.resolve("beat.json");
        Path history = work.resolve("beat.jsonl");
        ParityEngine engine = new ParityEngine(new RecordingLog());

        engine.snapshot(live, CaptureOptions.defaults(), snapshot, SnapshotHistory.in(history));
        byte[] snapshotBytes = Files.readAllBytes(snapshot);
        assertThat(engine.snapshot(live, CaptureOptions.defaults(), snapshot, new SnapshotHistory(history, true)))
                .isFalse();
        assertThat(Files.readAllBytes(snapshot)).isEqualTo(snapshotBytes);
        assertThat(Files.readAllLines(history)).singleElement().satisfies(l -> assertThat(l).contains("\"kind\":\"heartbeat\"")
                .contains("\"differences\":[]"));

        server.execute(database, "CREATE INDEX orders_hotfix_idx ON public.orders (note)");
        engine.snapshot(live, CaptureOptions.defaults(), snapshot, SnapshotHistory.in(history));
        // The team adopts the hotfix: migration 2 creates the same index if it is not there (so nothing changes but the history)
        Files.writeString(work.resolve("migrations/V2__adopt_hotfix.sql"),
                "CREATE INDEX IF NOT EXISTS orders_hotfix_idx ON public.orders (note);\n");
        new Migrator().apply(FlywayMigrations.inFolders(work.resolve("migrations")), server.url(database), "postgres",
                "postgres");
        engine.snapshot(live, CaptureOptions.defaults(), snapshot, SnapshotHistory.in(history));

        List<String> lines = Files.readAllLines(history);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).contains("\"appliedVersion\":\"2\"").contains("\"object\":\"migration:2\"");
        Drift index = engine.history(history, work.resolve("reports")).current().get(0);
        assertThat(index.describe()).isEqualTo("INDEX public.orders.orders_hotfix_idx UNEXPECTED");
        assertThat(index.laterMigration()).isEqualTo("2");
        assertThat(index.adoption()).startsWith("migration 2 applied since (seen ")
                .endsWith("): run check to see whether it adopted this");
    }

    @Test
    void aMissingOrCorruptHistoryIsOneLineNamingIt() throws Exception {
        ParityEngine engine = new ParityEngine(new RecordingLog());
        Path missing = work.resolve("none.jsonl");
        assertThatThrownBy(() -> engine.history(missing, work))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Drift history not found: " + missing + "; create it with the snapshot goal and"
                        + " -Dschemaparity.history=" + missing);
        Path corrupt = work.resolve("corrupt.jsonl");
        Files.writeString(corrupt, "\n{\"format\":\"schemaparity-snapshot/1\"}\n");
        assertThatThrownBy(() -> engine.history(corrupt, work))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Drift history " + corrupt + " line 2 is corrupt: not a drift history line"
                        + " (format schemaparity-snapshot/1); remove or repair that line");
    }

    /** A database Flyway migrated to version 1: {@code orders} with a {@code note varchar(40)}. */
    private String migrated(String name) throws Exception {
        Path folder = Files.createDirectories(work.resolve("migrations"));
        Files.writeString(folder.resolve("V1__orders.sql"),
                "CREATE TABLE public.orders (id bigint PRIMARY KEY, note varchar(40));\n");
        String database = server.createDatabase(name);
        new Migrator().apply(FlywayMigrations.inFolders(folder), server.url(database), "postgres", "postgres");
        return database;
    }

    private static List<String> differences(JsonNode line) {
        return java.util.stream.StreamSupport.stream(line.get("differences").spliterator(), false)
                .map(d -> d.get("objectType").asText() + " " + d.get("object").asText() + " " + d.get("change").asText()
                        + " " + d.get("attribute").asText() + " " + d.get("expected").asText() + " -> "
                        + d.get("actual").asText())
                .toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
