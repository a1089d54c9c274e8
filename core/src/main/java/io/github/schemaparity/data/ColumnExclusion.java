package io.github.schemaparity.data;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.policy.GlobPattern;
import java.util.regex.Pattern;

/**
 * Columns left out of the comparison, as {@code table.column} or {@code schema.table.column} globs,
 * e.g. {@code *.updated_at} or {@code public.orders.synced_at}.
 */
public final class ColumnExclusion {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_$*?]+");

    private final String text;
    private final GlobPattern glob;
    private final boolean qualified;

    private ColumnExclusion(String text, GlobPattern glob, boolean qualified) {
        this.text = text;
        this.glob = glob;
        this.qualified = qualified;
    }

    /**
     * Reads a column glob.
     *
     * @throws SchemaParityException one line naming the glob and the syntax, when it is malformed
     */
    public static ColumnExclusion parse(String text) {
        String glob = text == null ? "" : text.strip();
        String[] segments = glob.split("\\.", -1);
        boolean wellFormed = segments.length == 2 || segments.length == 3;
        for (String segment : segments) {
            wellFormed &= SEGMENT.matcher(segment).matches();
        }
        if (!wellFormed) {
            throw new SchemaParityException("Column filter '" + text + "' is not a column glob: write table.column"
                    + " or schema.table.column with * and ? as wildcards, e.g. *.updated_at");
        }
        return new ColumnExclusion(glob, GlobPattern.compile(glob), segments.length == 3);
    }

    /** Whether the column of that table is left out. */
    public boolean excludes(String schema, String table, String column) {
        String path = qualified ? schema + "." + table + "." + column : table + "." + column;
        return glob.matches(path) && path.split("\\.").length == text.split("\\.").length;
    }

    @Override
    public String toString() {
        return text;
    }
}
