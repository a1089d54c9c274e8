package io.github.schemaparity.database.postgres;

import io.github.schemaparity.fix.Step;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tells whether a constraint or index name is the one PostgreSQL would have chosen for an unnamed
 * object: {@code <table>_pkey}, {@code <table>_<cols>_fkey}, {@code <table>_<cols>_key},
 * {@code <table>_<col>_check} or {@code <table>_check}, {@code <table>_<cols>_idx},
 * {@code <table>_<cols>_excl}, each possibly followed by a number when the first choice was taken.
 *
 * <p>It mirrors the server's {@code makeObjectName}: names are limited to 63 bytes, the column part
 * is the column names joined by {@code _} (cut at 63 bytes), and when table and column parts do not
 * fit, the longer of the two is shortened one byte at a time, never splitting a UTF-8 character.
 */
public final class PgGeneratedNames {
    /** PostgreSQL's NAMEDATALEN - 1: the most bytes a name can hold. */
    private static final int MAX_BYTES = 63;

    private PgGeneratedNames() {
    }

    /**
     * Whether {@code name} is the generated name for an object of the given label.
     *
     * @param name    the object's actual name
     * @param table   the table it belongs to
     * @param columns the column names that make up the middle part (for indexes: the index's own column
     *                names, {@code expr} or a function name for expressions); empty for none ({@code pkey},
     *                a multi-column {@code check})
     * @param label   {@code pkey}, {@code fkey}, {@code key}, {@code check}, {@code idx} or {@code excl}
     * @return whether the server would have generated exactly this name
     */
    public static boolean isGenerated(String name, String table, List<String> columns, String label) {
        byte[] middle = columns == null || columns.isEmpty() ? null : columnPart(columns);
        if (name.equals(objectName(table, middle, label))) {
            return true;
        }
        int digits = name.length();
        while (digits > 0 && Character.isDigit(name.charAt(digits - 1))) {
            digits--;
        }
        if (digits == name.length() || name.charAt(digits) == '0' || name.length() - digits > 9) {
            return false;
        }
        return name.equals(objectName(table, middle, label + name.substring(digits)));
    }

    /**
     * The server's {@code makeObjectName(name1, name2, label)}.
     *
     * @param table  first part
     * @param middle second part, or {@code null}
     * @param label  last part
     * @return the name, at most 63 bytes
     */
    public static String objectName(String table, String middle, String label) {
        return objectName(table, middle == null ? null : middle.getBytes(StandardCharsets.UTF_8), label);
    }

    private static String objectName(String table, byte[] middle, String label) {
        byte[] first = table.getBytes(StandardCharsets.UTF_8);
        byte[] second = middle == null ? new byte[0] : middle;
        int overhead = label.getBytes(StandardCharsets.UTF_8).length + 1 + (middle == null ? 0 : 1);
        int available = MAX_BYTES - overhead;
        int firstLength = first.length;
        int secondLength = second.length;
        while (firstLength + secondLength > available) {
            if (firstLength > secondLength) {
                firstLength--;
            } else {
                secondLength--;
            }
        }
        StringBuilder name = new StringBuilder(MAX_BYTES);
        name.append(clip(first, firstLength));
        if (middle != null) {
            name.append('_').append(clip(second, secondLength));
        }
        return name.append('_').append(label).toString();
    }

    /**
     * The server's {@code ChooseIndexNameAddition}: names joined by {@code _}, cut at 63 bytes (possibly
     * inside a character: {@link #objectName} clips it as the server does).
     */
    private static byte[] columnPart(List<String> columns) {
        byte[] buffer = new byte[MAX_BYTES];
        int length = 0;
        for (String column : columns) {
            if (length > 0) {
                buffer[length++] = '_';
            }
            byte[] bytes = column.getBytes(StandardCharsets.UTF_8);
            int copy = Math.min(bytes.length, MAX_BYTES - length);
            System.arraycopy(bytes, 0, buffer, length, copy);
            length += copy;
            if (length >= MAX_BYTES) {
                break;
            }
        }
        return java.util.Arrays.copyOf(buffer, length);
    }

    /** The first {@code length} bytes, shortened further so as not to end inside a UTF-8 character. */
    private static String clip(byte[] bytes, int length) {
        return new String(bytes, 0, clipLength(bytes, length), StandardCharsets.UTF_8);
    }

    private static int clipLength(byte[] bytes, int length) {
        if (length >= bytes.length || length == 0) {
            return Math.min(length, bytes.length);
        }
        int end = length;
        // Step back over continuation bytes to the start of the character that would be cut.
        int start = end;
        while (start > 0 && (bytes[start] & 0xC0) == 0x80) {
            start--;
        }
        return start;
    }
}
