package io.github.schemaparity.maven;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.policy.BaselineUpdate;
import io.github.schemaparity.engine.BaselineResult;
import io.github.schemaparity.engine.JudgingConfig;
import io.github.schemaparity.engine.ParityEngine;
import io.github.schemaparity.log.ParityLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes or updates the baseline of acknowledged differences from the current ones: runs the same
 * comparison as {@code check} (candidate from the migrations vs the reference), then
 * <ul>
 * <li>keeps every existing entry that still matches a difference, with its reason, owner and expiry
 * (an expired one stays expired and is listed: renewing it is an edit in the file);</li>
 * <li>adds an entry for every difference the rules alone would fail, with
 * {@code -Dschemaparity.baseline.reason=...} (required when there is one) and optionally
 * {@code .owner} and {@code .expires};</li>
 * <li>drops stale entries (matching no difference any more), so the drift they accepted fails again
 * should it come back;</li>
 * <li>leaves out differences a deny rule selects (deny beats the baseline) and those the rules allow.</li>
 * </ul>
 * With {@code -Dschemaparity.baseline.acknowledge=public.orders.*,audit.*} only the failing differences
 * whose object path matches one of the globs get an entry; the others are listed and still fail.
 * Prints what changed ({@code baseline updated: N kept, M added, K dropped as stale}); an unchanged
 * baseline leaves the file byte for byte. The comparison it runs is reported at INFO: the goal fails
 * (and prints ERROR) only when it refuses to write. Acknowledging drift is a
 * decision for a person: with {@code CI=true} in the environment it refuses unless
 * {@code -Dschemaparity.baseline.allowInCi=true}. Does not fail on differences.
 *
 * <pre>
 * mvn schemaparity:baseline -Dschemaparity.baseline.reason="hotfix INC-42, migration follows" \
 *     -Dschemaparity.baseline.owner=team-orders -Dschemaparity.baseline.expires=2026-12-31
 * </pre>
 */
@Mojo(name = "baseline", requiresProject = true, threadSafe = true)
public class BaselineMojo extends CheckMojo {

    /** Why the new differences are accepted; required when the goal adds an entry. */
    @Parameter(property = "schemaparity.baseline.reason")
    String baselineReason;

    /** Who answers for the new entries (optional). */
    @Parameter(property = "schemaparity.baseline.owner")
    String baselineOwner;

    /** The last day the new entries hold, ISO date such as {@code 2026-12-31} (optional). */
    @Parameter(property = "schemaparity.baseline.expires")
    String baselineExpires;

    /**
     * Object-path globs, comma-separated (e.g. {@code public.orders.*}): only failing differences matching
     * one are acknowledged; default: every failing difference.
     */
    @Parameter(property = "schemaparity.baseline.acknowledge")
    List<String> baselineAcknowledge;

    /** Lets the goal write the baseline although the environment says CI ({@code CI=true}). */
    @Parameter(property = "schemaparity.baseline.allowInCi", defaultValue = "false")
    boolean baselineAllowInCi;

    /** Reads the environment; tests replace it. */
    Function<String, String> environment = System::getenv;

    @Override
    void run(ParityEngine engine) {
        if ("true".equalsIgnoreCase(environment.apply("CI")) && !baselineAllowInCi) {
            throw new SchemaParityException("Refusing to write the baseline in CI (CI=true): acknowledging drift is a"
                    + " decision for a person; run mvn schemaparity:baseline locally and commit the file, or set"
                    + " -Dschemaparity.baseline.allowInCi=true");
        }
        if (tenantsMode() != null) {
            // Not silently a plain check: a baseline of every tenant's drift is not built yet.
            throw new SchemaParityException("The baseline goal does not support tenants mode (" + tenantsMode()
                    + "): acknowledge a tenant's drift with rules (allow <path>), or run baseline without tenants");
        }
        if (notMeantForThisModule()) {
            getLog().info("SchemaParity: skipped (" + project.getArtifactId() + " has no migrations)");
            return;
        }
        BaselineUpdate.NewEntries newEntries;
        try {
            newEntries = new BaselineUpdate.NewEntries(baselineReason, baselineOwner, expires(), baselineAcknowledge);
        } catch (IllegalArgumentException e) {
            throw new SchemaParityException("Invalid schemaparity.baseline.acknowledge: " + e.getMessage());
        }
        Path file = baselineFile().orElseThrow();
        ParityLog log = new MavenParityLog(getLog());
        JudgingConfig judging = judging();
        addIntegrations();
        BaselineResult result;
        try {
            result = inCandidateScope(resources -> engine.baseline(candidate(log, resources), judging, file, newEntries));
        } catch (BaselineUpdate.ReasonRequired e) {
            throw new SchemaParityException(e.getMessage() + " (" + describe(e) + "): run again with"
                    + " -Dschemaparity.baseline.reason=\"why they are accepted\"; the baseline file was not changed");
        }
        getLog().info(result.written() ? "baseline written: " + file : "baseline file unchanged: " + file);
    }

    /**
     * The comparison is input to the update, not a verdict: its differences and summary are logged at
     * INFO, so the log shows FAIL and ERROR only when the goal itself fails.
     */
    private static final String VERDICT = "SchemaParity FAIL: ";

    @Override
    ParityLog engineLog() {
        MavenParityLog maven = new MavenParityLog(getLog());
        return new ParityLog() {
            @Override
            public void info(String line) {
                // the verdict of the comparison before the update: what the update acknowledges, not a failure
                maven.info(line.startsWith(VERDICT) ? "before the baseline update: " + line.substring(VERDICT.length())
                        : line);
            }

            @Override
            public void warn(String line) {
                maven.info(line);
            }

            @Override
            public void error(String line) {
                maven.info(line);
            }
        };
    }

    /** The previous baseline is the file when it exists; a missing one is created. */
    @Override
    Path baselineToRead() {
        return baselineFile().filter(Files::isRegularFile).orElse(null);
    }

    private LocalDate expires() {
        if (baselineExpires == null || baselineExpires.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(baselineExpires.strip());
        } catch (DateTimeParseException e) {
            throw new SchemaParityException("Invalid schemaparity.baseline.expires '" + baselineExpires
                    + "': use an ISO date such as 2026-12-31");
        }
    }

    private static String describe(BaselineUpdate.ReasonRequired e) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < e.differences().size() && i < 3; i++) {
            var d = e.differences().get(i);
            out.append(i == 0 ? "" : ", ").append(d.objectType()).append(' ').append(d.object()).append(' ').append(d.change());
        }
        if (e.differences().size() > 3) {
            out.append(", ...");
        }
        return out.toString();
    }
}
