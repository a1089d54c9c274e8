package io.github.schemaparity.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.PrimaryKey;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.TableKind;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Diffs two in-memory catalogs of 5,000 tables (10 columns, a primary key, 2 indexes, a foreign key each)
 * and prints the time. The figure is printed, not asserted: a shared build machine makes timed
 * assertions flaky. The assertions check that the diff did the full comparison.
 */
class CatalogDifferPerformanceTest {
    private static final int TABLES = 5_000;

    @Test
    void diffsFiveThousandTablesWithSomeDrift() {
        List<Difference> differences = timeDiff("every 10th table drifted", catalog(false, false),
                catalog(true, false));

        // Every 10th table has one widened column in actual.
        assertThat(differences).hasSize(TABLES / 10)
                .allMatch(d -> d.objectType() == ObjectType.COLUMN && "type".equals(d.attribute()));
    }

    @Test
    void diffsFiveThousandTablesThatAllDiffer() {
        List<Difference> differences = timeDiff("every column differs", catalog(false, false), catalog(false, true));

        // The comment of every commented column (8 per table) differs: no table can be skipped as equal.
        assertThat(differences).hasSize(TABLES * 8)
                .allMatch(d -> d.objectType() == ObjectType.COLUMN && "comment".equals(d.attribute()));
    }

    private static List<Difference> timeDiff(String label, Catalog expected, Catalog actual) {
        CatalogDiffer differ = new CatalogDiffer(DiffOptions.defaults());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bestWall = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        List<Difference> differences = List.of();
        StringBuilder runs = new StringBuilder();
        for (int run = 1; run <= 10; run++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            differences = differ.diff(expected, actual);
            long wall = System.nanoTime() - start;
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            bestWall = Math.min(bestWall, wall);
            bestCpu = Math.min(bestCpu, cpu);
            runs.append(String.format(" %.0f/%.0f", wall / 1e6, cpu / 1e6));
        }
        // Wall time suffers from other processes on a shared machine; the thread's CPU time much less.
        System.out.printf("diff of 2 x %,d tables (%s, %,d differences): best %.1f ms wall, %.1f ms CPU; "
                + "runs (ms wall/CPU, first is cold):%s%n", TABLES, label, differences.size(), bestWall / 1e6,
                bestCpu / 1e6, runs);
        return differences;
    }

    private static Catalog catalog(boolean drift, boolean recomment) {
        List<Table> tables = new ArrayList<>(TABLES);
        for (int t = 0; t < TABLES; t++) {
            String name = "table_" + t;
            List<Column> columns = new ArrayList<>();
            columns.add(new Column("id", 1, "bigint", false, null, "BY DEFAULT", null, null, null));
            columns.add(new Column("parent_id", 2, "bigint", true, null, null, null, null, null));
            for (int c = 3; c <= 10; c++) {
                String type = drift && t % 10 == 0 && c == 3 ? "varchar(255)" : "varchar(100)";
                columns.add(new Column("col_" + c, c, type, true, null, null, null, null, recomment ? "changed " + c : "column " + c));
            }
            List<ForeignKey> fks = t == 0 ? List.of()
                    : List.of(new ForeignKey(name + "_parent_id_fkey", true, List.of("parent_id"),
                            "public.table_" + (t - 1), List.of("id"), "NO ACTION", "NO ACTION", false, false, true));
            List<Index> indexes = List.of(
                    new Index(name + "_col_3_idx", true, false, "btree", List.of("col_3"), List.of(), null),
                    new Index(name + "_col_4_col_5_idx", true, false, "btree", List.of("col_4", "col_5"), List.of(),
                            null));
            tables.add(new Table(name, TableKind.TABLE, null, columns, new PrimaryKey(name + "_pkey", true,
                    List.of("id")), fks, List.of(), List.of(), indexes, List.of(), List.of(), null, List.of()));
        }
        Schema schema = new Schema("public", null, tables, List.of(), List.of(), List.of(), List.of(), List.of());
        return new Catalog(Engine.POSTGRESQL, "17.2", List.of(schema), List.of(), List.of());
    }
}
