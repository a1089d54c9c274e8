package io.github.schemaparity.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies the allow rules: marks each difference allowed or not and gives the verdict. Integrity
 * findings of the expected side are reported but never fail the gate: the copy cannot be blamed for
 * its source.
 */
final class DataPolicy {
    private DataPolicy() {
    }

    static DataResult judge(DataResult result, List<DataRule> rules) {
        boolean fail = false;
        List<TableResult> tables = new ArrayList<>();
        for (TableResult table : result.tables()) {
            boolean allowed = switch (table.status()) {
                case MISSING -> allowed(rules, DataRule.Kind.MISSING_TABLE, table.table());
                case UNEXPECTED -> allowed(rules, DataRule.Kind.UNEXPECTED_TABLE, table.table());
                case DIFFERENT -> (table.missing() == 0 || allowed(rules, DataRule.Kind.MISSING_ROWS, table.table()))
                        && (table.unexpected() == 0 || allowed(rules, DataRule.Kind.UNEXPECTED_ROWS, table.table()))
                        && (table.changed() == 0 || allowed(rules, DataRule.Kind.CHANGED_ROWS, table.table()))
                        && table.missing() + table.unexpected() + table.changed() > 0;
                default -> false;
            };
            fail |= table.differs() && !allowed;
            tables.add(table.withAllowed(allowed));
        }
        List<IntegrityFinding> integrity = new ArrayList<>();
        for (IntegrityFinding finding : result.integrity()) {
            boolean allowed = allowed(rules, DataRule.Kind.valueOf(finding.check().name()), finding.table());
            fail |= "actual".equals(finding.side()) && !allowed;
            integrity.add(finding.withAllowed(allowed));
        }
        for (SchemaNote note : result.schema()) {
            fail |= !allowed(rules, DataRule.Kind.SCHEMA, note.table());
        }
        return new DataResult(result.expected(), result.actual(), tables, integrity, result.schema(),
                fail ? DataVerdict.FAIL : DataVerdict.PASS, result.seconds());
    }

    private static boolean allowed(List<DataRule> rules, DataRule.Kind kind, String table) {
        return rules.stream().anyMatch(rule -> rule.allows(kind, table));
    }
}
