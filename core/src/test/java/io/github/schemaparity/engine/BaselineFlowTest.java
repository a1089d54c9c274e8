package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaparity.baseline.Baseline;
import io.github.schemaparity.baseline.BaselineEntry;
import io.github.schemaparity.baseline.BaselineFile;
import io.github.schemaparity.policy.BaselineUpdate;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Verdict;
import io.github.schemaparity.provision.LocalPostgresBinaries;
import io.github.schemaparity.provision.ProviderChoice;
import io.github.schemaparity.testing.PgServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules and baseline states on real databases (embedded PostgreSQL 17): acknowledged, new, expired and
 * stale entries through {@link ParityEngine#compare}, and the baseline goal's engine step through
 * {@link ParityEngine#baseline} on a Flyway project.
 */
class BaselineFlowTest {
    private static final String SHOP = """
            CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
            CREATE TABLE orders (
                id bigint PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES customers (id),
                status varchar(50) NOT NULL DEFAULT 'new');
            """;
    private static final String[] DRIFT = {
            "ALTER TABLE orders ALTER COLUMN status TYPE varchar(255)",
            "CREATE INDEX orders_status_idx ON orders (status)",
            "COMMENT ON COLUMN customers.email IS 'login'"};
    private static final LocalDate FAR = LocalDate.of(2999, 12, 31);
    private static final LocalDate PAST = LocalDate.of(2000, 1, 1);

    private static PgServer server;

    @TempDir
    Path work;

    private final RecordingLog log = new RecordingLog();

    @BeforeAll
    static void startServer() {
        server = PgServer.of(PgServer.NEW);
    }

    @Test
    void acknowledgedNewExpiredAndStaleEntriesOnRealDatabases() throws Exception {
        String expected = server.createDatabase("bl_expected", SHOP);
        String actual = server.createDatabase("bl_actual", withDrift(DRIFT));
        Difference index = difference(expected, actual, "orders_status_idx");
        Difference status = difference(expected, actual, "public.orders.status");
        Path file = work.resolve("baseline.json");
        BaselineEntry stale = BaselineEntry.of(new Difference(index.objectType(), "public.orders.orders_gone_idx",
                index.change(), null, null, "btree(id)"), "dropped later", null, null);
        BaselineFile.write(new Baseline(file, List.of(
                BaselineEntry.of(index, "hotfix INC-42", "team-orders", FAR),
                BaselineEntry.of(status, "widened for a partner import", null, PAST),
                stale)), file);

        ParityResult result = new ParityEngine(log).compare(ParityConfig.builder()
                .expected(server.urlWithCredentials(expected)).actual(server.urlWithCredentials(actual))
                .judging(j -> j.baseline(file)).judging(j -> j.reportDir(work.resolve("reports"))).build());

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        JsonNode report = new ObjectMapper().readTree(result.reportFile().toFile());
        assertThat(entries(report.get("differences")))
                .extracting(d -> d.get("object").asText(), d -> d.get("allowed").asBoolean(),
                        d -> d.get("acknowledged").asBoolean(), d -> d.at("/baseline/status").asText(null))
                .containsExactlyInAnyOrder(
                        tuple("public.orders.orders_status_idx", true, true, "ACKNOWLEDGED"),
                        tuple("public.orders.status", false, false, "EXPIRED"),
                        tuple("public.customers.email", false, false, null));
        JsonNode acknowledged = entries(report.get("differences")).stream()
                .filter(d -> d.get("acknowledged").asBoolean()).findFirst().orElseThrow();
        assertThat(acknowledged.get("reason").asText())
                .isEqualTo("acknowledged in baseline: hotfix INC-42 (owner team-orders, expires 2999-12-31)");
        assertThat(acknowledged.at("/baseline/owner").asText()).isEqualTo("team-orders");
        assertThat(acknowledged.at("/baseline/expires").asText()).isEqualTo("2999-12-31");
        JsonNode expired = entries(report.get("differences")).stream()
                .filter(d -> d.get("object").asText().equals("public.orders.status")).findFirst().orElseThrow();
        assertThat(expired.get("reason").asText()).isEqualTo("baseline entry expired (expires 2000-01-01): widened "
                + "for a partner import; fix the drift or extend expires");
        assertThat(report.at("/summary/acknowledged").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/stale").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/failing").asInt()).isEqualTo(2);
        assertThat(report.at("/baseline/file").asText()).isEqualTo(file.toString());
        assertThat(report.at("/baseline/strict").asBoolean()).isFalse();
        assertThat(report.at("/baseline/entries").asInt()).isEqualTo(3);
        assertThat(report.at("/baseline/stale/0/object").asText()).isEqualTo("public.orders.orders_gone_idx");
        assertThat(report.at("/baseline/stale/0/reason").asText()).isEqualTo("dropped later");

        assertThat(result.consoleLines().get(0)).isEqualTo(
                "SchemaParity FAIL: 3 differences: 2 failing (1 MEDIUM, 1 LOW), 1 allowed (1 acknowledged); 1 stale baseline entry");
        assertThat(log.lines).filteredOn(l -> l.startsWith("WARN")).anySatisfy(l -> assertThat(l)
                .contains("STALE").contains("public.orders.orders_gone_idx")
                .endsWith("(baseline entry matches no difference: dropped later)"));
        assertThat(log.lines).filteredOn(l -> l.startsWith("ERROR")).anySatisfy(l -> assertThat(l)
                .contains("public.orders.status").contains("(baseline entry expired (expires 2000-01-01)"));
        assertThat(work.resolve("reports/report.md")).content()
                .contains("1 stale baseline entry**: they match no difference any more")
                .contains("| acknowledged in baseline: hotfix INC-42 (owner team-orders, expires 2999-12-31) |")
                .contains("| baseline entry expired (expires 2000-01-01): widened for a partner import; fix the drift");
    }

    @Test
    void strictModeFailsOnStaleEntriesAlone() throws Exception {
        String expected = server.createDatabase("bl_strict_a", SHOP);
        String actual = server.createDatabase("bl_strict_b", SHOP, DRIFT[1]);
        Difference index = difference(expected, actual, "orders_status_idx");
        Path file = work.resolve("baseline.json");
        BaselineFile.write(new Baseline(file, List.of(BaselineEntry.of(index, "hotfix", null, null),
                BaselineEntry.of(new Difference(index.objectType(), "public.orders.orders_old_idx", index.change(),
                        null, null, "btree(id)"), "old hotfix", null, null))), file);
        ParityConfig.Builder config = ParityConfig.builder()
                .expected(server.urlWithCredentials(expected)).actual(server.urlWithCredentials(actual))
                .judging(j -> j.baseline(file)).judging(j -> j.reportDir(work));

        ParityResult lenient = new ParityEngine().compare(config.build());
        ParityResult strict = new ParityEngine().compare(config.judging(j -> j.baselineStrict(true)).build());

        assertThat(lenient.verdict()).isEqualTo(Verdict.PASS);
        assertThat(strict.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(strict.failingCount()).isZero();
        assertThat(strict.failureMessage(work)).isEqualTo("SchemaParity: 1 stale baseline entry (baselineStrict; "
                + "remove with mvn schemaparity:baseline) (see report.json)");
        assertThat(strict.consoleLines().get(0)).isEqualTo("SchemaParity FAIL: 1 difference: 0 failing, 1 allowed "
                + "(1 acknowledged); 1 stale baseline entry (baselineStrict: failing)");
    }

    @Test
    void rulesAndReRatingsOnRealDatabases() {
        String expected = server.createDatabase("rules_a", SHOP);
        String actual = server.createDatabase("rules_b", withDrift(DRIFT));

        ParityResult result = new ParityEngine().compare(ParityConfig.builder()
                .expected(server.urlWithCredentials(expected)).actual(server.urlWithCredentials(actual))
                .judging(j -> j.rules("allow INDEX:UNEXPECTED", "allow *:CHANGED:comment", "deny public.orders.status"))
                .judging(j -> j.risks("COLUMN:CHANGED:type/widened=10"))
                .judging(j -> j.failOn("HIGH"))
                .judging(j -> j.reportDir(work)).build());

        assertThat(result.report().assessment().differences())
                .extracting(d -> d.difference().object(), AssessedDifference::allowed, AssessedDifference::risk,
                        AssessedDifference::reason)
                .containsExactlyInAnyOrder(
                        tuple("public.orders.orders_status_idx", true, 25, "allowed by rule 'allow INDEX:UNEXPECTED'"),
                        tuple("public.customers.email", true, 5, "allowed by rule 'allow *:CHANGED:comment'"),
                        tuple("public.orders.status", false, 10, "denied by rule 'deny public.orders.status'"));
    }

    @Test
    void theBaselineGoalWritesTheFileThenTheCheckPassesAndAnUnchangedRunLeavesItByteForByte() throws Exception {
        writeMigrations();
        String production = server.createDatabase("bl_prod", SHOP, DRIFT[0], DRIFT[1]);
        Path snapshot = work.resolve("production.json");
        new ParityEngine().snapshot(JdbcSource.of(server.urlWithCredentials(production)), CaptureOptions.defaults(),
                snapshot);
        Path file = work.resolve("src/test/resources/schemaparity/baseline.json");

        assertThatThrownBy(() -> new ParityEngine().baseline(check(snapshot), judging(null), file,
                new BaselineUpdate.NewEntries(null, null, null)))
                .isInstanceOf(BaselineUpdate.ReasonRequired.class)
                .hasMessage("2 new differences need a reason to be acknowledged");
        assertThat(file).doesNotExist();

        BaselineResult first = new ParityEngine(log).baseline(check(snapshot), judging(null), file,
                new BaselineUpdate.NewEntries("accepted hotfixes", "dba", null));

        assertThat(first.written()).isTrue();
        assertThat(first.check().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(BaselineFile.read(file).entries()).extracting(BaselineEntry::object, BaselineEntry::reason)
                .containsExactly(tuple("public.orders.orders_status_idx", "accepted hotfixes"),
                        tuple("public.orders.status", "accepted hotfixes"));
        assertThat(log.lines).contains("INFO baseline updated: 0 kept, 2 added, 0 dropped as stale; 2 entries in " + file);

        log.lines.clear();
        CheckResult check = new ParityEngine(log).check(check(snapshot), judging(file));
        assertThat(check.verdict()).isEqualTo(Verdict.PASS);
        // The migrated candidate has flyway_schema_history, this production does not: not compared at all.
        assertThat(log.lines).contains("INFO SchemaParity PASS: 2 differences: 0 failing, 2 allowed (2 acknowledged)");

        byte[] before = Files.readAllBytes(file);
        BaselineResult again = new ParityEngine().baseline(check(snapshot), judging(file), file,
                new BaselineUpdate.NewEntries(null, null, null));
        assertThat(again.written()).isFalse();
        assertThat(again.update().changed()).isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        String fixed = server.createDatabase("bl_prod_fixed", SHOP, DRIFT[1]);
        new ParityEngine().snapshot(JdbcSource.of(server.urlWithCredentials(fixed)), CaptureOptions.defaults(), snapshot);
        BaselineResult dropped = new ParityEngine().baseline(check(snapshot), judging(file), file,
                new BaselineUpdate.NewEntries(null, null, null));
        assertThat(dropped.update().removed()).extracting(BaselineEntry::object).containsExactly("public.orders.status");
        assertThat(BaselineFile.read(file).entries()).extracting(BaselineEntry::object)
                .containsExactly("public.orders.orders_status_idx");
    }

    private CandidateConfig check(Path snapshot) {
        return CandidateConfig.builder().reference(Source.snapshot(snapshot)).projectDir(work)
                .provider(ProviderChoice.EMBEDDED).binaries(LocalPostgresBinaries.defaults()).cache(false).build();
    }

    private static JudgingConfig judging(Path baseline) {
        return JudgingConfig.builder().baseline(baseline).build();
    }

    private void writeMigrations() throws IOException {
        Path folder = work.resolve("src/main/resources/db/migration");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("V1__shop.sql"), SHOP);
    }

    /** The one difference the plain comparison reports for an object path ending in {@code suffix}. */
    private Difference difference(String expected, String actual, String suffix) {
        ParityResult plain = new ParityEngine().compare(ParityConfig.builder()
                .expected(server.urlWithCredentials(expected)).actual(server.urlWithCredentials(actual))
                .judging(j -> j.reportDir(work.resolve("plain"))).build());
        return plain.report().assessment().differences().stream().map(AssessedDifference::difference)
                .filter(d -> d.object().endsWith(suffix)).findFirst().orElseThrow();
    }

    private static String[] withDrift(String... drift) {
        List<String> scripts = new ArrayList<>(List.of(SHOP));
        scripts.addAll(List.of(drift));
        return scripts.toArray(String[]::new);
    }

    private static List<JsonNode> entries(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
