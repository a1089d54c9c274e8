package io.github.schemaparity.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.fix.FixPlan;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.Policy;
import io.github.schemaparity.policy.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
    private static final Side MIGRATIONS = new Side(Side.MIGRATIONS, Engine.POSTGRESQL, "16.4");
    private static final Side JDBC = new Side(Side.JDBC, Engine.POSTGRESQL, "16.4");

    @Test
    void rendersTheContractFieldForField() {
        Difference type = new Difference(ObjectType.COLUMN, "public.orders.status", Change.CHANGED, "type",
                "varchar(50)", "varchar(255)");
        AssessedDifference assessed = new AssessedDifference(type, 60, Severity.HIGH, false, null);
        FixPlan fixes = new FixPlan(java.util.Map.of(type, "ALTER TABLE public.orders ALTER COLUMN status TYPE varchar(50);"));

        String json = JsonReport.render(new ParityReport(MIGRATIONS, JDBC, Assessment.of(List.of(assessed)), List.of(),
                fixes));

        assertThat(json).isEqualTo("""
                {
                  "format": "schemaparity-report/1",
                  "expected": {
                    "source": "migrations",
                    "engine": "postgresql",
                    "version": "16.4"
                  },
                  "actual": {
                    "source": "jdbc",
                    "engine": "postgresql",
                    "version": "16.4"
                  },
                  "differences": [
                    {
                      "objectType": "COLUMN",
                      "object": "public.orders.status",
                      "change": "CHANGED",
                      "attribute": "type",
                      "expected": "varchar(50)",
                      "actual": "varchar(255)",
                      "risk": 60,
                      "severity": "HIGH",
                      "allowed": false,
                      "reason": null,
                      "fix": "ALTER TABLE public.orders ALTER COLUMN status TYPE varchar(50);",
                      "acknowledged": false,
                      "baseline": null
                    }
                  ],
                  "pending": [],
                  "summary": {
                    "differences": 1,
                    "failing": 1,
                    "allowed": 0,
                    "acknowledged": 0,
                    "stale": 0
                  },
                  "verdict": "FAIL",
                  "baseline": null,
                  "notCompared": []
                }
                """);
    }

    @Test
    void aCleanReportHasAnEmptyListAndPasses() {
        String json = JsonReport.render(new ParityReport(MIGRATIONS, JDBC, Policy.defaults().assess(List.of())));

        assertThat(json).contains("\"differences\": [],").contains("\"verdict\": \"PASS\"").doesNotContain("\r");
    }

    @Test
    void writesAFileThatParsesBackWithEveryField(@TempDir Path dir) throws Exception {
        List<Difference> differences = List.of(
                new Difference(ObjectType.TABLE, "public.orders", Change.MISSING, null, "table, 3 columns", null),
                new Difference(ObjectType.INDEX, "public.tmp_x.tmp_x_idx", Change.UNEXPECTED, null, null,
                        "btree(a)"));
        Assessment assessment = new Policy(List.of("*.tmp_*"), Severity.LOW, null).assess(differences);
        Path file = dir.resolve("target/schemaparity/report.json");

        JsonReport.write(new ParityReport(MIGRATIONS, new Side(Side.SNAPSHOT, Engine.POSTGRESQL, "17.2"),
                assessment), file);

        JsonNode root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(root.get("format").asText()).isEqualTo("schemaparity-report/1");
        assertThat(root.get("actual").get("source").asText()).isEqualTo("snapshot");
        assertThat(root.get("actual").get("version").asText()).isEqualTo("17.2");
        JsonNode missing = root.get("differences").get(0);
        assertThat(missing.get("objectType").asText()).isEqualTo("TABLE");
        assertThat(missing.get("change").asText()).isEqualTo("MISSING");
        assertThat(missing.get("attribute").isNull()).isTrue();
        assertThat(missing.get("expected").asText()).isEqualTo("table, 3 columns");
        assertThat(missing.get("actual").isNull()).isTrue();
        assertThat(missing.get("risk").asInt()).isEqualTo(95);
        assertThat(missing.get("severity").asText()).isEqualTo("CRITICAL");
        assertThat(missing.get("allowed").asBoolean()).isFalse();
        assertThat(missing.get("fix").isNull()).isTrue();
        JsonNode ignored = root.get("differences").get(1);
        assertThat(ignored.get("allowed").asBoolean()).isTrue();
        assertThat(ignored.get("reason").asText()).isEqualTo("ignored by pattern '*.tmp_*'");
        assertThat(root.get("summary").get("differences").asInt()).isEqualTo(2);
        assertThat(root.get("summary").get("failing").asInt()).isEqualTo(1);
        assertThat(root.get("summary").get("allowed").asInt()).isEqualTo(1);
        assertThat(root.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(root.get("differences").get(0).fieldNames()).toIterable().containsExactly("objectType", "object",
                "change", "attribute", "expected", "actual", "risk", "severity", "allowed", "reason", "fix", "acknowledged",
                "baseline");
    }

    @Test
    void escapesValuesThatAreNotPlainText() throws Exception {
        Difference view = new Difference(ObjectType.VIEW, "public.v", Change.CHANGED, "definition",
                "SELECT 'a\"b'\n  FROM t", "SELECT 1");
        String json = JsonReport.render(new ParityReport(MIGRATIONS, JDBC, Policy.defaults().assess(List.of(view))));

        assertThat(new ObjectMapper().readTree(json).get("differences").get(0).get("expected").asText())
                .isEqualTo("SELECT 'a\"b'\n  FROM t");
    }
}
