package io.github.schemaparity.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.model.AppliedMigration;
import io.github.schemaparity.model.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration history in snapshot/1: an additive field; files written before it still load. */
class SnapshotHistoryTest {
    @TempDir
    Path dir;

    @Test
    void historyRoundTripsAndAnOldFileWithoutItLoadsWithNone() throws Exception {
        Catalog plain = SampleCatalogs.rich(false);
        Catalog withHistory = plain.withMigrationHistory(List.of(
                new AppliedMigration("flyway", 2, "2", "2", "orders", "V2__orders.sql", "-12", "SQL", false),
                new AppliedMigration("flyway", 1, "1", "1", "init", "V1__init.sql", "34", "SQL", true)));
        Snapshot snapshot = new Snapshot(Snapshot.FORMAT, "0.1.0", Instant.parse("2025-03-01T12:00:00Z"), List.of(),
                withHistory);
        Path file = dir.resolve("with.json");
        SnapshotFile.write(snapshot, file);

        Snapshot read = SnapshotFile.read(file);
        assertThat(read).isEqualTo(snapshot);
        assertThat(read.catalog().migrationHistory()).extracting(AppliedMigration::rank).containsExactly(1, 2);
        assertThat(Files.readString(file)).contains("\"migrationHistory\": [");

        // What SchemaParity wrote before version awareness: the same JSON without the field.
        Path old = dir.resolve("old.json");
        SnapshotFile.write(new Snapshot(Snapshot.FORMAT, "0.1.0", Instant.parse("2025-03-01T12:00:00Z"), List.of(),
                plain), old);
        assertThat(Files.readString(old)).doesNotContain("migrationHistory");
        assertThat(SnapshotFile.read(old).catalog()).isEqualTo(plain);
        assertThat(SnapshotFile.read(old).catalog().migrationHistory()).isEmpty();
    }
}
