package io.github.schemaparity.database.mysql;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises MySQL and MariaDB column types and defaults so that spellings the two servers (and their
 * versions) report differently for the same column compare equal.
 */
final class MySqlTypes {
    private static final Pattern INTEGER_WIDTH =
            Pattern.compile("^(tinyint|smallint|mediumint|int|integer|bigint|year)\\(\\d+\\)(.*)$");
    private static final Pattern CURRENT_TIMESTAMP =
            Pattern.compile("(?i)^(current_timestamp|now|localtimestamp|localtime)(\\(\\s*(\\d*)\\s*\\))?$");
    private static final Set<String> NUMERIC = Set.of("tinyint", "smallint", "mediumint", "int", "integer",
            "bigint", "decimal", "numeric", "float", "double", "real", "bit", "year");

    private MySqlTypes() {
    }

    /**
     * The normalised column type: lower case, integer display widths dropped ({@code int(11)} reads
     * {@code int}) except {@code tinyint(1)}, which is how both servers spell {@code bool}, and zerofill
     * columns, whose width pads their values; {@code unsigned} and {@code zerofill} stay as suffixes, enum and
     * set values stay as declared.
     */
    static String type(String columnType) {
        if (columnType == null) {
            return null;
        }
        String type = columnType.strip();
        String lower = type.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("enum(") && !lower.startsWith("set(")) {
            type = type.toLowerCase(Locale.ROOT);
        } else {
            int open = type.indexOf('(');
            type = type.substring(0, open).toLowerCase(Locale.ROOT) + type.substring(open);
        }
        if (type.startsWith("tinyint(1)") || type.contains("zerofill")) {
            return type; // tinyint(1) is bool; a zerofill column pads to its width, so the width matters
        }
        Matcher width = INTEGER_WIDTH.matcher(type);
        return width.matches() ? width.group(1) + width.group(2) : type;
    }

    /**
     * A character set or collation under the name current servers use: {@code utf8} and {@code utf8_*} are
     * {@code utf8mb3} and {@code utf8mb3_*} (MySQL before 8.0.30 and MariaDB before 10.6 report the old name
     * for the same character set).
     *
     * @param name a character set or collation name in lower case, or {@code null}
     */
    static String charsetName(String name) {
        if (name == null) {
            return null;
        }
        if (name.equals("utf8")) {
            return "utf8mb3";
        }
        return name.startsWith("utf8_") ? "utf8mb3_" + name.substring("utf8_".length()) : name;
    }

    /**
     * A foreign key action: InnoDB checks {@code NO ACTION} immediately, exactly as {@code RESTRICT}, and the
     * servers report the same key either way (MySQL 8 says {@code NO ACTION} where MariaDB says
     * {@code RESTRICT} for a key declared without actions), so both read {@code RESTRICT}.
     */
    static String foreignKeyAction(String rule) {
        return rule == null || rule.equalsIgnoreCase("NO ACTION") ? "RESTRICT" : rule.toUpperCase(Locale.ROOT);
    }

    /**
     * The normalised default, or {@code null} for none.
     *
     * <p>MariaDB reports string and temporal literals quoted ({@code 'abc'}) and a NULL default as the text
     * {@code NULL}; MySQL reports literals unquoted and marks expression defaults with
     * {@code DEFAULT_GENERATED} in {@code EXTRA}. Both become the MariaDB form: literals quoted (numbers
     * bare), {@code current_timestamp()}/{@code CURRENT_TIMESTAMP}/{@code now()} as {@code current_timestamp()}
     * (with its precision, e.g. {@code current_timestamp(6)}), and a NULL default as no default.
     * {@code ON UPDATE CURRENT_TIMESTAMP} is appended as {@code " on update current_timestamp()"}.
     *
     * @param reported  {@code COLUMNS.COLUMN_DEFAULT}
     * @param extra     {@code COLUMNS.EXTRA}
     * @param dataType  {@code COLUMNS.DATA_TYPE}
     * @param mariaDb   whether the server is MariaDB (its literals are already quoted)
     */
    static String defaultValue(String reported, String extra, String dataType, boolean mariaDb) {
        String value = normalizedDefault(reported, extra, dataType, mariaDb);
        String onUpdate = onUpdate(extra);
        if (onUpdate == null) {
            return value;
        }
        return (value == null ? "" : value) + " on update " + onUpdate;
    }

    private static String normalizedDefault(String reported, String extra, String dataType, boolean mariaDb) {
        if (reported == null || (mariaDb && reported.equalsIgnoreCase("NULL"))) {
            return null;
        }
        String timestamp = currentTimestamp(reported);
        if (timestamp != null) {
            return timestamp;
        }
        boolean expression = extra != null && extra.toUpperCase(Locale.ROOT).contains("DEFAULT_GENERATED");
        if (mariaDb || expression || NUMERIC.contains(dataType.toLowerCase(Locale.ROOT))
                || reported.startsWith("b'")) {
            return reported;
        }
        return "'" + reported.replace("'", "''") + "'"; // quoted as MariaDB quotes it
    }

    private static String onUpdate(String extra) {
        if (extra == null) {
            return null;
        }
        int at = extra.toLowerCase(Locale.ROOT).indexOf("on update ");
        if (at < 0) {
            return null;
        }
        String rest = extra.substring(at + "on update ".length()).strip();
        int end = rest.indexOf(' ');
        String expression = end < 0 ? rest : rest.substring(0, end);
        String timestamp = currentTimestamp(expression);
        return timestamp == null ? expression.toLowerCase(Locale.ROOT) : timestamp;
    }

    /** {@code current_timestamp()} or {@code current_timestamp(n)} for its synonyms, else {@code null}. */
    static String currentTimestamp(String expression) {
        Matcher matcher = CURRENT_TIMESTAMP.matcher(expression.strip());
        if (!matcher.matches()) {
            return null;
        }
        String precision = matcher.group(3);
        return "current_timestamp(" + (precision == null || precision.equals("0") ? "" : precision) + ")";
    }
}
