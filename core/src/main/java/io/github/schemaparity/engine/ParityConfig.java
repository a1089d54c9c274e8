package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.mapping.SchemaMapping;
import io.github.schemaparity.policy.Policy;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything one comparison needs, in one immutable value. Build it with {@link #builder()}; only the
 * two sources are required.
 *
 * @param expected    what the project's code says the schema is
 * @param actual      what the other side really has (production, a replica, a snapshot of it)
 * @param schemas     schemas to compare; empty means every non-system schema (or, when a side is a
 *                    snapshot of chosen schemas, those)
 * @param privileges  whether granted privileges are compared
 * @param diffOptions what the diff compares beyond the defaults
 * @param policy      which differences fail the run
 * @param reportDir   where {@code report.json} is written
 * @param destructiveFixes whether {@code fix.sql} includes destructive statements (else commented out)
 * @param schemaMapping which expected schema stands for which actual schema; {@code schemas} and every
 *                    report use the actual side's names. Two MySQL/MariaDB databases are mapped
 *                    without being told when each side is one database.
 */
public record ParityConfig(Source expected, Source actual, List<String> schemas, boolean privileges,
        DiffOptions diffOptions, Policy policy, Path reportDir, boolean destructiveFixes, SchemaMapping schemaMapping) {

    /** Where reports go unless told otherwise: {@code target/schemaparity} under the working directory. */
    public static final Path DEFAULT_REPORT_DIR = Path.of("target", "schemaparity");

    public ParityConfig {
        if (expected == null) {
            throw new SchemaParityException("No expected database given: pass a JDBC URL or a snapshot file path");
        }
        if (actual == null) {
            throw new SchemaParityException("No actual database given: pass a JDBC URL or a snapshot file path");
        }
        schemas = ComparisonBuilder.cleanList(schemas);
        diffOptions = diffOptions == null ? DiffOptions.defaults() : diffOptions;
        policy = policy == null ? Policy.defaults() : policy;
        reportDir = reportDir == null ? DEFAULT_REPORT_DIR : reportDir;
        schemaMapping = schemaMapping == null ? SchemaMapping.none() : schemaMapping;
    }

    /** A configuration without a schema mapping whose fix SQL leaves destructive statements commented out. */
    public ParityConfig(Source expected, Source actual, List<String> schemas, boolean privileges,
            DiffOptions diffOptions, Policy policy, Path reportDir) {
        this(expected, actual, schemas, privileges, diffOptions, policy, reportDir, false, SchemaMapping.none());
    }

    /** A builder with the defaults: every schema, no privileges, default diff options and policy. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ParityConfig}; every setter accepts {@code null} as "keep the default". */
    public static final class Builder extends ComparisonBuilder<Builder> {
        private Source expected;
        private Source actual;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** The expected side. */
        public Builder expected(Source source) {
            this.expected = source;
            return this;
        }

        /** The expected side as a user writes it: a JDBC URL or a snapshot path (see {@link Source#parse}). */
        public Builder expected(String source) {
            return expected(Source.parse(source));
        }

        /** The actual side. */
        public Builder actual(Source source) {
            this.actual = source;
            return this;
        }

        /** The actual side as a user writes it: a JDBC URL or a snapshot path (see {@link Source#parse}). */
        public Builder actual(String source) {
            return actual(Source.parse(source));
        }

        /**
         * The configuration.
         *
         * @throws SchemaParityException when a side is missing
         */
        public ParityConfig build() {
            ComparisonSettings settings = settings();
            return new ParityConfig(expected, actual, settings.schemas(), settings.privileges(),
                    settings.diffOptions(), settings.policy(), settings.reportDir(), settings.destructiveFixes(),
                    settings.schemaMapping());
        }
    }
}
