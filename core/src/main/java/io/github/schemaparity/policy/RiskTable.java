package io.github.schemaparity.policy;

import io.github.schemaparity.diff.Difference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rates each difference 0-100 by how likely it is to break the application or lose data; the rating's
 * band is its {@link Severity}.
 *
 * <h2>Keys</h2>
 * A rule's key is {@code OBJECTTYPE}, {@code OBJECTTYPE:CHANGE} or {@code OBJECTTYPE:CHANGE:attribute},
 * optionally followed by {@code /qualifier}; {@code *} stands for any object type, and an attribute
 * {@code prefix.*} for every attribute under that prefix (table options such as {@code storage.fillfactor}).
 * Qualifiers refine a rule from the {@link io.github.schemaparity.diff.Fact}s the diff established for the difference:
 * <ul>
 * <li>{@code COLUMN:UNEXPECTED/required}: the unexpected column is NOT NULL without a default, so every
 * INSERT written by the code (which does not know the column) fails;</li>
 * <li>{@code COLUMN:CHANGED:type/widened} and {@code /narrowed}: the actual type holds more (e.g.
 * {@code varchar(50)} to {@code varchar(255)}, {@code integer} to {@code bigint}) or fewer values;</li>
 * <li>{@code COLUMN:CHANGED:nullable/tightened} (actual is NOT NULL where the code allows null) and
 * {@code /relaxed} (actual allows null where the code says NOT NULL);</li>
 * <li>{@code INDEX:MISSING/unique}, {@code INDEX:UNEXPECTED/unique} and {@code INDEX:CHANGED:valid/unique}:
 * the index enforces uniqueness;</li>
 * <li>{@code SETTING:CHANGED/<name>}: the server setting's name, e.g. {@code SETTING:CHANGED/sql_mode},
 * {@code SETTING:CHANGED/TimeZone}.</li>
 * </ul>
 *
 * <h2>Which rule applies</h2>
 * Overrides come before defaults. Within each, the first key found wins, in this order:
 * {@code TYPE:CHANGE:attribute/qualifier}, {@code TYPE:CHANGE:attribute}, {@code TYPE:CHANGE:prefix.*},
 * {@code *:CHANGE:attribute}, {@code TYPE:CHANGE/qualifier}, {@code TYPE:CHANGE}, {@code TYPE},
 * {@code *:CHANGE}, {@code *}. An attribute rule thus beats an object-type rule: a comment is cosmetic on
 * any object.
 *
 * <h2>Defaults and why</h2>
 * See {@link #defaultRules()} for the full list, each with its reason; {@link #describe()} prints it.
 * The principles: an object the code uses but production lacks breaks the application when the code
 * path runs (tables, columns, views, routines, types: 80-95). An object production has but the code does
 * not know is mostly harmless (10-25), unless it rejects writes the code makes (a NOT NULL column
 * without default, a unique or check constraint, a trigger: 50-85). Missing integrity rules let bad
 * data in (foreign keys, uniques, checks: 50-70); missing plain indexes cost performance (45); cosmetic
 * differences (comments, names, cache sizes) are LOW.
 *
 * <table>
 * <caption>Headline defaults (full list: {@link #defaultRules()})</caption>
 * <tr><th>Key</th><th>Risk</th><th>Why</th></tr>
 * <tr><td>TABLE:MISSING, SCHEMA:MISSING</td><td>95</td><td>every query on it fails</td></tr>
 * <tr><td>COLUMN:MISSING</td><td>90</td><td>every query naming it fails</td></tr>
 * <tr><td>VIEW/ROUTINE/TYPE/DOMAIN:MISSING</td><td>85</td><td>every use fails</td></tr>
 * <tr><td>COLUMN:UNEXPECTED/required</td><td>85</td><td>NOT NULL without default: the code's inserts fail</td></tr>
 * <tr><td>COLUMN:UNEXPECTED</td><td>20</td><td>nullable or defaulted: harmless to the code</td></tr>
 * <tr><td>COLUMN:CHANGED:type</td><td>60 (widened 30, narrowed 75)</td><td>values may not fit</td></tr>
 * <tr><td>COLUMN:CHANGED:nullable</td><td>70 (tightened 75, relaxed 55)</td><td>null writes fail, or nulls
 * reach code that assumes none</td></tr>
 * <tr><td>COLUMN:CHANGED:default</td><td>40</td><td>omitted columns store another value</td></tr>
 * <tr><td>PRIMARY_KEY:MISSING</td><td>70</td><td>duplicates; upserts fail</td></tr>
 * <tr><td>UNIQUE:MISSING / UNEXPECTED</td><td>60 / 55</td><td>duplicates enter / valid inserts rejected</td></tr>
 * <tr><td>FOREIGN_KEY:MISSING / UNEXPECTED</td><td>55 / 50</td><td>orphans / writes rejected</td></tr>
 * <tr><td>INDEX:MISSING / UNEXPECTED</td><td>45 / 25</td><td>slow queries / a hotfix index in production
 * (unique: 60 / 55)</td></tr>
 * <tr><td>TRIGGER:MISSING</td><td>65</td><td>logic the code relies on does not run</td></tr>
 * <tr><td>POLICY:MISSING</td><td>75</td><td>row-level security hides or exposes rows</td></tr>
 * <tr><td>PRIVILEGE:MISSING / UNEXPECTED</td><td>30</td><td>grants often differ per environment</td></tr>
 * <tr><td>EXTENSION:CHANGED:version</td><td>30</td><td>functions may behave differently</td></tr>
 * <tr><td>SETTING:CHANGED/sql_mode, /time_zone, /TimeZone</td><td>75, 70, 70</td><td>writes rejected or
 * silently truncated; timestamps shift</td></tr>
 * <tr><td>SETTING:CHANGED/server_encoding, /lc_collate, /collation_server</td><td>80, 65, 60</td><td>text
 * stored, sorted and compared differently</td></tr>
 * <tr><td>*:CHANGED:name</td><td>10</td><td>same structure under another name</td></tr>
 * <tr><td>*:CHANGED:comment</td><td>5</td><td>cosmetic</td></tr>
 * <tr><td>*:MISSING / *:UNEXPECTED / *:CHANGED</td><td>50 / 20 / 30</td><td>anything not listed</td></tr>
 * </table>
 */
public final class RiskTable {
    /** The risk of a difference no rule rates. */
    static final int FALLBACK_RISK = 50;

    /**
     * One rule of the table.
     *
     * @param key    the key, e.g. {@code COLUMN:CHANGED:type/widened}
     * @param risk   0-100
     * @param reason why this risk, in a few words
     */
    public record Rule(String key, int risk, String reason) {
    }

    private static final Map<String, Integer> DEFAULTS = DefaultRiskRules.BY_KEY;

    private final Map<String, Integer> overrides;

    private RiskTable(Map<String, Integer> overrides) {
        this.overrides = overrides;
    }

    /** The documented default ratings, see {@link #defaultRules()}. */
    public static RiskTable defaults() {
        return new RiskTable(Map.of());
    }

    /** The default rules with their reasons, in the order they are documented. */
    public static List<Rule> defaultRules() {
        return DefaultRiskRules.RULES;
    }

    /**
     * A copy of this table where {@code key} rates {@code risk}; an override beats every default rule and
     * less specific overrides.
     *
     * @throws IllegalArgumentException when the key does not name an object type and change, or the risk
     *                                  is outside 0-100
     */
    public RiskTable withOverride(String key, int risk) {
        String normalized = RiskKeys.validate(key);
        if (risk < 0 || risk > 100) {
            throw new IllegalArgumentException("Risk " + risk + " for '" + key + "' is out of range: use 0 to 100");
        }
        Map<String, Integer> copy = new LinkedHashMap<>(overrides);
        copy.put(normalized, risk);
        return new RiskTable(Collections.unmodifiableMap(copy));
    }

    /** A copy with every override of the map applied, as by {@link #withOverride(String, int)}. */
    public RiskTable withOverrides(Map<String, Integer> risks) {
        RiskTable table = this;
        for (Map.Entry<String, Integer> entry : risks.entrySet()) {
            table = table.withOverride(entry.getKey(), entry.getValue());
        }
        return table;
    }

    /** The accepted form of a re-rating, as every parse error states it. */
    public static final String RATING_FORM = "KEY=RISK, KEY being OBJECTTYPE[:CHANGE[:attribute]][/qualifier]"
            + " and RISK 0 to 100, e.g. COLUMN:CHANGED:default=80 or INDEX:UNEXPECTED=10";

    /**
     * A copy with every re-rating applied, each written {@code KEY=RISK} (e.g. {@code COLUMN:CHANGED:default=80}),
     * as by {@link #withOverride(String, int)}; later ones win.
     *
     * @throws IllegalArgumentException with one line naming the bad re-rating and the accepted form
     */
    public RiskTable withRatings(List<String> ratings) {
        RiskTable table = this;
        for (String rating : ratings) {
            if (rating == null || rating.isBlank()) {
                continue;
            }
            String text = rating.strip();
            int equals = text.lastIndexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("Invalid risk '" + text + "': no '=RISK'; write " + RATING_FORM);
            }
            String key = text.substring(0, equals).strip();
            int risk;
            try {
                risk = Integer.parseInt(text.substring(equals + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Invalid risk '" + text + "': '" + text.substring(equals + 1).strip()
                        + "' is not a number; write " + RATING_FORM);
            }
            try {
                table = table.withOverride(key, risk);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Invalid risk '" + text + "': " + e.getMessage() + "; write "
                        + RATING_FORM, e);
            }
        }
        return table;
    }

    /** The overrides applied to the defaults, by key. */
    public Map<String, Integer> overrides() {
        return overrides;
    }

    /** The risk of a difference, 0-100. */
    public int risk(Difference difference) {
        List<String> keys = RiskKeys.candidateKeys(difference);
        for (String key : keys) {
            Integer risk = overrides.get(key);
            if (risk != null) {
                return risk;
            }
        }
        for (String key : keys) {
            Integer risk = DEFAULTS.get(key);
            if (risk != null) {
                return risk;
            }
        }
        return FALLBACK_RISK;
    }

    /** The severity band of {@link #risk(Difference)}. */
    public Severity severity(Difference difference) {
        return Severity.ofRisk(risk(difference));
    }

    /** The default rules as aligned text lines ({@code key  risk  severity  reason}), overrides listed first. */
    public List<String> describe() {
        List<Rule> rules = new ArrayList<>();
        overrides.forEach((key, risk) -> rules.add(new Rule(key, risk, "override")));
        rules.addAll(DefaultRiskRules.RULES);
        int width = rules.stream().mapToInt(r -> r.key().length()).max().orElse(0);
        return rules.stream()
                .map(r -> String.format(Locale.ROOT, "%-" + width + "s  %3d  %-8s  %s", r.key(), r.risk(),
                        Severity.ofRisk(r.risk()), r.reason()))
                .collect(Collectors.toUnmodifiableList());
    }
}
