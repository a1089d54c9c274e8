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
        assertThat(config.diffOptions()).isEqualTo(DiffOptions.defaults());
        assertThat(config.policy().ignore()).isEqualTo(Policy.defaults().ignore());
        assertThat(config.policy().failOn()).isEqualTo(Severity.LOW);
        assertThat(config.reportDir()).isEqualTo(Path.of("target", "schemaparity"));
    }

    @Test
    void userWrittenListsAreTrimmed() {
        ParityConfig config = ParityConfig.builder().expected("a.json").actual("b.json")
                .schemas(Arrays.asList(" public", "", "sales ", null))
                .ignore(List.of("public.audit_*", " "))
                .failOn("high").columnOrder(true).reportDir(Path.of("out"))
                .build();
        assertThat(config.schemas()).containsExactly("public", "sales");
        assertThat(config.policy().ignore()).containsExactly("public.audit_*");
        assertThat(config.policy().failOn()).isEqualTo(Severity.HIGH);
        assertThat(config.diffOptions().columnOrder()).isTrue();
        assertThat(config.reportDir()).isEqualTo(Path.of("out"));
    }

    @Test
    void nullsKeepTheDefaults() {
        ParityConfig config = ParityConfig.builder().expected("a.json").actual("b.json")
                .schemas((List<String>) null).ignore(null).failOn((String) null).reportDir(null).build();
        assertThat(config.policy().ignore()).isEmpty();
        assertThat(config.policy().failOn()).isEqualTo(Policy.defaults().failOn());
        assertThat(config.reportDir()).isEqualTo(ParityConfig.DEFAULT_REPORT_DIR);
    }

    @Test
    void invalidFailOnIsOneClearLine() {
        assertThatThrownBy(() -> ParityConfig.builder().failOn("severe"))
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
                .rules(List.of("allow INDEX:UNEXPECTED; deny public.payment*", " ", "allow *:CHANGED:comment"))
                .risks("COLUMN:CHANGED:default=80")
                .baseline(baseline).baselineStrict(true)
                .build();

        assertThat(config.policy().rules()).extracting(io.github.schemaparity.policy.Rule::text)
                .containsExactly("allow INDEX:UNEXPECTED", "deny public.payment*", "allow *:CHANGED:comment");
        assertThat(config.policy().riskTable().overrides()).containsEntry("COLUMN:CHANGED:default", 80);
        assertThat(config.policy().baseline().file()).isEqualTo(baseline);
        assertThat(config.policy().baselineStrict()).isTrue();
    }

    @Test
    void aBadRuleRiskOrBaselineIsOneClearLine(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertThatThrownBy(() -> ParityConfig.builder().rules("allow INDEX", "alow COLUMN"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Invalid rule 'alow COLUMN': it must start with allow or deny");
        assertThatThrownBy(() -> ParityConfig.builder().risks("COLUMN:CHANGED:default=eighty"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Invalid risk 'COLUMN:CHANGED:default=eighty': 'eighty' is not a number");
        assertThatThrownBy(() -> ParityConfig.builder().expected("a.json").actual("b.json")
                .baseline(dir.resolve("missing.json")).build())
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Baseline file not found: ");
    }
}
