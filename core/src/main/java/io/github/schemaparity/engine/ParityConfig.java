package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.mapping.SchemaMapping;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Everything one {@link ParityEngine#compare compare} needs, in one immutable value: the two sides,
 * which schemas are captured and how they are paired, and how the comparison is judged. Build it with
 * {@link #builder()} (only the two sources are required) or change one with {@link #toBuilder()}.
 *
 * @param expected      what the project's code says the schema is
 * @param actual        what the other side really has (production, a replica, a snapshot of it)
 * @param schemas       schemas to compare; empty means every non-system schema (or, when a side is a
 *                      snapshot of chosen schemas, those)
 * @param privileges    whether granted privileges are compared
 * @param schemaMapping which expected schema stands for which actual schema; {@code schemas} and every
 *                      report use the actual side's names. Two MySQL/MariaDB databases are mapped
 *                      without being told when each side is one database.
 * @param judging       the diff options, policy, report folder (default: {@code target/schemaparity}
 *                      under the working directory) and fix settings
 */
public record ParityConfig(Source expected, Source actual, List<String> schemas, boolean privileges,
        SchemaMapping schemaMapping, JudgingConfig judging) {

    /** Where reports go unless told otherwise: {@code target/schemaparity} under the working directory. */
    public static final java.nio.file.Path DEFAULT_REPORT_DIR = JudgingConfig.DEFAULT_REPORT_DIR;

    public ParityConfig {
        if (expected == null) {
            throw new SchemaParityException("No expected database given: pass a JDBC URL or a snapshot file path");
        }
        if (actual == null) {
            throw new SchemaParityException("No actual database given: pass a JDBC URL or a snapshot file path");
        }
        schemas = SettingLists.clean(schemas);
        schemaMapping = schemaMapping == null ? SchemaMapping.none() : schemaMapping;
        judging = judging == null ? JudgingConfig.defaults() : judging;
    }

    /** A builder with the defaults: every schema, no privileges, default judging. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration, to change some of it. */
    public Builder toBuilder() {
        return new Builder().expected(expected).actual(actual).schemas(schemas).privileges(privileges)
                .schemaMapping(schemaMapping).judging(judging);
    }

    /** Builds a {@link ParityConfig}; every setter accepts {@code null} as "keep the default". */
    public static final class Builder extends SchemaSettings<Builder> {
        private Source expected;
        private Source actual;
        private JudgingConfig judging = JudgingConfig.defaults();

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

        /** How the comparison is judged ({@code null}: {@link JudgingConfig#defaults()}). */
        public Builder judging(JudgingConfig judging) {
            this.judging = judging == null ? JudgingConfig.defaults() : judging;
            return this;
        }

        /**
         * Changes the judging set so far, e.g. {@code judging(j -> j.failOn("HIGH").reportDir(dir))}.
         *
         * @throws SchemaParityException when a changed setting is invalid (as the judging builder says)
         */
        public Builder judging(UnaryOperator<JudgingConfig.Builder> change) {
            return judging(change.apply(judging.toBuilder()).build());
        }

        /**
         * The configuration.
         *
         * @throws SchemaParityException when a side is missing
         */
        public ParityConfig build() {
            return new ParityConfig(expected, actual, schemas, privileges, schemaMapping, judging);
        }
    }
}
