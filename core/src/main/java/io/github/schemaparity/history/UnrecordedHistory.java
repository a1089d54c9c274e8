package io.github.schemaparity.history;

import io.github.schemaparity.migrate.MigrationTool;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A candidate's migration history tables that production does not have. A production the tool never
 * migrated (built by hand, restored from a dump, or migrated by another tool) has no history table; the
 * candidate always has one because SchemaParity migrates it with the tool. That table says how the
 * candidate was built, not what production lacks: it is left out of the candidate before the diff, so
 * it is neither a difference, nor a count in the reports, nor a {@code CREATE TABLE} in the fix SQL.
 *
 * <p>Names are matched in any letter case (Liquibase writes {@code DATABASECHANGELOG} on MySQL/MariaDB)
 * and in any schema of production; when production has the table, the candidate's stays and is
 * compared as usual.
 */
public final class UnrecordedHistory {
    private static final Set<String> HISTORY_TABLES = java.util.Arrays.stream(MigrationTool.values())
            .flatMap(tool -> tool.historyTables().stream()).collect(Collectors.toUnmodifiableSet());

    private UnrecordedHistory() {
    }

    /**
     * The candidate without the history tables production lacks.
     *
     * @param candidate  the catalog the migrations built
     * @param production the reference's catalog
     * @return the candidate's catalog to compare, and the tables left out (qualified, sorted)
     */
    public static Trimmed trim(Catalog candidate, Catalog production) {
        Set<String> inProduction = production.schemas().stream().flatMap(s -> s.tables().stream())
                .map(t -> lower(t.name())).filter(HISTORY_TABLES::contains).collect(Collectors.toSet());
        Set<String> dropped = new TreeSet<>();
        List<Schema> schemas = new ArrayList<>();
        for (Schema schema : candidate.schemas()) {
            List<Table> kept = new ArrayList<>();
            for (Table table : schema.tables()) {
                String name = lower(table.name());
                if (HISTORY_TABLES.contains(name) && !inProduction.contains(name)) {
                    dropped.add(schema.name() + "." + table.name());
                } else {
                    kept.add(table);
                }
            }
            schemas.add(kept.size() == schema.tables().size() ? schema : schema.withTablesAndViews(kept, schema.views()));
        }
        if (dropped.isEmpty()) {
            return new Trimmed(candidate, List.of());
        }
        return new Trimmed(candidate.withSchemas(schemas), List.copyOf(dropped));
    }

    /**
     * A candidate catalog with the history tables production lacks left out.
     *
     * @param catalog the catalog to compare
     * @param dropped the qualified names of the tables left out, sorted; empty when none was
     */
    public record Trimmed(Catalog catalog, List<String> dropped) {
        public Trimmed {
            dropped = List.copyOf(dropped);
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
