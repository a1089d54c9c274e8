package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.baseline.Baseline;
import io.github.schemaparity.baseline.BaselineFile;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.migrate.MigrationTool;
import io.github.schemaparity.policy.Policy;
import io.github.schemaparity.policy.RiskTable;
import io.github.schemaparity.policy.Rule;
import io.github.schemaparity.policy.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a comparison is judged and reported, whichever way its two sides were obtained: what the diff
 * compares, the policy (with its baseline), where the reports go and how fix SQL is written. One value
 * for {@code compare}, {@code check}, {@code baseline} and the JUnit extension; build it with
 * {@link #builder()} or change one with {@link #toBuilder()}.
 *
 * @param diffOptions            what the diff compares beyond the defaults
 * @param policy                 which differences fail the run
 * @param ignoreMigrationHistory whether differences in the migration tools' history tables are allowed
 *                               when the project's migrations are judged ({@code check}; {@code compare}
 *                               judges two databases, whose history tables are compared like any table)
 * @param reportDir              where the reports are written; {@code null}: {@code target/schemaparity}
 *                               under the project folder for a check, under the working directory for a compare
 * @param destructiveFixes       whether {@code fix.sql} and the adopt migration include destructive statements
 *                               (else commented out)
 */
public record JudgingConfig(DiffOptions diffOptions, Policy policy, boolean ignoreMigrationHistory, Path reportDir,
        boolean destructiveFixes) {

    /** Where reports go unless told otherwise, relative to the folder a run is based in. */
    public static final Path DEFAULT_REPORT_DIR = Path.of("target", "schemaparity");

    public JudgingConfig {
        diffOptions = diffOptions == null ? DiffOptions.defaults() : diffOptions;
        policy = policy == null ? Policy.defaults() : policy;
    }

    /** The defaults: fail on any difference, history tables allowed, no baseline, reports in the default folder. */
    public static JudgingConfig defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration, to change some of it. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The report folder, {@link #DEFAULT_REPORT_DIR} under {@code base} when none was set. */
    public Path reportDirUnder(Path base) {
        if (reportDir != null) {
            return reportDir;
        }
        return base == null ? DEFAULT_REPORT_DIR : base.resolve(DEFAULT_REPORT_DIR);
    }

    /** The policy a check applies: the user's, plus the migration tools' history tables when those are ignored. */
    public Policy checkPolicy() {
        return ignoreMigrationHistory ? policy.withAdditionalIgnores(MigrationTool.historyTableIgnores()) : policy;
    }

    /** Builds a {@link JudgingConfig}; every setter accepts {@code null} as "keep the default". */
    public static final class Builder {
        private boolean columnOrder;
        private boolean definers;
        private List<String> ignore;
        private Severity failOn;
        private RiskTable riskTable;
        private List<Rule> rules;
        private List<String> risks = List.of();
        private Baseline baseline;
        private Path baselineFile;
        private boolean baselineStrict;
        private boolean ignoreMigrationHistory = true;
        private Path reportDir;
        private boolean destructiveFixes;

        private Builder() {
            this(new JudgingConfig(null, null, true, null, false));
        }

        private Builder(JudgingConfig config) {
            Policy policy = config.policy();
            columnOrder = config.diffOptions().columnOrder();
            definers = config.diffOptions().definers();
            ignore = policy.ignore();
            failOn = policy.failOn();
            riskTable = policy.riskTable();
            rules = policy.rules();
            baseline = policy.baseline();
            baselineStrict = policy.baselineStrict();
            ignoreMigrationHistory = config.ignoreMigrationHistory();
            reportDir = config.reportDir();
            destructiveFixes = config.destructiveFixes();
        }

        /** Whether column order is compared (off by default). */
        public Builder columnOrder(boolean columnOrder) {
            this.columnOrder = columnOrder;
            return this;
        }

        /** Whether MySQL/MariaDB definers are compared (off by default: they usually differ per environment). */
        public Builder definers(boolean definers) {
            this.definers = definers;
            return this;
        }

        /** What the diff compares. */
        public Builder diffOptions(DiffOptions options) {
            this.columnOrder = (options == null ? DiffOptions.defaults() : options).columnOrder();
            this.definers = (options == null ? DiffOptions.defaults() : options).definers();
            return this;
        }

        /** Object-path globs whose differences are allowed, e.g. {@code public.audit_*}. */
        public Builder ignore(List<String> globs) {
            this.ignore = globs == null ? Policy.defaults().ignore() : SettingLists.clean(globs);
            if (globs != null && !globs.isEmpty() && this.ignore.isEmpty()) {
                throw new SchemaParityException("Ignore patterns '" + String.join(",", globs) + "' hold no pattern,"
                        + " only commas or blanks: give object paths or globs such as public.tmp_*, separated by commas");
            }
            try {
                this.ignore.forEach(io.github.schemaparity.policy.GlobPattern::compile); // named here, not mid-run
            } catch (IllegalArgumentException e) {
                throw new SchemaParityException(e.getMessage(), e);
            }
            return this;
        }

        /** Object-path globs whose differences are allowed. */
        public Builder ignore(String... globs) {
            return ignore(Arrays.asList(globs));
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

        /**
         * Allow and deny rules in their text form, e.g. {@code allow INDEX:UNEXPECTED}, {@code deny public.payment*}
         * (see {@link Rule}); an entry may hold several rules separated by {@code ;}.
         *
         * @throws SchemaParityException naming the bad rule and the accepted form
         */
        public Builder rules(List<String> rules) {
            List<Rule> parsed = new ArrayList<>();
            for (String entry : SettingLists.clean(rules)) {
                for (String text : entry.split(";")) {
                    if (text.isBlank()) {
                        continue;
                    }
                    try {
                        parsed.add(Rule.parse(text));
                    } catch (IllegalArgumentException e) {
                        throw new SchemaParityException(e.getMessage(), e);
                    }
                }
            }
            this.rules = List.copyOf(parsed);
            return this;
        }

        /** Allow and deny rules in their text form. */
        public Builder rules(String... rules) {
            return rules(Arrays.asList(rules));
        }

        /**
         * Re-ratings of kinds of difference, each {@code KEY=RISK}, e.g. {@code COLUMN:CHANGED:default=80}
         * (keys as in {@link RiskTable}); applied on top of {@link #riskTable(RiskTable)}.
         *
         * @throws SchemaParityException naming the bad re-rating and the accepted form
         */
        public Builder risks(List<String> risks) {
            this.risks = SettingLists.clean(risks);
            try {
                RiskTable.defaults().withRatings(this.risks); // fail here, where the setting is named, not later
            } catch (IllegalArgumentException e) {
                throw new SchemaParityException(e.getMessage(), e);
            }
            return this;
        }

        /** Re-ratings, each {@code KEY=RISK}. */
        public Builder risks(String... risks) {
            return risks(Arrays.asList(risks));
        }

        /**
         * The baseline file of acknowledged differences ({@code null}: none). It is read by {@link #build()},
         * so a missing or malformed file is reported before anything starts.
         */
        public Builder baseline(Path file) {
            this.baselineFile = file;
            this.baseline = Baseline.NONE;
            return this;
        }

        /** Whether baseline entries that match no difference fail the run (default no: they are reported). */
        public Builder baselineStrict(boolean strict) {
            this.baselineStrict = strict;
            return this;
        }

        /** Whether differences in flyway_schema_history, databasechangelog(lock) are allowed in a check (default yes). */
        public Builder ignoreMigrationHistory(boolean ignore) {
            this.ignoreMigrationHistory = ignore;
            return this;
        }

        /** Where the reports are written ({@code null}: the default folder, see {@link JudgingConfig#reportDir()}). */
        public Builder reportDir(Path reportDir) {
            this.reportDir = reportDir;
            return this;
        }

        /**
         * Whether the fix SQL written beside the reports includes destructive statements (drops of objects
         * holding data, narrowing types, removed enum labels, new NOT NULLs); off: they are written commented out.
         */
        public Builder destructiveFixes(boolean destructiveFixes) {
            this.destructiveFixes = destructiveFixes;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws SchemaParityException when the baseline file is missing or malformed, or an ignore glob is bad
         */
        public JudgingConfig build() {
            Baseline acknowledged = baselineFile != null ? BaselineFile.read(baselineFile) : baseline;
            Policy policy = new Policy(ignore, failOn, riskTable.withRatings(risks), rules, acknowledged, baselineStrict);
            return new JudgingConfig(new DiffOptions(columnOrder, definers), policy, ignoreMigrationHistory, reportDir,
                    destructiveFixes);
        }
    }
}
