package io.github.schemaparity.maven;

import io.github.schemaparity.engine.JudgingConfig;
import io.github.schemaparity.engine.ParityResult;
import io.github.schemaparity.engine.Tenants;
import io.github.schemaparity.engine.TenantsResult;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that compare two catalogs ({@code check}, {@code compare}) share: the schemas, policy,
 * diff and report parameters, handed to the engine's configuration the same way, and a failed policy
 * as a build failure.
 */
abstract class AbstractComparisonMojo extends AbstractParityMojo {

    /**
     * Schemas to compare, comma-separated; default: those of a reference snapshot ({@code check}), else
     * every non-system schema.
     */
    @Parameter(property = "schemaparity.schemas")
    List<String> schemas;

    /**
     * Object paths whose differences are allowed, comma-separated globs such as
     * {@code public.flyway_schema_history,audit.*}.
     */
    @Parameter(property = "schemaparity.ignore")
    List<String> ignore;

    /** The lowest severity that fails the build: LOW, MEDIUM, HIGH or CRITICAL. */
    @Parameter(property = "schemaparity.failOn", defaultValue = "LOW")
    String failOn;

    /** Whether column order is compared. */
    @Parameter(property = "schemaparity.columnOrder", defaultValue = "false")
    boolean columnOrder;

    /**
     * Whether the fix SQL written to the report folder ({@code fix.sql}, the adopt migration) includes
     * destructive statements: drops of objects holding data, narrowing types, removed enum labels, new
     * NOT NULLs. Off: they are written commented out.
     */
    @Parameter(property = "schemaparity.fix.destructive", defaultValue = "false")
    boolean destructiveFixes;

    /** Whether granted privileges are compared. */
    @Parameter(property = "schemaparity.privileges", defaultValue = "false")
    boolean privileges;

    /**
     * Which schema of the expected side (the candidate in {@code check}, the first database in
     * {@code compare}) stands for which schema of the actual side (production, the second database), as
     * {@code expected=actual} pairs separated by commas, e.g. {@code staging=public}. Reports, ignore
     * globs and {@code schemas} use the actual side's names. Not needed on MySQL/MariaDB when each side
     * is one database: those are paired without being told.
     */
    @Parameter(property = "schemaparity.schemaMapping")
    String schemaMapping;

    /**
     * Tenants mode: a glob over schema names ({@code *} any characters, {@code ?} one), e.g. {@code tenant_*}.
     * Every schema of the actual side (production in {@code check}, the second database in {@code compare})
     * that matches is a tenant, compared with the one schema the migrations build (in {@code compare}: the
     * expected side's only schema); schemas that do not match are left out. The console shows one line per
     * drifted tenant, {@code report.json} a {@code tenants} array. Not together with {@code schemas}.
     */
    @Parameter(property = "schemaparity.tenants")
    String tenants;

    /**
     * With {@code tenants}: the tenant schema the other tenants are compared with instead of the migrations'
     * schema (in {@code check} no candidate is then built; in {@code compare} it is a schema of the expected side).
     */
    @Parameter(property = "schemaparity.tenantReference")
    String tenantReference;

    /**
     * Where {@code report.json} is written. Default: <code>${project.build.directory}/schemaparity</code>, that
     * is {@code ./target/schemaparity} when run outside a project.
     */
    // No defaultValue: outside a project Maven's stub project would leave it unresolved.
    @Parameter(property = "schemaparity.reportDir")
    File reportDir;

    /**
     * Allow and deny rules, e.g. {@code <rules><rule>allow INDEX:UNEXPECTED</rule><rule>deny public.payment*</rule></rules>}:
     * {@code allow|deny} followed by any of {@code TYPE[:CHANGE[:attribute]]}, an object-path glob and
     * {@code severity>=LEVEL}. Deny rules fail a difference whatever else allows it (the baseline included).
     * As a property, separate rules with {@code ;} (or commas).
     */
    @Parameter(property = "schemaparity.rules")
    List<String> rules;

    /**
     * Re-ratings of kinds of difference, {@code KEY=RISK} with risk 0-100, e.g.
     * {@code <risks><risk>COLUMN:CHANGED:default=80</risk></risks>} or {@code -Dschemaparity.risks=INDEX:UNEXPECTED=10}.
     */
    @Parameter(property = "schemaparity.risks")
    List<String> risks;

    /**
     * The baseline file of acknowledged differences (written by the {@code baseline} goal). Acknowledged
     * differences are reported but do not fail; {@code check} uses
     * {@code src/test/resources/schemaparity/baseline.json} when it exists.
     */
    @Parameter(property = "schemaparity.baseline")
    File baseline;

    /** Whether baseline entries that match no difference any more fail the build (default: they are reported). */
    @Parameter(property = "schemaparity.baselineStrict", defaultValue = "false")
    boolean baselineStrict;

    /** How the comparison is judged, from this goal's parameters: mapped once, here. */
    JudgingConfig judging() {
        return JudgingConfig.builder()
                .ignore(ignore)
                .failOn(failOn)
                .rules(rules)
                .risks(risks)
                .baseline(baselineToRead())
                .baselineStrict(baselineStrict)
                .columnOrder(columnOrder)
                .destructiveFixes(destructiveFixes)
                .ignoreMigrationHistory(ignoreMigrationHistory())
                .reportDir(reportFolder(reportDir))
                .build();
    }

    /** Whether the migration tools' history tables are allowed to differ (a check's parameter; compare has none). */
    boolean ignoreMigrationHistory() {
        return true;
    }

    Optional<Path> baselineFile() {
        if (baseline != null) {
            Path path = baseline.toPath();
            return Optional.of(path.isAbsolute() ? path : baseDirectory().resolve(path));
        }
        return defaultBaseline();
    }

    /** Where this goal looks for a baseline when none is configured: nowhere ({@code compare}). */
    Optional<Path> defaultBaseline() {
        return Optional.empty();
    }

    /**
     * The baseline the comparison reads: a configured one, also when it does not exist (the engine then
     * names it as missing), else the default location when the file is there; {@code null} for none.
     */
    Path baselineToRead() {
        Optional<Path> file = baselineFile();
        return file.filter(f -> baseline != null || Files.isRegularFile(f)).orElse(null);
    }

    /** A run the policy failed becomes a build failure whose one line names the differences and the report. */
    /** The tenants mode as configured, or {@code null} when {@code tenants} is not set. */
    Tenants tenantsMode() {
        return tenants == null || tenants.isBlank() ? null : new Tenants(tenants, tenantReference);
    }

    /** Fails the build, naming the failing tenants, unless the tenants-mode run passed. */
    void failUnlessPassed(TenantsResult result) throws MojoFailureException {
        if (!result.passed()) {
            throw new MojoFailureException(result.failureMessage(baseDirectory()));
        }
    }

    void failUnlessPassed(ParityResult result) throws MojoFailureException {
        if (!result.passed()) {
            throw new MojoFailureException(result.failureMessage(baseDirectory()));
        }
    }
}
