package io.github.schemaparity.database.mysql;

import io.github.schemaparity.data.ColumnShape;
import io.github.schemaparity.data.KeyOrdering;
import io.github.schemaparity.data.KeyRange;
import io.github.schemaparity.data.KeySql;
import io.github.schemaparity.data.TableShape;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The expressions the MySQL/MariaDB statements are built from. */
final class MySqlDataSql {
    private static final KeySql KEYS = new KeySql(MySqlDataSql::ordered, MySqlDataSql::parameter);
    /** Between a row's values: a byte no UTF-8 text holds, cast so that the row text is bytes, never re-encoded. */
    private static final String SEPARATOR = "CAST(X'FF' AS BINARY)";
    /** A NULL character value: a byte string that is no UTF-8 text, so neither '' nor any other text. */
    private static final String NULL_TEXT = "CAST(X'FE' AS BINARY)";
    /** The character sets whose bytes are already those of utf8mb4 (ASCII and UTF-8 up to three bytes). */
    private static final Set<String> UTF8_BYTES = Set.of("utf8mb4", "utf8mb3", "utf8", "ascii");

    private MySqlDataSql() {
    }

    static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    static String table(TableShape table) {
        return quote(table.schema()) + "." + quote(table.name());
    }

    /**
     * A value's canonical text, never NULL, and the row's values told apart whatever they hold. The values
     * are joined by byte {@code FF} ({@link #rowText}), which no UTF-8 text, number or instant holds.
     * Character data is hashed as its utf8mb4 bytes, so another column charset is no difference, and letter
     * case and trailing spaces count whatever the collation; a column already stored in utf8mb4, utf8mb3 or
     * ASCII has those bytes and is read as it is (the conversion would be the identity and was the largest
     * part of a scan's cost), any other is converted. A NULL character value is byte {@code FE}, no UTF-8
     * text, so it differs from ''. Bytes, and the types without a dedicated form, go through {@code QUOTE}:
     * quoted and escaped, so a byte {@code FF} inside cannot shift the fields, NULL the bare word. Numbers
     * and instants never read {@code n}, which stands for their NULL.
     */
    static String canonical(ColumnShape column) {
        return switch (column.kind()) {
            case TEXT -> "IFNULL(" + value(column) + ", " + NULL_TEXT + ")";
            case FLOAT, DECIMAL, INTEGER, INSTANT -> "IFNULL(" + value(column) + ", 'n')";
            default -> "QUOTE(" + quote(column.name()) + ")";
        };
    }

    /**
     * A value in the form its canonical text is made of, NULL left NULL: what is shown, and compared to
     * name the changed columns, when values are asked for (so a value equal by its canonical form, -0.0 and
     * 0.0 or 1.50 and 1.5000, is not named as changed).
     */
    private static String value(ColumnShape column) {
        String name = quote(column.name());
        return switch (column.kind()) {
            case TEXT -> utf8(column);
            case FLOAT -> name + " + 0";
            // a decimal's own text form (as CAST AS CHAR) without trailing zeros: 1.50 = 1.5 whatever the scale;
            // the same declaration on both sides writes every value with the same scale, so the text is canonical
            case DECIMAL -> decimalScale(column.type()) > 0 && !column.sharedType()
                    ? "TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM " + name + "))" : name;
            default -> name;
        };
    }

    private static String utf8(ColumnShape column) {
        String name = quote(column.name());
        return column.charset() != null && UTF8_BYTES.contains(column.charset().toLowerCase(Locale.ROOT))
                ? name : "CONVERT(" + name + " USING utf8mb4)";
    }

    private static int decimalScale(String type) {
        int comma = type.indexOf(',');
        return comma < 0 ? 0 : Integer.parseInt(type.substring(comma + 1, type.indexOf(')', comma)).strip());
    }

    private static String rowText(TableShape table) {
        return "CONCAT_WS(" + SEPARATOR + ", " + table.columns().stream().map(MySqlDataSql::canonical)
                .collect(Collectors.joining(", ")) + ")";
    }

    /**
     * A 64-bit hash of the row's canonical text, as an unsigned integer. With {@code crc} (both servers
     * MariaDB 10.8 or later): CRC-32 in the high and CRC-32C in the low 32 bits, together the text's residue
     * modulo the product of the two (coprime) polynomials, a 64-bit CRC; the text is built once per row and
     * held in a session variable for the second CRC (MariaDB evaluates an expression's operands left to
     * right; {@code MySqlRowHashTest} pins it). Building the text twice, or once in a derived table (which
     * MariaDB merges back unless it is materialised), cost 1.5 times as much per row. Otherwise the first 64 bits of its MD5, which costs about twice as much per row.
     */
    static String rowHash(TableShape table, boolean crc) {
        if (crc) {
            return "(CRC32(@schemaparity_row := " + rowText(table) + ") * 4294967296 + CRC32C(@schemaparity_row))";
        }
        return "CAST(CONV(LEFT(MD5(" + rowText(table) + "), 16), 16, 10) AS UNSIGNED)";
    }

    static String valueHash(ColumnShape column) {
        return "MD5(" + canonical(column) + ")";
    }

    static String valueText(ColumnShape column) {
        return "CAST(" + value(column) + " AS CHAR)";
    }

    static boolean hexKey(ColumnShape column) {
        return column.ordering() != KeyOrdering.NATURAL;
    }

    /** A key column's text: hex of its bytes for character data, else its text form. */
    static String keyText(ColumnShape column) {
        String name = quote(column.name());
        return hexKey(column) ? "HEX(CAST(" + name + " AS BINARY))" : "CAST(" + name + " AS CHAR)";
    }

    static String ordered(ColumnShape column) {
        return hexKey(column) ? "CAST(" + quote(column.name()) + " AS BINARY)" : quote(column.name());
    }

    static String parameter(ColumnShape column) {
        if (hexKey(column)) {
            return "UNHEX(?)";
        }
        return switch (column.kind()) {
            case INTEGER -> "CAST(? AS DECIMAL(65,0))";
            case DECIMAL -> "CAST(? AS DECIMAL(65,30))";
            default -> "?";
        };
    }

    static String keyTexts(TableShape table) {
        return KeySql.list(table.keyColumns(), MySqlDataSql::keyText);
    }

    static String orderedKey(TableShape table) {
        return KEYS.orderedKey(table);
    }

    static String compareKey(TableShape table, String operator) {
        return KEYS.compareKey(table, operator);
    }

    static String where(TableShape table, KeyRange range, String filter, List<Object> parameters) {
        return KEYS.where(table, range, filter, parameters);
    }

    /**
     * The bucket of a row as a balanced tree of comparisons, so a row costs log2(bounds) of them:
     * bucket i holds the keys with i bounds at or below them.
     */
    static String bucketTree(TableShape table, List<List<String>> bounds, int from, int to, List<Object> parameters) {
        if (from == to) {
            return Integer.toString(from);
        }
        int middle = (from + to + 1) / 2;
        parameters.addAll(bounds.get(middle - 1));
        String test = compareKey(table, "<");
        String below = bucketTree(table, bounds, from, middle - 1, parameters);
        String above = bucketTree(table, bounds, middle, to, parameters);
        return "CASE WHEN " + test + " THEN " + below + " ELSE " + above + " END";
    }
}
