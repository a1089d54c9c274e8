package io.github.schemaparity.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaselineFileTest {
    private static final BaselineEntry INDEX = BaselineEntry.of(new Difference(ObjectType.INDEX,
            "public.orders.orders_hotfix_idx", Change.UNEXPECTED, null, null, "btree(created_at)"),
            "hotfix during INC-42", "team-orders", LocalDate.of(2026, 12, 31));
    private static final BaselineEntry COLUMN = BaselineEntry.of(new Difference(ObjectType.COLUMN,
            "public.customers.full_name", Change.CHANGED, "nullable", "false", "true"), "legacy rows", null, null);

    @TempDir
    Path dir;

    @Test
    void writesSortedPrettyJsonWithTheFormatAndOnlyTheOptionalFieldsThatAreSet() {
        String json = BaselineFile.render(new Baseline(null, List.of(INDEX, COLUMN)));

        assertThat(json).isEqualTo("""
                {
                  "format": "schemaparity-baseline/1",
                  "entries": [
                    {
                      "objectType": "COLUMN",
                      "object": "public.customers.full_name",
                      "change": "CHANGED",
                      "attribute": "nullable",
                      "expected": "false",
                      "actual": "true",
                      "reason": "legacy rows"
                    },
                    {
                      "objectType": "INDEX",
                      "object": "public.orders.orders_hotfix_idx",
                      "change": "UNEXPECTED",
                      "attribute": null,
                      "expected": null,
                      "actual": "btree(created_at)",
                      "reason": "hotfix during INC-42",
                      "owner": "team-orders",
                      "expires": "2026-12-31"
                    }
                  ]
                }
                """);
    }

    @Test
    void readsBackWhatItWrote() {
        Path file = dir.resolve("sub/baseline.json");
        assertThat(BaselineFile.write(new Baseline(file, List.of(INDEX, COLUMN)), file)).isTrue();

        Baseline read = BaselineFile.read(file);

        assertThat(read.file()).isEqualTo(file);
        assertThat(read.entries()).containsExactly(COLUMN, INDEX);
    }

    @Test
    void anUnchangedBaselineLeavesTheFileByteForByte() throws Exception {
        Path file = dir.resolve("baseline.json");
        BaselineFile.write(new Baseline(file, List.of(INDEX)), file);
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(file, old);
        byte[] before = Files.readAllBytes(file);

        boolean written = BaselineFile.write(new Baseline(file, List.of(INDEX)), file);

        assertThat(written).isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    }

    @Test
    void aMissingFileNamesTheGoalThatWritesIt() {
        Path file = dir.resolve("nope.json");

        assertThatThrownBy(() -> BaselineFile.read(file)).isInstanceOf(SchemaParityException.class)
                .hasMessage("Baseline file not found: " + file + "; write it with mvn schemaparity:baseline, or fix baseline");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not json|is not valid JSON: ",
            "[]|is not a SchemaParity baseline (no JSON object)",
            "{\"format\": \"schemaparity-snapshot/1\"}|is not a SchemaParity baseline (format schemaparity-snapshot/1; expected schemaparity-baseline/1)",
            "{\"format\": \"schemaparity-baseline/2\", \"entries\": []}|was written by a newer SchemaParity (format schemaparity-baseline/2)",
            "{\"format\": \"schemaparity-baseline/1\"}|has no \"entries\" list",
            "{\"format\": \"schemaparity-baseline/1\", \"entries\": [{\"objectType\": \"INDEX\", \"object\": \"public.t.i\", \"change\": \"UNEXPECTED\"}]}|, entry 1 (public.t.i): no reason; every acknowledged difference needs one",
            "{\"format\": \"schemaparity-baseline/1\", \"entries\": [{\"objectType\": \"INDEX\", \"object\": \"public.t.i\", \"change\": \"UNEXPECTED\", \"reason\": \" \"}]}|, entry 1 (public.t.i): no reason",
            "{\"format\": \"schemaparity-baseline/1\", \"entries\": [{\"objectType\": \"INDEKS\", \"object\": \"a\", \"change\": \"UNEXPECTED\", \"reason\": \"r\"}]}|, entry 1 (a): unknown objectType \"INDEKS\"",
            "{\"format\": \"schemaparity-baseline/1\", \"entries\": [{\"objectType\": \"INDEX\", \"object\": \"a\", \"change\": \"ADDED\", \"reason\": \"r\"}]}|, entry 1 (a): unknown change \"ADDED\"",
            "{\"format\": \"schemaparity-baseline/1\", \"entries\": [{\"objectType\": \"INDEX\", \"object\": \"a\", \"change\": \"MISSING\", \"reason\": \"r\", \"expires\": \"31.12.2026\"}]}|, entry 1 (a): expires \"31.12.2026\" is not an ISO date such as 2026-12-31",
            "{\"format\": \"schemaparity-baseline/1\", \"entries\": [{\"objectType\": \"INDEX\", \"object\": \"a\", \"change\": \"MISSING\", \"reason\": \"r\", \"expiry\": \"2026-12-31\"}]}|, entry 1 (a): unknown field \"expiry\"",
            "{\"format\": \"schemaparity-baseline/1\", \"entries\": [{\"objectType\": \"INDEX\", \"change\": \"MISSING\", \"reason\": \"r\"}]}|, entry 1: no \"object\"",
            "{\"format\": \"schemaparity-baseline/1\", \"entries\": [{\"objectType\": \"INDEX\", \"object\": \"a\", \"change\": \"MISSING\", \"reason\": 5}]}|, entry 1 (a): \"reason\" must be a string or null, not 5",
            "{\"format\": \"schemaparity-baseline/1\", \"entries\": [{\"objectType\": \"INDEX\", \"object\": \"a\", \"change\": \"MISSING\", \"reason\": \"r\"}, {\"objectType\": \"INDEX\", \"object\": \"a\", \"change\": \"MISSING\", \"reason\": \"s\"}]}|: two entries for the same difference: INDEX a MISSING; keep one"})
    void aBadFileIsOneLineNamingTheFileAndTheEntry(String content, String problem) throws Exception {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, content);

        assertThatThrownBy(() -> BaselineFile.read(file)).isInstanceOf(SchemaParityException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(problem)
                .hasMessageNotContaining("\n");
    }
}
