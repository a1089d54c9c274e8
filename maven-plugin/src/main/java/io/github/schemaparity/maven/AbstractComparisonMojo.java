package io.github.schemaparity.maven;

import io.github.schemaparity.engine.ComparisonBuilder;
import io.github.schemaparity.engine.ParityResult;
import java.io.File;
import java.util.List;
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
     * Where {@code report.json} is written. Default: {@code ${project.build.directory}/schemaparity}, that
     * is {@code ./target/schemaparity} when run outside a project.
     */
    // No defaultValue: outside a project Maven's stub project would leave it unresolved.
    @Parameter(property = "schemaparity.reportDir")
    File reportDir;

    /** The builder with this goal's schemas, policy, diff and report settings applied. */
    <B extends ComparisonBuilder<B>> B comparisonSettings(B builder) {
        return builder
                .schemas(schemas)
                .ignore(ignore)
                .failOn(failOn)
                .columnOrder(columnOrder)
                .privileges(privileges)
                .schemaMapping(schemaMapping)
                .reportDir(reportDir != null ? reportDir.toPath() : buildDirectory().resolve("schemaparity"));
    }

    /** A run the policy failed becomes a build failure whose one line names the differences and the report. */
    void failUnlessPassed(ParityResult result) throws MojoFailureException {
        if (!result.passed()) {
            throw new MojoFailureException(result.failureMessage(baseDirectory()));
        }
    }
}
