package io.github.schemaparity.data;

import java.util.List;

/**
 * The outcome of a data comparison.
 *
 * @param expected   the expected side
 * @param actual     the actual side
 * @param tables     one result per table, in name order
 * @param integrity  integrity findings of both sides
 * @param schema     schema differences between the compared tables
 * @param verdict    pass or fail under the policy
 * @param seconds    wall time of the whole run
 */
public record DataResult(SideInfo expected, SideInfo actual, List<TableResult> tables,
        List<IntegrityFinding> integrity, List<SchemaNote> schema, DataVerdict verdict, double seconds) {
    public DataResult {
        tables = List.copyOf(tables);
        integrity = List.copyOf(integrity);
        schema = List.copyOf(schema);
    }

    /** Tables whose rows are equal. */
    public long equalTables() {
        return tables.stream().filter(t -> t.status() == TableStatus.EQUAL).count();
    }

    /** Tables not compared ({@link TableStatus#SKIPPED}), each with its reason in {@link TableResult#note()}. */
    public long skippedTables() {
        return tables.stream().filter(t -> t.status() == TableStatus.SKIPPED).count();
    }

    /** Tables that differ (different rows, or present on one side only). */
    public long differentTables() {
        return tables.stream().filter(TableResult::differs).count();
    }
}
