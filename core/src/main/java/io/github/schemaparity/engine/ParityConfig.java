package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.policy.Policy;
import io.github.schemaparity.policy.RiskTable;
import io.github.schemaparity.policy.Severity;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
 */
public record ParityConfig(Source expected, Source actual, List<String> schemas, boolean privileges,
        DiffOptions diffOptions, Policy policy, Path reportDir) {

    /** Where reports go unless told otherwise: {@code target/schemaparity} under the working directory. */
    public static final Path DEFAULT_REPORT_DIR = Path.of("target", "schemaparity");

    public ParityConfig {
        if (expected == null) {
            throw new SchemaParityException("No expected database given: pass a JDBC URL or a snapshot file path");
        }
        if (actual == null) {
            throw new SchemaParityException("No actual database given: pass a JDBC URL or a snapshot file path");
        }
        schemas = cleanList(schemas);
        diffOptions = diffOptions == null ? DiffOptions.defaults() : diffOptions;
        policy = policy == null ? Policy.defaults() : policy;
        reportDir = reportDir == null ? DEFAULT_REPORT_DIR : reportDir;
    }

    /** A builder with the defaults: every schema, no privileges, default diff options and policy. */
    public static Builder builder() {
        return new Builder();
    }

    /** Trims the entries of a user-written list and drops the empty ones (as {@code a, b,} gives). */
    static List<String> cleanList(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    /** Builds a {@link ParityConfig}; every setter accepts {@code null} as "keep the default". */
    public static final class Builder {
        private Source expected;
        private Source actual;
        private List<String> schemas = List.of();
        private boolean privileges;
        private boolean columnOrder = DiffOptions.defaults().columnOrder();
        private List<String> ignore = Policy.defaults().ignore();
        private Severity failOn = Policy.defaults().failOn();
        private RiskTable riskTable = Policy.defaults().riskTable();
        private Path reportDir = DEFAULT_REPORT_DIR;

        private Builder() {
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

        /** Schemas to compare; none means every non-system schema. */
        public Builder schemas(List<String> schemas) {
            this.schemas = cleanList(schemas);
            return this;
        }

        /** Schemas to compare; none means every non-system schema. */
        public Builder schemas(String... schemas) {
            return schemas(Arrays.asList(schemas));
        }

        /** Whether granted privileges are compared (off by default). */
        public Builder privileges(boolean privileges) {
            this.privileges = privileges;
            return this;
        }

        /** Whether column order is compared (off by default). */
        public Builder columnOrder(boolean columnOrder) {
            this.columnOrder = columnOrder;
            return this;
        }

        /** Object-path globs whose differences are allowed, e.g. {@code public.audit_*}. */
        public Builder ignore(List<String> globs) {
            this.ignore = globs == null ? Policy.defaults().ignore() : cleanList(globs);
            return this;
        }

        /** The lowest severity that fails the run ({@code null} keeps the default). */
        public Builder failOn(Severity severity) {
            this.failOn = severity == null ? Policy.defaults().failOn() : severity;
            return this;
        }

        /**
         * The lowest severity that fails the run, as a user writes it ({@code low}, {@code HIGH}, ...).
         *
         * @throws SchemaParityException naming the accepted values when the text is none of them
         */
        public Builder failOn(String severity) {
            if (severity == null || severity.isBlank()) {
                return failOn((Severity) null);
            }
            try {
                return failOn(Severity.parse(severity));
            } catch (IllegalArgumentException e) {
                throw new SchemaParityException("Invalid failOn: " + e.getMessage());
            }
        }

        /** Risk scores per kind of difference ({@code null} keeps the default table). */
        public Builder riskTable(RiskTable riskTable) {
            this.riskTable = riskTable == null ? Policy.defaults().riskTable() : riskTable;
            return this;
        }

        /** Where {@code report.json} is written. */
        public Builder reportDir(Path reportDir) {
            this.reportDir = reportDir == null ? DEFAULT_REPORT_DIR : reportDir;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws SchemaParityException when a side is missing
         */
        public ParityConfig build() {
            return new ParityConfig(expected, actual, schemas, privileges, new DiffOptions(columnOrder),
                    new Policy(ignore, failOn, riskTable), reportDir);
        }
    }
}
