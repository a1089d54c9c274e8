package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.policy.Policy;
import io.github.schemaparity.policy.Severity;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParityConfigTest {

    @Test
    void defaultsNeedOnlyTheTwoSides() {
        ParityConfig config = ParityConfig.builder().expected("jdbc:postgresql://ci/shop").actual("prod.json").build();
        assertThat(config.expected()).isInstanceOf(Source.Jdbc.class);
        assertThat(config.actual()).isEqualTo(new Source.Snapshot(Path.of("prod.json")));
        assertThat(config.schemas()).isEmpty();
        assertThat(config.privileges()).isFalse();
        assertThat(config.judging().diffOptions()).isEqualTo(DiffOptions.defaults());
        assertThat(config.judging().policy().ignore()).isEqualTo(Policy.defaults().ignore());
        assertThat(config.judging().policy().failOn()).isEqualTo(Severity.LOW);
        assertThat(config.judging().reportDirUnder(null)).isEqualTo(Path.of("target", "schemaparity"));
    }

    @Test
    void userWrittenListsAreTrimmed() {
        ParityConfig config = ParityConfig.builder().expected("a.json").actual("b.json")
                .schemas(Arrays.asList(" public", "", "sales ", null))
                .judging(j -> j.ignore(List.of("public.audit_*", " "))
                        .failOn("high").columnOrder(true).reportDir(Path.of("out")))
                .build();
        assertThat(config.schemas()).containsExactly("public", "sales");
        assertThat(config.judging().policy().ignore()).containsExactly("public.audit_*");
        assertThat(config.judging().policy().failOn()).isEqualTo(Severity.HIGH);
        assertThat(config.judging().diffOptions().columnOrder()).isTrue();
        assertThat(config.judging().reportDirUnder(null)).isEqualTo(Path.of("out"));
    }

    @Test
    void nullsKeepTheDefaults() {
        ParityConfig config = ParityConfig.builder().expected("a.json").actual("b.json")
                .schemas((List<String>) null)
                .judging(j -> j.ignore((List<String>) null).failOn((String) null).reportDir(null)).build();
        assertThat(config.judging().policy().ignore()).isEmpty();
        assertThat(config.judging().policy().failOn()).isEqualTo(Policy.defaults().failOn());
        assertThat(config.judging().reportDirUnder(null)).isEqualTo(ParityConfig.DEFAULT_REPORT_DIR);
    }

    @Test
    void invalidFailOnIsOneClearLine() {
        assertThatThrownBy(() -> JudgingConfig.builder().failOn("severe"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Invalid failOn: Unknown severity 'severe': use one of LOW, MEDIUM, HIGH, CRITICAL");
    }

    @Test
    void bothSidesAreRequired() {
        assertThatThrownBy(() -> ParityConfig.builder().actual("b.json").build())
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("No expected database given: pass a JDBC URL or a snapshot file path");
        assertThatThrownBy(() -> ParityConfig.builder().expected("a.json").build())
                .hasMessage("No actual database given: pass a JDBC URL or a snapshot file path");
    }

    @Test
    void rulesRisksAndBaselineReachThePolicy(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path baseline = dir.resolve("baseline.json");
        io.github.schemaparity.baseline.BaselineFile.write(new io.github.schemaparity.baseline.Baseline(baseline,
                List.of()), baseline);

        ParityConfig config = ParityConfig.builder().expected("a.json").actual("b.json")
                .judging(j -> j.rules(List.of("allow INDEX:UNEXPECTED; deny public.payment*", " ", "allow *:CHANGED:comment"))
                        .risks("COLUMN:CHANGED:default=80")
                        .baseline(baseline).baselineStrict(true))
                .build();

        assertThat(config.judging().policy().rules()).extracting(io.github.schemaparity.policy.Rule::text)
                .containsExactly("allow INDEX:UNEXPECTED", "deny public.payment*", "allow *:CHANGED:comment");
        assertThat(config.judging().policy().riskTable().overrides()).containsEntry("COLUMN:CHANGED:default", 80);
        assertThat(config.judging().policy().baseline().file()).isEqualTo(baseline);
        assertThat(config.judging().policy().baselineStrict()).isTrue();
    }

    @Test
    void aBadRuleRiskOrBaselineIsOneClearLine(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertThatThrownBy(() -> JudgingConfig.builder().rules("allow INDEX", "alow COLUMN"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Invalid rule 'alow COLUMN': it must start with allow or deny");
        assertThatThrownBy(() -> JudgingConfig.builder().risks("COLUMN:CHANGED:default=eighty"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Invalid risk 'COLUMN:CHANGED:default=eighty': 'eighty' is not a number");
        assertThatThrownBy(() -> JudgingConfig.builder().baseline(dir.resolve("missing.json")).build())
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Baseline file not found: ");
    }

    @Test
    void toBuilderChangesOneSettingAndKeepsTheRest(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path baseline = dir.resolve("baseline.json");
        io.github.schemaparity.baseline.BaselineFile.write(new io.github.schemaparity.baseline.Baseline(baseline,
                List.of()), baseline);
        JudgingConfig judging = JudgingConfig.builder().failOn("HIGH").ignore("public.audit_*")
                .risks("COLUMN:CHANGED:default=80").rules("allow INDEX:UNEXPECTED").baseline(baseline)
                .baselineStrict(true).ignoreMigrationHistory(false).destructiveFixes(true).build();

        JudgingConfig moved = judging.toBuilder().reportDir(Path.of("elsewhere")).build();

        assertThat(moved).isEqualTo(new JudgingConfig(judging.diffOptions(), judging.policy(), false,
                Path.of("elsewhere"), true));
        assertThat(moved.toBuilder().build()).isEqualTo(moved);
        ParityConfig config = ParityConfig.builder().expected("a.json").actual("b.json").judging(judging).build();
        assertThat(config.toBuilder().build()).isEqualTo(config);
    }

    @Test
    void aCheckAddsTheHistoryTablesToTheIgnoresUnlessAskedNotTo() {
        assertThat(JudgingConfig.defaults().checkPolicy().ignore())
                .containsAll(io.github.schemaparity.migrate.MigrationTool.historyTableIgnores());
        assertThat(JudgingConfig.defaults().policy().ignore()).isEmpty();
        assertThat(JudgingConfig.builder().ignoreMigrationHistory(false).build().checkPolicy().ignore()).isEmpty();
    }

    @Test
    void equalCandidateConfigurationsAreEqualValues() {
        CandidateConfig one = CandidateConfig.builder().reference("prod.json").projectDir(Path.of("app"))
                .flywayLocations("classpath:db/migration").schemas("public").build();
        CandidateConfig two = CandidateConfig.builder().reference("prod.json").projectDir(Path.of("app"))
                .flywayLocations(" classpath:db/migration ").schemas(" public", "").build();

        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one.toBuilder().versionAware(false).build()).isNotEqualTo(one);
        assertThat(one.toBuilder().build()).isEqualTo(one);
        assertThat(one.cacheDir()).isEqualTo(Path.of("app").resolve(CandidateConfig.DEFAULT_CACHE_DIR));
    }
}
