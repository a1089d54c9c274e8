package io.github.schemaparity.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Severity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the history report follows an object through the lines: undone, changed twice, brought by a migration,
 * and a line written by {@link HistoryFile} read back as the same entry.
 */
class DriftTimelineTest {
    private static final Instant T0 = Instant.parse("2026-12-01T03:17:00Z");
    private static final Instant T1 = Instant.parse("2026-12-02T03:17:00Z");
    private static final Instant T2 = Instant.parse("2026-12-03T03:17:00Z");
    private static final Instant T3 = Instant.parse("2026-12-04T03:17:00Z");

    @Test
    void aDriftUndoneLaterIsGoneAndOneChangedTwiceKeepsItsFirstValue() {
        List<Drift> drifts = DriftTimeline.of(List.of(
                entry(T1, T0, "3", "3", index(Change.UNEXPECTED), column("varchar(40)", "varchar(80)")),
                entry(T2, T1, "3", "3", column("varchar(80)", "varchar(120)")),
                entry(T3, T2, "3", "3", index(Change.MISSING))));

        assertThat(drifts).hasSize(2);
        Drift index = drifts.get(0);
        assertThat(index.current()).isFalse();
        assertThat(index.goneAt()).isEqualTo(T3);
        assertThat(index.adoption()).isEqualTo("gone at " + T3 + " (no migration applied in between: undone by hand)");
        Drift column = drifts.get(1);
        assertThat(column.current()).isTrue();
        assertThat(column.firstSeen()).isEqualTo(T1);
        assertThat(column.describe()).isEqualTo("COLUMN public.orders.note CHANGED type varchar(40) -> varchar(120)");
        assertThat(HistoryReport.of(Path.of("h.jsonl"), List.of()).consoleLines())
                .containsExactly("history: h.jsonl: no entries yet; current drift: 0, gone: 0");
    }

    @Test
    void aChangeInTheSameIntervalAsAMigrationCameWithItAndAMigrationAfterADriftIsNamed() {
        List<Drift> drifts = DriftTimeline.of(List.of(
                entry(T1, T0, "3", "3", index(Change.UNEXPECTED)),
                entry(T2, T1, "3", "4", migration("4"), column("varchar(40)", "varchar(80)"))));

        assertThat(drifts).hasSize(2).allMatch(Drift::current);
        assertThat(drifts.get(0).byHand()).isTrue();
        assertThat(drifts.get(0).laterMigration()).isEqualTo("4");
        assertThat(drifts.get(0).adoption())
                .isEqualTo("migration 4 applied since (seen " + T2 + "): run check to see whether it adopted this");
        assertThat(drifts.get(1).byHand()).isFalse();
        assertThat(drifts.get(1).adoption()).isEqualTo("came with migration 4");
    }

    @Test
    void aWrittenLineReadsBackAsTheSameEntry() throws Exception {
        HistoryEntry entry = entry(T1, T0, null, null, index(Change.UNEXPECTED));
        Path file = java.nio.file.Files.createTempFile("history", ".jsonl");
        try {
            // the last line without its line break (a copy that lost it): the next line must not join it
            java.nio.file.Files.writeString(file, HistoryFile.line(entry).strip());
            HistoryFile.append(file, entry);
            assertThat(HistoryFile.read(file)).containsExactly(entry, entry);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static HistoryEntry entry(Instant captured, Instant previous, String before, String applied,
            AssessedDifference... differences) {
        return new HistoryEntry(HistoryEntry.Kind.CHANGE, captured, "jdbc:postgresql://replica/app", "postgresql", "17.2",
                applied, previous, before, List.of(differences));
    }

    private static AssessedDifference index(Change change) {
        return assessed(new Difference(ObjectType.INDEX, "public.orders.orders_hotfix_idx", change, null,
                change == Change.MISSING ? "btree(note)" : null, change == Change.UNEXPECTED ? "btree(note)" : null));
    }

    private static AssessedDifference column(String was, String now) {
        return assessed(new Difference(ObjectType.COLUMN, "public.orders.note", Change.CHANGED, "type", was, now));
    }

    private static AssessedDifference migration(String version) {
        return assessed(new Difference(ObjectType.MIGRATION, "migration:" + version, Change.UNEXPECTED, null, null,
                version));
    }

    private static AssessedDifference assessed(Difference d) {
        return new AssessedDifference(d, 25, Severity.MEDIUM, false, null);
    }
}
