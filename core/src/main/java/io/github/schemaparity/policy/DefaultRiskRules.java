package io.github.schemaparity.policy;

import io.github.schemaparity.policy.RiskTable.Rule;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default risk rules, each with its reason: a data table (one line per rule), kept apart from the
 * lookup in {@link RiskTable} so that adding an object kind adds lines here and touches no logic. The order
 * is the documented one {@link RiskTable#describe()} prints.
 */
final class DefaultRiskRules {
    private DefaultRiskRules() {
    }

    /** The rules, in their documented order. */
    static final List<Rule> RULES = KindRisks.appendedTo(TypeKindRisks.appended(List.of(
            rule("*:MISSING", 50, "an object the code expects is absent"),
            rule("*:UNEXPECTED", 20, "an object the code does not know; rarely breaks it"),
            rule("*:CHANGED", 30, "an attribute differs"),
            rule("*:CHANGED:comment", 5, "cosmetic"),
            rule("*:CHANGED:name", 10, "same structure under another name; breaks only code that names it"),
            rule("*:CHANGED:definer", 40, "MySQL/MariaDB DEFINER (compared when asked): a SQL SECURITY DEFINER object"
                    + " runs with another account's privileges, and every use fails where that account does not exist"),

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
            rule("TABLE:CHANGED:subpartitionKey", 45, "MySQL/MariaDB subpartitioning differs: rows are spread"
                    + " over other subpartitions, pruning and partition maintenance behave differently"),
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
            rule("TRIGGER:CHANGED:order", 50, "triggers of one table, timing and event fire in another order: one"
                    + " reads or overwrites what the other wrote"),

            rule("POLICY:MISSING", 75, "row-level security hides or exposes rows"),
            rule("POLICY:UNEXPECTED", 60, "row-level security hides or exposes rows"),
            rule("POLICY:CHANGED", 60, "row-level security hides or exposes other rows"),

            rule("PRIVILEGE:MISSING", 30, "a role may be refused access; grants often differ per environment"),
            rule("PRIVILEGE:UNEXPECTED", 30, "a role has more access than the code grants"),

            rule("VIEW:MISSING", 85, "every query on it fails"),
            rule("VIEW:UNEXPECTED", 10, "unused by the code"),
            rule("VIEW:CHANGED:definition", 50, "returns other rows or columns"),
            rule("VIEW:CHANGED:materialized", 60, "a materialized view returns stale rows until refreshed"),
            rule("VIEW:CHANGED:security", 60, "SQL SECURITY INVOKER where DEFINER is expected denies callers"
                    + " without their own grants; DEFINER where INVOKER is expected lets them read as the definer"),
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
                    + "were not written for"))));

    /** The rules by key; a key listed twice is a programming error. */
    static final Map<String, Integer> BY_KEY = index(RULES);

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
