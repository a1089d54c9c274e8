package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.baseline.Baseline;
import io.github.schemaparity.baseline.BaselineFile;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.mapping.SchemaMapping;
import io.github.schemaparity.policy.Policy;
import io.github.schemaparity.policy.RiskTable;
import io.github.schemaparity.policy.Rule;
import io.github.schemaparity.policy.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The settings every comparison takes, whichever way its two sides are obtained: which schemas, whether
 * privileges and column order count, the policy and the report folder. {@link ParityConfig.Builder} and
 * {@link CheckConfig.Builder} extend it, so both accept these settings the same way. Every setter
 * accepts {@code null} as "keep the default".
 *
 * @param <B> the concrete builder, returned by every setter so calls chain
 */
public abstract class ComparisonBuilder<B extends ComparisonBuilder<B>> {
    private List<String> schemas = List.of();
    private boolean privileges;
    private boolean columnOrder = DiffOptions.defaults().columnOrder();
    private List<String> ignore = Policy.defaults().ignore();
    private Severity failOn = Policy.defaults().failOn();
    private RiskTable riskTable = Policy.defaults().riskTable();
    private Path reportDir;
    private List<Rule> rules = List.of();
    private List<String> risks = List.of();
    private Path baseline;
    private boolean baselineStrict;
    private boolean destructiveFixes;
    private SchemaMapping schemaMapping = SchemaMapping.none();

    // Package-private: only this package's configurations are built this way.
    ComparisonBuilder() {
    }

    abstract B self();

    /** Trims the entries of a user-written list and drops the empty ones (as {@code a, b,} gives). */
    static List<String> cleanList(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    /** Schemas to compare; none: a reference snapshot's schemas where there is one, else every non-system schema. */
    public B schemas(List<String> schemas) {
        this.schemas = cleanList(schemas);
        return self();
    }

    /** Schemas to compare. */
    public B schemas(String... schemas) {
        return schemas(Arrays.asList(schemas));
    }

    /** Whether granted privileges are compared (off by default). */
    public B privileges(boolean privileges) {
        this.privileges = privileges;
        return self();
    }

    /** Whether column order is compared (off by default). */
    public B columnOrder(boolean columnOrder) {
        this.columnOrder = columnOrder;
        return self();
    }

    /** Object-path globs whose differences are allowed, e.g. {@code public.audit_*}. */
    public B ignore(List<String> globs) {
        this.ignore = globs == null ? Policy.defaults().ignore() : cleanList(globs);
        if (globs != null && !globs.isEmpty() && this.ignore.isEmpty()) {
            throw new SchemaParityException("Ignore patterns '" + String.join(",", globs) + "' hold no pattern, only"
                    + " commas or blanks: give object paths or globs such as public.tmp_*, separated by commas");
        }
        try {
            this.ignore.forEach(io.github.schemaparity.policy.GlobPattern::compile); // named here, not mid-run
        } catch (IllegalArgumentException e) {
            throw new SchemaParityException(e.getMessage(), e);
        }
        return self();
    }

    /** The lowest severity that fails the run ({@code null} keeps the default). */
    public B failOn(Severity severity) {
        this.failOn = severity == null ? Policy.defaults().failOn() : severity;
        return self();
    }

    /**
     * The lowest severity that fails the run, as a user writes it ({@code low}, {@code HIGH}, ...).
     *
     * @throws SchemaParityException naming the accepted values when the text is none of them
     */
    public B failOn(String severity) {
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
    public B riskTable(RiskTable riskTable) {
        this.riskTable = riskTable == null ? Policy.defaults().riskTable() : riskTable;
        return self();
    }

    /**
     * Allow and deny rules in their text form, e.g. {@code allow INDEX:UNEXPECTED}, {@code deny public.payment*}
     * (see {@link Rule}); an entry may hold several rules separated by {@code ;}.
     *
     * @throws SchemaParityException naming the bad rule and the accepted form
     */
    public B rules(List<String> rules) {
        List<Rule> parsed = new ArrayList<>();
        for (String entry : cleanList(rules)) {
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
        return self();
    }

    /** Allow and deny rules in their text form. */
    public B rules(String... rules) {
        return rules(Arrays.asList(rules));
    }

    /**
     * Re-ratings of kinds of difference, each {@code KEY=RISK}, e.g. {@code COLUMN:CHANGED:default=80}
     * (keys as in {@link RiskTable}); applied on top of {@link #riskTable(RiskTable)}.
     *
     * @throws SchemaParityException naming the bad re-rating and the accepted form
     */
    public B risks(List<String> risks) {
        this.risks = cleanList(risks);
        try {
            RiskTable.defaults().withRatings(this.risks); // fail here, where the setting is named, not later
        } catch (IllegalArgumentException e) {
            throw new SchemaParityException(e.getMessage(), e);
        }
        return self();
    }

    /** Re-ratings, each {@code KEY=RISK}. */
    public B risks(String... risks) {
        return risks(Arrays.asList(risks));
    }

    /**
     * The baseline file of acknowledged differences ({@code null}: none). It is read when the configuration
     * is built, so a missing or malformed file is reported before anything starts.
     */
    public B baseline(Path file) {
        this.baseline = file;
        return self();
    }

    /** Whether baseline entries that match no difference fail the run (default no: they are reported). */
    public B baselineStrict(boolean strict) {
        this.baselineStrict = strict;
        return self();
    }

    /** Where {@code report.json} is written ({@code null}: the configuration's default folder). */
    public B reportDir(Path reportDir) {
        this.reportDir = reportDir;
        return self();
    }

    /**
     * Whether the fix SQL written beside the reports includes destructive statements (drops of objects
     * holding data, narrowing types, removed enum labels, new NOT NULLs); off: they are written commented out.
     */
    public B destructiveFixes(boolean destructiveFixes) {
        this.destructiveFixes = destructiveFixes;
        return self();
    }

    /**
     * Which expected-side schema stands for which actual-side schema ({@code null}: none). On
     * MySQL/MariaDB, where each side is one database, the two databases are mapped without being told.
     */
    public B schemaMapping(SchemaMapping mapping) {
        this.schemaMapping = mapping == null ? SchemaMapping.none() : mapping;
        return self();
    }

    /**
     * The schema mapping as a user writes it: {@code expected=actual} pairs separated by commas, e.g.
     * {@code staging=public} (the expected side's {@code staging} is compared with the actual side's
     * {@code public}; reports name {@code public}).
     *
     * @throws SchemaParityException when an entry is not of the form {@code expected=actual}
     */
    public B schemaMapping(String mapping) {
        return schemaMapping(SchemaMapping.parse(mapping));
    }

    /** What was set, for the concrete builder's {@code build()}. */
    ComparisonSettings settings() {
        RiskTable rated = riskTable.withRatings(risks);
        Baseline acknowledged = baseline == null ? Baseline.NONE : BaselineFile.read(baseline);
        return new ComparisonSettings(schemas, privileges, new DiffOptions(columnOrder),
                new Policy(ignore, failOn, rated, rules, acknowledged, baselineStrict), reportDir, destructiveFixes,
                schemaMapping);
    }

    /** The shared settings as the configurations' records take them; {@code reportDir} may be {@code null}. */
    record ComparisonSettings(List<String> schemas, boolean privileges, DiffOptions diffOptions, Policy policy,
            Path reportDir, boolean destructiveFixes, SchemaMapping schemaMapping) {
        ComparisonSettings(List<String> schemas, boolean privileges, DiffOptions diffOptions, Policy policy,
                Path reportDir) {
            this(schemas, privileges, diffOptions, policy, reportDir, false, SchemaMapping.none());
        }
    }
}
