package io.github.schemaparity.data;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.policy.GlobPattern;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What to compare and how: the two databases, which tables and columns, the row filters, the policy
 * and the limits. Built once with {@link #builder(JdbcSource, JdbcSource)}.
 *
 * @param expected         the source of truth (e.g. the old host)
 * @param actual           the copy under test (e.g. the new host)
 * @param schemas          schemas (MySQL/MariaDB: databases) to compare; empty: the URL's (PostgreSQL: public)
 * @param include          table globs over {@code schema.table}; empty: every table
 * @param exclude          table globs left out
 * @param excludeColumns   columns left out
 * @param rowFilters       per-table conditions, by {@code schema.table}
 * @param rules            differences the gate allows
 * @param showValues       whether reports may show row values (default: keys and column names only)
 * @param maxRows          how many differing rows a table lists (the counts stay exact)
 * @param parallelism      sessions per side and tables at once (PostgreSQL shares one snapshot between a side's
 *                         sessions); 0 (the default): as many sessions as the server would give one query
 *                         (PostgreSQL: {@code max_parallel_workers_per_gather} + 1, at most
 *                         {@value #MAX_AUTO_SESSIONS}, within the free connections), one table at a time
 * @param statementTimeout the longest one hashing statement may run
 * @param connectTimeout   how long to wait for each server
 * @param progressRows     rows per side from which a table's first scan runs in pieces with a progress line
 *                         (rows done, rows/s, ETA) after each
 */
public record DataParityConfig(JdbcSource expected, JdbcSource actual, List<String> schemas, List<GlobPattern> include,
        List<GlobPattern> exclude, List<ColumnExclusion> excludeColumns, Map<String, RowFilter> rowFilters,
        List<DataRule> rules, boolean showValues, int maxRows, int parallelism, Duration statementTimeout,
        Duration connectTimeout, long progressRows) {

    /** Rows listed per table unless configured otherwise. */
    public static final int DEFAULT_MAX_ROWS = 100;
    /** The default statement timeout: long enough to hash a large table in one scan. */
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofMinutes(30);
    /** Tables of a million rows or more get progress lines unless configured otherwise. */
    public static final long DEFAULT_PROGRESS_ROWS = 1_000_000;
    /** The most sessions per side a {@link #parallelism()} of 0 opens. */
    public static final int MAX_AUTO_SESSIONS = 4;

    public DataParityConfig {
        if (expected == null || actual == null) {
            throw new SchemaParityException("The data comparison needs both an expected and an actual database");
        }
        schemas = List.copyOf(schemas);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        excludeColumns = List.copyOf(excludeColumns);
        rowFilters = Map.copyOf(rowFilters);
        rules = List.copyOf(rules);
        if (maxRows < 0 || parallelism < 0 || progressRows < 1) {
            throw new SchemaParityException("maxRows and parallelism must be 0 or more (parallelism 0: sessions"
                    + " per side from the server), progressRows 1 or more");
        }
    }

    /** A builder for comparing {@code actual} against {@code expected}. */
    public static Builder builder(JdbcSource expected, JdbcSource actual) {
        return new Builder(expected, actual);
    }

    /** Tables compared at once: {@link #parallelism()}, or one when the sessions come from the server. */
    public int tablesAtOnce() {
        return Math.max(1, parallelism);
    }

    /** Whether the table is in scope of the include and exclude globs. */
    public boolean selects(String qualifiedTable) {
        boolean included = include.isEmpty() || include.stream().anyMatch(g -> g.matches(qualifiedTable));
        return included && exclude.stream().noneMatch(g -> g.matches(qualifiedTable));
    }

    /** Whether a column is left out. */
    public boolean excludesColumn(String schema, String table, String column) {
        return excludeColumns.stream().anyMatch(c -> c.excludes(schema, table, column));
    }

    /** The row filter's condition for a table, or null. */
    public String filterOf(String qualifiedTable) {
        RowFilter filter = rowFilters.get(qualifiedTable);
        return filter == null ? null : filter.condition();
    }

    /** Collects the settings of a {@link DataParityConfig}. */
    public static final class Builder {
        private final JdbcSource expected;
        private final JdbcSource actual;
        private final List<String> schemas = new ArrayList<>();
        private final List<GlobPattern> include = new ArrayList<>();
        private final List<GlobPattern> exclude = new ArrayList<>();
        private final List<ColumnExclusion> excludeColumns = new ArrayList<>();
        private final Map<String, RowFilter> rowFilters = new TreeMap<>();
        private final List<DataRule> rules = new ArrayList<>();
        private boolean showValues;
        private int maxRows = DEFAULT_MAX_ROWS;
        private int parallelism;
        private long progressRows = DEFAULT_PROGRESS_ROWS;
        private Duration statementTimeout = DEFAULT_STATEMENT_TIMEOUT;
        private Duration connectTimeout = Duration.ofSeconds(10);

        private Builder(JdbcSource expected, JdbcSource actual) {
            this.expected = expected;
            this.actual = actual;
        }

        /** Adds schemas to compare. */
        public Builder schemas(List<String> names) {
            names.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).forEach(schemas::add);
            return this;
        }

        /** Adds table globs to include ({@code schema.table}). */
        public Builder include(List<String> globs) {
            globs.stream().filter(g -> g != null && !g.isBlank()).map(g -> GlobPattern.compile(g.strip()))
                    .forEach(include::add);
            return this;
        }

        /** Adds table globs to leave out. */
        public Builder exclude(List<String> globs) {
            globs.stream().filter(g -> g != null && !g.isBlank()).map(g -> GlobPattern.compile(g.strip()))
                    .forEach(exclude::add);
            return this;
        }

        /** Adds column globs to leave out, e.g. {@code *.updated_at}. */
        public Builder excludeColumns(List<String> globs) {
            globs.stream().filter(g -> g != null && !g.isBlank()).map(ColumnExclusion::parse).forEach(excludeColumns::add);
            return this;
        }

        /** Adds row filters written {@code schema.table: condition}. */
        public Builder rowFilters(List<String> filters) {
            filters.stream().filter(f -> f != null && !f.isBlank()).map(RowFilter::parse)
                    .forEach(f -> rowFilters.put(f.table(), f));
            return this;
        }

        /** Adds allow rules written {@code kind: table-glob}. */
        public Builder allow(List<String> allowRules) {
            allowRules.stream().filter(r -> r != null && !r.isBlank()).map(DataRule::parse).forEach(rules::add);
            return this;
        }

        /** Whether reports may show row values. */
        public Builder showValues(boolean show) {
            this.showValues = show;
            return this;
        }

        /** How many differing rows a table lists. */
        public Builder maxRows(int rows) {
            this.maxRows = rows;
            return this;
        }

        /** Sessions per side and tables at once; 0 (the default): sessions from the server, one table at a time. */
        public Builder parallelism(int sessions) {
            this.parallelism = sessions;
            return this;
        }

        /** The longest one statement may run. */
        public Builder statementTimeout(Duration timeout) {
            this.statementTimeout = timeout;
            return this;
        }

        /** Rows per side from which a table's first scan reports progress (default a million). */
        public Builder progressRows(long rows) {
            this.progressRows = rows;
            return this;
        }

        /** How long to wait for each server to accept the connection. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /** The configuration. */
        public DataParityConfig build() {
            return new DataParityConfig(expected, actual, schemas, include, exclude, excludeColumns, rowFilters, rules,
                    showValues, maxRows, parallelism, statementTimeout, connectTimeout, progressRows);
        }
    }
}
