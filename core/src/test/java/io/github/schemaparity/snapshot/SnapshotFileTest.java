package io.github.schemaparity.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.ToolVersion;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotFileTest {
    private static final Instant CAPTURED = Instant.parse("2025-03-01T12:00:00Z");

    @TempDir
    Path dir;

    private static Snapshot snapshot(Catalog catalog, Instant capturedAt) {
        return new Snapshot(Snapshot.FORMAT, "0.1.0", capturedAt, List.of("public", "audit"), catalog);
    }

    @Test
    void readsBackAnEqualSnapshot() {
        Snapshot original = snapshot(SampleCatalogs.rich(false), CAPTURED);
        Path file = dir.resolve("snapshot.json");

        assertThat(SnapshotFile.write(original, file)).isTrue();

        assertThat(SnapshotFile.read(file)).isEqualTo(original);
    }

    @Test
    void theSameCatalogAlwaysGivesTheSameBytes() throws Exception {
        Path first = dir.resolve("a/snapshot.json");
        Path second = dir.resolve("b/snapshot.json");

        SnapshotFile.write(snapshot(SampleCatalogs.rich(false), CAPTURED), first);
        SnapshotFile.write(snapshot(SampleCatalogs.rich(true), CAPTURED), second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(SnapshotFile.toJson(snapshot(SampleCatalogs.rich(false), CAPTURED)))
                .isEqualTo(Files.readString(first, StandardCharsets.UTF_8));
    }

    @Test
    void isPrettyUnixTextWithoutNullsOrEmptyCollections() {
        String json = SnapshotFile.toJson(snapshot(SampleCatalogs.rich(false), CAPTURED));

        assertThat(json).doesNotContain("\r").doesNotContain(": null")
                .doesNotContainPattern(":\\s*\\[\\s*]").doesNotContainPattern(":\\s*\\{\\s*}")
                .endsWith("}\n").doesNotEndWith("\n\n").startsWith("{\n  \"format\": \"schemaparity-snapshot/1\",\n");
        assertThat(json).contains("\"capturedAt\": \"2025-03-01T12:00:00Z\"").contains("\"engine\": \"postgresql\"");
        // An empty string is a value, not an absence: it must survive.
        assertThat(json).contains("\"value\": \"\"").contains("\"arguments\": \"\"");
    }

    @Test
    void engineAndServerVersionAreWrittenOnceInsideTheCatalog() {
        Snapshot snapshot = snapshot(SampleCatalogs.rich(false), CAPTURED);
        String json = SnapshotFile.toJson(snapshot);

        assertThat(json.split("\"engine\"", -1)).hasSize(2);
        assertThat(json.split("\"serverVersion\"", -1)).hasSize(2);
        assertThat(snapshot.engine()).isEqualTo(Engine.POSTGRESQL);
        assertThat(snapshot.serverVersion()).isEqualTo("17.2");
    }

    @Test
    void propertiesFollowRecordComponentOrderAndMapKeysAreSorted() {
        String json = SnapshotFile.toJson(snapshot(SampleCatalogs.rich(false), CAPTURED));

        assertInOrder(json, "\"format\"", "\"toolVersion\"", "\"capturedAt\"", "\"schemas\"", "\"catalog\"");
        assertInOrder(json, "\"engine\"", "\"serverVersion\"", "\"schemas\"", "\"extensions\"", "\"settings\"");
        String total = json.substring(json.indexOf("\"name\": \"total\""));
        assertInOrder(total, "\"name\"", "\"position\"", "\"type\"", "\"nullable\"", "\"defaultValue\"",
                "\"collation\"", "\"comment\"");
        String options = json.substring(json.indexOf("\"options\""));
        assertInOrder(options, "\"rowSecurity\"", "\"storage.fillfactor\"");
    }

    @Test
    void anUnchangedCatalogLeavesTheFileUntouched() throws Exception {
        Path file = dir.resolve("snapshot.json");
        SnapshotFile.write(snapshot(SampleCatalogs.rich(false), CAPTURED), file);
        byte[] before = Files.readAllBytes(file);

        boolean written = SnapshotFile.write(snapshot(SampleCatalogs.rich(true), CAPTURED.plusSeconds(3600)), file);

        assertThat(written).isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(SnapshotFile.read(file).capturedAt()).isEqualTo(CAPTURED);
    }

    @Test
    void aChangedCatalogReplacesTheFile() {
        Path file = dir.resolve("snapshot.json");
        SnapshotFile.write(snapshot(SampleCatalogs.rich(false), CAPTURED), file);
        Catalog other = new Catalog(Engine.POSTGRESQL, "17.3", SampleCatalogs.rich(false).schemas(), null, null);

        boolean written = SnapshotFile.write(snapshot(other, CAPTURED.plusSeconds(60)), file);

        assertThat(written).isTrue();
        assertThat(SnapshotFile.read(file).catalog()).isEqualTo(other);
        assertThat(SnapshotFile.read(file).capturedAt()).isEqualTo(CAPTURED.plusSeconds(60));
    }

    @Test
    void aCorruptFileIsReplacedByWrite() throws Exception {
        Path file = dir.resolve("snapshot.json");
        Files.writeString(file, "{\"format\": \"schemaparity-snap");
        Snapshot snapshot = snapshot(SampleCatalogs.rich(false), CAPTURED);

        assertThat(SnapshotFile.write(snapshot, file)).isTrue();
        assertThat(SnapshotFile.read(file)).isEqualTo(snapshot);
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void ofStampsFormatToolVersionAndTime() {
        Snapshot snapshot = Snapshot.of(null, SampleCatalogs.rich(false));

        assertThat(snapshot.format()).isEqualTo("schemaparity-snapshot/1");
        assertThat(snapshot.toolVersion()).isEqualTo(ToolVersion.get()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(snapshot.capturedAt()).isBetween(Instant.now().minusSeconds(5), Instant.now());
        assertThat(snapshot.capturedAt().getNano()).isZero();
        assertThat(snapshot.schemas()).isEmpty();
    }

    @Test
    void aMissingFileSaysHowToCreateIt() {
        Path file = dir.resolve("nope.json");

        assertThatThrownBy(() -> SnapshotFile.read(file)).isInstanceOf(SnapshotException.class)
                .hasMessage("Snapshot file not found: " + file + "; create it with the snapshot goal");
    }

    @Test
    void textThatIsNotJsonIsCorruptWithItsPosition() throws Exception {
        Path file = dir.resolve("snapshot.json");
        Files.writeString(file, "{\n  \"format\": \"schemaparity-snapshot/1\",\n  oops\n}\n");

        assertThatThrownBy(() -> SnapshotFile.read(file)).isInstanceOf(SnapshotException.class)
                .hasMessageStartingWith("Snapshot file " + file + " is corrupt: Unexpected character ('o'")
                .hasMessageEndingWith(" at line 3:3").message().doesNotContain("\n");
    }

    @Test
    void aTruncatedFileIsCorrupt() throws Exception {
        Path file = dir.resolve("snapshot.json");
        String whole = SnapshotFile.toJson(snapshot(SampleCatalogs.rich(false), CAPTURED));
        // Cut after a whole line, as an interrupted write or a bad merge would.
        Files.writeString(file, whole.substring(0, whole.indexOf('\n', whole.length() / 2) + 1));

        assertThatThrownBy(() -> SnapshotFile.read(file)).isInstanceOf(SnapshotException.class)
                .hasMessageStartingWith("Snapshot file " + file + " is corrupt: Unexpected end-of-input")
                .message().doesNotContain("\n");
    }

    @Test
    void anEmptyFileIsCorrupt() throws Exception {
        Path file = dir.resolve("snapshot.json");
        Files.writeString(file, "");

        assertThatThrownBy(() -> SnapshotFile.read(file))
                .hasMessage("Snapshot file " + file + " is corrupt: it is empty");
    }

    @Test
    void wronglyTypedContentIsCorruptWithItsJsonPath() throws Exception {
        Path file = dir.resolve("snapshot.json");
        Files.writeString(file, """
                {"format": "schemaparity-snapshot/1", "catalog": {"engine": "postgresql",
                 "schemas": [{"name": "public", "tables": [{"name": "t", "columns": [{"name": "a", "position": "x"}]}]}]}}
                """);

        assertThatThrownBy(() -> SnapshotFile.read(file)).isInstanceOf(SnapshotException.class)
                .hasMessageStartingWith("Snapshot file " + file + " is corrupt: ")
                .hasMessageEndingWith(" at catalog.schemas[0].tables[0].columns[0].position");
    }

    @Test
    void anUnknownEngineIsCorrupt() throws Exception {
        Path file = dir.resolve("snapshot.json");
        Files.writeString(file, "{\"format\": \"schemaparity-snapshot/1\", \"catalog\": {\"engine\": \"oracle\"}}");

        assertThatThrownBy(() -> SnapshotFile.read(file)).isInstanceOf(SnapshotException.class)
                .hasMessageStartingWith("Snapshot file " + file + " is corrupt: ")
                .hasMessageContaining("oracle");
    }

    @Test
    void aSnapshotWithoutCatalogIsCorrupt() throws Exception {
        Path file = dir.resolve("snapshot.json");
        Files.writeString(file, "{\"format\": \"schemaparity-snapshot/1\"}");

        assertThatThrownBy(() -> SnapshotFile.read(file))
                .hasMessage("Snapshot file " + file + " is corrupt: it has no catalog");
    }

    @Test
    void foreignJsonIsNotASnapshot() throws Exception {
        Path object = dir.resolve("package.json");
        Files.writeString(object, "{\"name\": \"app\", \"version\": \"1.0.0\"}");
        Path array = dir.resolve("list.json");
        Files.writeString(array, "[1, 2]");

        assertThatThrownBy(() -> SnapshotFile.read(object)).isInstanceOf(SnapshotException.class).hasMessage(
                object + " is not a SchemaParity snapshot (format field missing); create one with the snapshot goal");
        assertThatThrownBy(() -> SnapshotFile.read(array)).hasMessageStartingWith(
                array + " is not a SchemaParity snapshot (format field missing)");
    }

    @Test
    void anotherFormatIsNotASnapshot() throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "{\"format\": \"schemaparity-report/1\", \"differences\": []}");

        assertThatThrownBy(() -> SnapshotFile.read(file)).hasMessage(
                file + " is not a SchemaParity snapshot (format schemaparity-report/1); "
                        + "create one with the snapshot goal");
    }

    @Test
    void aNewerFormatAsksForANewerSchemaParity() throws Exception {
        Path file = dir.resolve("snapshot.json");
        Files.writeString(file, "{\"format\": \"schemaparity-snapshot/2\", \"catalog\": {\"newShape\": true}}");

        assertThatThrownBy(() -> SnapshotFile.read(file)).isInstanceOf(SnapshotException.class).hasMessage(
                file + " was written by a newer SchemaParity (format schemaparity-snapshot/2); "
                        + "upgrade SchemaParity to read it");
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as(part + " after position " + from).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }
}
