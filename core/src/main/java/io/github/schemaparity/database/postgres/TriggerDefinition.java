package io.github.schemaparity.database.postgres;

import java.util.function.IntPredicate;

/**
 * The parts of a {@code pg_get_triggerdef} text that the catalog holds in no readable column: the
 * WHEN condition (stored as a node tree that only the trigger deparser can print) and the function
 * call with its arguments.
 *
 * @param condition the WHEN condition without its outer parentheses, whitespace folded, or {@code null}
 * @param function  the call, e.g. {@code public.touch('x')}
 */
public record TriggerDefinition(String condition, String function) {
    private static final String FOR_EACH = " FOR EACH ";
    private static final String WHEN = "WHEN (";

    /**
     * Parses a definition as {@code pg_get_triggerdef(oid, true)} renders it.
     *
     * @param definition the CREATE TRIGGER text
     * @return its condition and function
     * @throws IllegalArgumentException when the text does not have the server's shape
     */
    public static TriggerDefinition parse(String definition) {
        int forEach = indexOutsideQuotes(definition, FOR_EACH, 0);
        if (forEach < 0) {
            throw new IllegalArgumentException("Unexpected trigger definition: " + definition);
        }
        int position = definition.indexOf(' ', forEach + FOR_EACH.length()) + 1;
        String condition = null;
        if (definition.startsWith(WHEN, position)) {
            int open = position + WHEN.length() - 1;
            int close = matchingParenthesis(definition, open);
            condition = SqlText.foldWhitespace(definition.substring(open + 1, close));
            position = close + 2;
        }
        int call = definition.indexOf(' ', definition.indexOf("EXECUTE ", position) + "EXECUTE ".length());
        if (call < 0) {
            throw new IllegalArgumentException("Unexpected trigger definition: " + definition);
        }
        return new TriggerDefinition(condition, definition.substring(call + 1).strip());
    }

    private static int indexOutsideQuotes(String text, String needle, int from) {
        return firstOutsideQuotes(text, from, i -> text.startsWith(needle, i));
    }

    private static int matchingParenthesis(String text, int open) {
        int[] depth = {0};
        int close = firstOutsideQuotes(text, open, i -> {
            char c = text.charAt(i);
            if (c == '(') {
                depth[0]++;
            } else if (c == ')') {
                depth[0]--;
                return depth[0] == 0;
            }
            return false;
        });
        if (close < 0) {
            throw new IllegalArgumentException("Unbalanced parentheses in trigger definition: " + text);
        }
        return close;
    }

    /** The first index from {@code from} on, outside quoted text, that {@code stop} accepts; -1 for none. */
    private static int firstOutsideQuotes(String text, int from, IntPredicate stop) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (stop.test(i)) {
                return i;
            }
        }
        return -1;
    }
}
