package io.github.schemaparity.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.Event;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Setting;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A MySQL/MariaDB catalog with events and settings survives a snapshot file unchanged. */
class MySqlSnapshotTest {

    @Test
    void eventsAndSettingsRoundTrip(@TempDir Path dir) {
        Schema app = new Schema("app", null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Event("purge_cache", "EVERY 1 DAY", "delete from cache", "ENABLED", "NOT PRESERVE",
                        "nightly")));
        Catalog catalog = new Catalog(Engine.MARIADB, "11.4.5", List.of(app), List.of(),
                List.of(new Setting("sql_mode", "NO_ENGINE_SUBSTITUTION,STRICT_TRANS_TABLES"),
                        new Setting("time_zone", "UTC")));
        Snapshot original = Snapshot.of(List.of("app"), catalog);
        Path file = dir.resolve("snapshot.json");

        SnapshotFile.write(original, file);

        assertThat(SnapshotFile.read(file).catalog()).isEqualTo(catalog);
        assertThat(SnapshotFile.toJson(original)).contains("\"events\"").contains("\"sql_mode\"");
        // a schema without events writes no events key: older snapshots and PostgreSQL ones stay byte-identical
        Schema plain = new Schema("app", null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(SnapshotFile.toJson(Snapshot.of(List.of("app"), new Catalog(Engine.POSTGRESQL, "17.2",
                List.of(plain), List.of(), List.of())))).doesNotContain("events");
    }
}
