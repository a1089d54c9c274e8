package io.github.schemaparity.database.mysql;

import java.util.List;
import java.util.stream.Collectors;

/** How MySQL and MariaDB fix statements write names and values: back-quoted identifiers, quoted literals, key parts. */
final class MySqlNames {
    private MySqlNames() {
    }

    static String ident(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    static String literal(String text) {
        return text == null ? "NULL" : "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** Key parts as the model writes them ({@code col}, {@code col(10)}, {@code col DESC}, {@code (expr)}), quoted. */
    static String keyParts(List<String> parts) {
        return parts.stream().map(MySqlNames::keyPart).collect(Collectors.joining(", "));
    }

    private static String keyPart(String part) {
        if (part.startsWith("(")) {
            return part;
        }
        String suffix = "";
        String column = part;
        if (column.endsWith(" DESC")) {
            suffix = " DESC";
            column = column.substring(0, column.length() - suffix.length());
        }
        int prefix = column.lastIndexOf('(');
        if (prefix > 0 && column.endsWith(")")) {
            suffix = column.substring(prefix) + suffix;
            column = column.substring(0, prefix);
        }
        return ident(column) + suffix;
    }

    /** The character set a collation belongs to: the part before its first underscore. */
    static String charset(String collation) {
        if (collation == null) {
            return "";
        }
        int underscore = collation.indexOf('_');
        return underscore < 0 ? collation : collation.substring(0, underscore);
    }
}
