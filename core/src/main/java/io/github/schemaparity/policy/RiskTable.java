package io.github.schemaparity.policy;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.Fact;
import io.github.schemaparity.diff.ObjectType;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Qualifiers refine a rule from the {@link Fact}s the diff established for the difference:
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

    private static final List<Rule> DEFAULT_RULES = KindRisks.appendedTo(List.of(
            rule("*:MISSING", 50, "an object the code expects is absent"),
            rule("*:UNEXPECTED", 20, "an object the code does not know; rarely breaks it"),
            rule("*:CHANGED", 30, "an attribute differs"),
            rule("*:CHANGED:comment", 5, "cosmetic"),
            rule("*:CHANGED:name", 10, "same structure under another name; breaks only code that names it"),

            rule("SCHEMA:MISSING", 95, "every object the code uses in it is absent"),
            rule("SCHEMA:UNEXPECTED", 10, "unused by the code"),

            rule("TABLE:MISSING", 95, "every query on it fails"),
            rule("TABLE:UNEXPECTED", 15, "unused by the code; leftover or drift"),
            rule("TABLE:CHANGED:kind", 60, "partitioned vs plain: keys, indexes and attach behave differently"),
            rule("TABLE:CHANGED:persistence", 60, "an unlogged table loses its rows on a crash"),
            rule("TABLE:CHANGED:rowSecurity", 80, "row-level security off exposes rows, on hides them"),
            rule("TABLE:CHANGED:forceRowSecurity", 60, "changes what the table owner sees"),
            rule("TABLE:CHANGED:partitionKey", 60, "rows route to other partitions or fail to insert"),
            rule("TABLE:CHANGED:partitionOf", 50, "the table belongs to another parent"),
            rule("TABLE:CHANGED:partitionBound", 50, "rows route to another partition or fail to insert"),
            rule("TABLE:CHANGED:partitions", 45, "MySQL/MariaDB partitions or their bounds differ: rows route"
                    + " elsewhere, inserts beyond the last bound fail, partition maintenance breaks"),
            rule("TABLE:CHANGED:storage.*", 10, "storage tuning; no effect on results"),

            rule("COLUMN:MISSING", 90, "every query naming it fails"),
            rule("COLUMN:UNEXPECTED", 20, "nullable or defaulted: the code's inserts still work"),
            rule("COLUMN:UNEXPECTED/required", 85, "NOT NULL without default: every insert from the code fails"),
            rule("COLUMN:CHANGED", 40, "an attribute of the column differs"),
            rule("COLUMN:CHANGED:type", 60, "values may not convert, compare or fit the same way"),
            rule("COLUMN:CHANGED:type/widened", 30, "production holds everything the code writes"),
            rule("COLUMN:CHANGED:type/narrowed", 75, "values the code considers valid are rejected or truncated"),
            rule("COLUMN:CHANGED:nullable", 70, "nullability differs"),
            rule("COLUMN:CHANGED:nullable/tightened", 75, "inserts and updates writing null fail"),
            rule("COLUMN:CHANGED:nullable/relaxed", 55, "nulls reach code that assumes none"),
            rule("COLUMN:CHANGED:default", 40, "inserts that omit the column store another value"),
            rule("COLUMN:CHANGED:identity", 60, "inserts without a key value fail, or explicit values are refused"),
            rule("COLUMN:CHANGED:generated", 60, "writes to a generated column fail; values differ"),
            rule("COLUMN:CHANGED:collation", 35, "sorting, comparison and uniqueness of text change"),
            rule("COLUMN:CHANGED:position", 10, "only SELECT * and positional INSERT notice"),

            rule("PRIMARY_KEY:MISSING", 70, "duplicate rows possible; upserts on the key fail"),
            rule("PRIMARY_KEY:UNEXPECTED", 40, "inserts of rows the code thinks distinct may fail"),
            rule("PRIMARY_KEY:CHANGED", 65, "identity of rows differs: duplicates or rejected inserts"),

            rule("FOREIGN_KEY:MISSING", 55, "orphan rows can enter"),
            rule("FOREIGN_KEY:UNEXPECTED", 50, "inserts and deletes the code makes may be rejected"),
            rule("FOREIGN_KEY:CHANGED", 45, "referential behaviour differs"),
            rule("FOREIGN_KEY:CHANGED:onDelete", 60, "deletes cascade, fail or null out rows differently"),
            rule("FOREIGN_KEY:CHANGED:onUpdate", 40, "key updates propagate differently"),
            rule("FOREIGN_KEY:CHANGED:columns", 60, "another relationship is enforced"),
            rule("FOREIGN_KEY:CHANGED:referencedTable", 60, "another relationship is enforced"),
            rule("FOREIGN_KEY:CHANGED:referencedColumns", 60, "another relationship is enforced"),
            rule("FOREIGN_KEY:CHANGED:validated", 20, "existing rows were not checked"),
            rule("FOREIGN_KEY:CHANGED:match", 45, "rows with some null key columns are rejected (MATCH FULL) or"
                    + " pass unchecked (MATCH SIMPLE)"),

            rule("UNIQUE:MISSING", 60, "duplicates can enter; ON CONFLICT on it fails"),
            rule("UNIQUE:UNEXPECTED", 55, "inserts the code considers valid are rejected"),
            rule("UNIQUE:CHANGED", 50, "uniqueness is enforced differently"),
            rule("UNIQUE:CHANGED:columns", 60, "another combination is unique"),

            rule("CHECK:MISSING", 50, "invalid rows can enter"),
            rule("CHECK:UNEXPECTED", 55, "writes the code considers valid may be rejected"),
            rule("CHECK:CHANGED", 50, "another rule is enforced"),
            rule("CHECK:CHANGED:validated", 20, "existing rows were not checked"),

            rule("INDEX:MISSING", 45, "queries that rely on it slow down"),
            rule("INDEX:MISSING/unique", 60, "duplicates can enter; ON CONFLICT on it fails"),
            rule("INDEX:UNEXPECTED", 25, "a hotfix index in production; costs writes, breaks nothing"),
            rule("INDEX:UNEXPECTED/unique", 55, "inserts the code considers valid are rejected"),
            rule("INDEX:CHANGED", 35, "query plans change"),
            rule("INDEX:CHANGED:unique", 60, "uniqueness enforced on one side only"),
            rule("INDEX:CHANGED:columns", 40, "queries that rely on it slow down"),
            rule("INDEX:CHANGED:predicate", 40, "covers other rows"),
            rule("INDEX:CHANGED:include", 20, "index-only scans change"),
            // kinds of issue 12
            rule("INDEX:CHANGED:valid", 45, "an INVALID index (failed CREATE INDEX CONCURRENTLY) is never used:"
                    + " queries that rely on it slow down"),
            rule("INDEX:CHANGED:valid/unique", 75, "an INVALID unique index enforces nothing: duplicates enter"
                    + " and ON CONFLICT on it fails"),

            rule("TRIGGER:MISSING", 65, "logic the code relies on (audit, timestamps) does not run"),
            rule("TRIGGER:UNEXPECTED", 55, "unknown logic runs on every write"),
            rule("TRIGGER:CHANGED", 50, "the trigger runs at other times or does other things"),
            rule("TRIGGER:CHANGED:enabled", 60, "the trigger does not run, or runs where it should not"),

            rule("POLICY:MISSING", 75, "row-level security hides or exposes rows"),
            rule("POLICY:UNEXPECTED", 60, "row-level security hides or exposes rows"),
            rule("POLICY:CHANGED", 60, "row-level security hides or exposes other rows"),

            rule("PRIVILEGE:MISSING", 30, "a role may be refused access; grants often differ per environment"),
            rule("PRIVILEGE:UNEXPECTED", 30, "a role has more access than the code grants"),

            rule("VIEW:MISSING", 85, "every query on it fails"),
            rule("VIEW:UNEXPECTED", 10, "unused by the code"),
            rule("VIEW:CHANGED:definition", 50, "returns other rows or columns"),
            rule("VIEW:CHANGED:materialized", 60, "a materialized view returns stale rows until refreshed"),
            rule("MATERIALIZED_VIEW:MISSING", 85, "every query on it fails"),
            rule("MATERIALIZED_VIEW:UNEXPECTED", 10, "unused by the code"),
            rule("MATERIALIZED_VIEW:CHANGED:definition", 50, "returns other rows or columns"),
            rule("MATERIALIZED_VIEW:CHANGED:materialized", 60, "refresh calls fail on a plain view"),

            rule("SEQUENCE:MISSING", 80, "nextval fails, and with it inserts"),
            rule("SEQUENCE:UNEXPECTED", 10, "unused by the code"),
            rule("SEQUENCE:CHANGED:dataType", 50, "overflows at another value"),
            rule("SEQUENCE:CHANGED:increment", 50, "ids step differently; code reserving ranges breaks"),
            rule("SEQUENCE:CHANGED:cycle", 50, "wraps around to reuse ids"),
            rule("SEQUENCE:CHANGED:maxValue", 40, "runs out at another value"),
            rule("SEQUENCE:CHANGED:minValue", 30, "bounds differ"),
            rule("SEQUENCE:CHANGED:start", 10, "matters only before first use"),
            rule("SEQUENCE:CHANGED:cache", 5, "performance only; gaps in ids"),
            rule("SEQUENCE:CHANGED:ownedBy", 15, "dropped with another column"),

            rule("ROUTINE:MISSING", 85, "every call fails"),
            rule("ROUTINE:UNEXPECTED", 15, "unused by the code; may shadow an overload"),
            rule("ROUTINE:CHANGED", 50, "the routine behaves differently"),
            rule("ROUTINE:CHANGED:body", 55, "the routine computes something else"),
            rule("ROUTINE:CHANGED:returnType", 70, "callers read another type"),
            rule("ROUTINE:CHANGED:kind", 60, "function vs procedure: calls fail"),
            rule("ROUTINE:CHANGED:arguments", 40, "named or defaulted arguments differ"),
            rule("ROUTINE:CHANGED:securityDefiner", 60, "runs with other privileges"),
            rule("ROUTINE:CHANGED:strict", 40, "null inputs give null or are processed"),
            rule("ROUTINE:CHANGED:volatility", 30, "planner caching and index use differ"),
            rule("ROUTINE:CHANGED:language", 30, "another implementation"),
            rule("ROUTINE:CHANGED:settings", 60, "the routine runs with other settings; a SECURITY DEFINER function"
                    + " without SET search_path runs objects of schemas its callers control"),

            rule("TYPE:MISSING", 85, "columns and casts using it fail"),
            rule("TYPE:UNEXPECTED", 10, "unused by the code"),
            rule("TYPE:CHANGED:labels", 65, "values the code writes are rejected, or sort differently"),

            rule("DOMAIN:MISSING", 85, "columns and casts using it fail"),
            rule("DOMAIN:UNEXPECTED", 10, "unused by the code"),
            rule("DOMAIN:CHANGED", 50, "values are checked differently"),
            rule("DOMAIN:CHANGED:baseType", 60, "values may not convert or fit"),
            rule("DOMAIN:CHANGED:nullable", 60, "nulls are rejected or allowed"),
            rule("DOMAIN:CHANGED:checks", 55, "values are rejected or allowed"),
            rule("DOMAIN:CHANGED:default", 40, "omitted values store another value"),
            rule("DOMAIN:CHANGED:collation", 35, "sorting and comparison change"),

            rule("EXTENSION:MISSING", 80, "the functions and types it provides are absent"),
            rule("EXTENSION:UNEXPECTED", 10, "unused by the code"),
            rule("EXTENSION:CHANGED:version", 30, "functions may behave differently"),
            rule("EXTENSION:CHANGED:schema", 40, "unqualified calls may not resolve"),

            rule("SETTING:MISSING", 40, "behaviour rests on the server default"),
            rule("SETTING:UNEXPECTED", 20, "a setting only one side reports"),
            rule("SETTING:CHANGED", 40, "time zones, date styles or SQL modes change results"),
            // settings: SETTING:CHANGED/<setting name> (issue 5)
            rule("SETTING:CHANGED/sql_mode", 75, "a stricter mode rejects writes the tests accepted, a looser one"
                    + " silently truncates values and stores zero dates"),
            rule("SETTING:CHANGED/time_zone", 70, "NOW() and TIMESTAMP values shift by the zones' offset"),
            rule("SETTING:CHANGED/system_time_zone", 30, "matters where time_zone is SYSTEM (then time_zone differs"
                    + " too); the host's zone abbreviation also changes with daylight saving time"),
            rule("SETTING:CHANGED/character_set_server", 60, "databases and tables created without a character set"
                    + " get another one"),
            rule("SETTING:CHANGED/collation_server", 60, "comparison, sorting and uniqueness of text created with"
                    + " the default collation differ"),
            rule("SETTING:CHANGED/lower_case_table_names", 75, "table names resolve by another case rule: queries"
                    + " spelling a name in another case fail on one side"),
            rule("SETTING:CHANGED/explicit_defaults_for_timestamp", 55, "TIMESTAMP columns declared without NULL or"
                    + " DEFAULT get other defaults and nullability"),
            rule("SETTING:CHANGED/default_storage_engine", 60, "tables created without ENGINE= get another engine"
                    + " (MyISAM: no transactions, no foreign keys)"),
            rule("SETTING:CHANGED/TimeZone", 70, "now() and timestamptz values convert to other local times"),
            rule("SETTING:CHANGED/DateStyle", 40, "dates print differently and ambiguous input like 01/02/2024"
                    + " parses as another day"),
            rule("SETTING:CHANGED/standard_conforming_strings", 70, "backslashes in string literals mean"
                    + " something else: stored values differ"),
            rule("SETTING:CHANGED/server_encoding", 80, "characters one side stores the other cannot"),
            rule("SETTING:CHANGED/lc_collate", 65, "text sorts and compares differently; text indexes order"
                    + " differently"),
            rule("SETTING:CHANGED/lc_ctype", 60, "upper(), lower() and character classes behave differently"),
            // /settings
            // events (MySQL/MariaDB scheduled jobs, issue 5)
            rule("EVENT:MISSING", 60, "a scheduled job the code relies on (cleanup, aggregation) does not run"),
            rule("EVENT:UNEXPECTED", 40, "an unknown scheduled job changes data"),
            rule("EVENT:CHANGED", 45, "the scheduled job runs at other times or does other things"),
            rule("EVENT:CHANGED:status", 60, "the job does not run, or runs where it should not"),
            rule("EVENT:CHANGED:body", 50, "the job does something else"),
            // /events
            // database and role settings (pg_db_role_setting, issue 12)
            rule("DATABASE_SETTING:MISSING", 45, "sessions get the server default instead (search_path, timeouts,"
                    + " work_mem): unqualified names may resolve elsewhere, queries behave differently"),
            rule("DATABASE_SETTING:UNEXPECTED", 35, "every session gets a value the code was not tested with"),
            rule("DATABASE_SETTING:CHANGED", 45, "every session gets another value"),
            rule("ROLE_SETTING", 20, "role settings are usually environmental: each environment has its own roles"),
            // /database and role settings

            rule("MIGRATION:MISSING", 70, "a migration has not been applied"),
            rule("MIGRATION:UNEXPECTED", 60, "a migration the code does not know was applied"),
            rule("MIGRATION:CHANGED", 50, "an applied migration was edited afterwards"),
            // Version awareness: rows of production's migration history against the project's.
            rule("MIGRATION:CHANGED:checksum", 65, "edited after production applied it: the tool's validation fails "
                    + "the next deploy, and the project no longer says what production ran"),
            rule("MIGRATION:CHANGED:success", 85, "failed in production: its changes may be half applied, and the "
                    + "tool refuses to migrate until it is repaired"),
            rule("MIGRATION:CHANGED:order", 35, "applied out of order: later migrations ran against a schema they "
                    + "were not written for")));

    private static final Map<String, Integer> DEFAULTS = index(DEFAULT_RULES);

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
        return DEFAULT_RULES;
    }

    /**
     * A copy of this table where {@code key} rates {@code risk}; an override beats every default rule and
     * less specific overrides.
     *
     * @throws IllegalArgumentException when the key does not name an object type and change, or the risk
     *                                  is outside 0-100
     */
    public RiskTable withOverride(String key, int risk) {
        String normalized = validate(key);
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
        List<String> keys = candidateKeys(difference);
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
        rules.addAll(DEFAULT_RULES);
        int width = rules.stream().mapToInt(r -> r.key().length()).max().orElse(0);
        return rules.stream()
                .map(r -> String.format(Locale.ROOT, "%-" + width + "s  %3d  %-8s  %s", r.key(), r.risk(),
                        Severity.ofRisk(r.risk()), r.reason()))
                .collect(Collectors.toUnmodifiableList());
    }

    /** Keys from most to least specific, per the order documented on the class. */
    private static List<String> candidateKeys(Difference d) {
        String type = d.objectType().name();
        String change = type + ":" + d.change().name();
        String qualifier = qualifier(d);
        List<String> keys = new ArrayList<>(9);
        if (d.attribute() != null) {
            String attribute = change + ":" + d.attribute();
            if (qualifier != null) {
                keys.add(attribute + "/" + qualifier);
            }
            keys.add(attribute);
            int dot = d.attribute().indexOf('.');
            if (dot > 0) {
                keys.add(change + ":" + d.attribute().substring(0, dot) + ".*");
            }
            keys.add("*:" + d.change().name() + ":" + d.attribute());
        }
        if (qualifier != null) {
            keys.add(change + "/" + qualifier);
        }
        keys.add(change);
        keys.add(type);
        keys.add("*:" + d.change().name());
        keys.add("*");
        return keys;
    }

    /** The qualifier the facts of a difference earn, or null (see the class documentation). */
    private static String qualifier(Difference d) {
        if (d.objectType() == ObjectType.COLUMN) {
            if (d.change() == Change.UNEXPECTED) {
                return d.has(Fact.REQUIRES_VALUE) ? "required" : null;
            }
            if (d.change() == Change.CHANGED && "type".equals(d.attribute())) {
                return d.has(Fact.TYPE_WIDENED) ? "widened" : d.has(Fact.TYPE_NARROWED) ? "narrowed" : null;
            }
            if (d.change() == Change.CHANGED && "nullable".equals(d.attribute())) {
                return d.has(Fact.NULLABLE_TIGHTENED) ? "tightened" : d.has(Fact.NULLABLE_RELAXED) ? "relaxed" : null;
            }
        }
        if (d.objectType() == ObjectType.SETTING && d.object().startsWith("setting:")) {
            return d.object().substring("setting:".length()); // the object path names the setting: SETTING:CHANGED/sql_mode
        }
        if (d.objectType() == ObjectType.INDEX && "valid".equals(d.attribute())) {
            return String.valueOf(d.actual()).contains("unique") || String.valueOf(d.expected()).contains("unique")
                    ? "unique" : null;
        }
        if (d.objectType() == ObjectType.INDEX && d.change() != Change.CHANGED) {
            return d.has(Fact.UNIQUE) ? "unique" : null;
        }
        return null;
    }

    /** Checks a key's object type and change, and returns it with those parts in upper case. */
    private static String validate(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("Empty risk key: use OBJECTTYPE, OBJECTTYPE:CHANGE or "
                    + "OBJECTTYPE:CHANGE:attribute, e.g. INDEX:UNEXPECTED");
        }
        String body = key.trim();
        String qualifier = "";
        int slash = body.indexOf('/');
        if (slash >= 0) {
            qualifier = body.substring(slash);
            body = body.substring(0, slash);
        }
        String[] parts = body.split(":", 3);
        String type = parts[0].toUpperCase(Locale.ROOT);
        if (!type.equals("*") && Arrays.stream(ObjectType.values()).noneMatch(t -> t.name().equals(type))) {
            throw new IllegalArgumentException("Unknown object type '" + parts[0] + "' in risk key '" + key
                    + "': use * or one of " + Arrays.toString(ObjectType.values()));
        }
        if (parts.length == 1) {
            return type + qualifier;
        }
        String change = parts[1].toUpperCase(Locale.ROOT);
        if (Arrays.stream(Change.values()).noneMatch(c -> c.name().equals(change))) {
            throw new IllegalArgumentException("Unknown change '" + parts[1] + "' in risk key '" + key
                    + "': use MISSING, UNEXPECTED or CHANGED");
        }
        return type + ":" + change + (parts.length == 3 ? ":" + parts[2] : "") + qualifier;
    }

    private static Rule rule(String key, int risk, String reason) {
        return new Rule(key, risk, reason);
    }

    private static Map<String, Integer> index(List<Rule> rules) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (map.put(rule.key(), rule.risk()) != null) {
                throw new IllegalStateException("Duplicate default risk rule " + rule.key());
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
