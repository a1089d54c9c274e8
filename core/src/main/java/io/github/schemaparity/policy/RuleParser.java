package io.github.schemaparity.policy;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.ObjectType;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text form of a {@link Rule}; every error is one line naming the rule and the accepted form. */
final class RuleParser {
    private static final Pattern SEVERITY = Pattern.compile("(?i)severity(>=|<=|>|<|=)(.*)");
    /** A token that looks meant as an object type: upper-case letters and underscores before any colon. */
    private static final Pattern UPPER_WORD = Pattern.compile("[A-Z][A-Z_]*(:.*)?");

    private final String text;
    private ObjectType objectType;
    private Change change;
    private String attribute;
    private String object;
    private Severity minimum;
    private Severity maximum;
    private boolean kindSet;
    private boolean typeSet;
    private boolean changeSet;
    private boolean attributeSet;

    RuleParser(String text) {
        this.text = text == null ? "" : text.strip();
    }

    Rule parse() {
        if (text.isEmpty()) {
            throw error("the rule is empty");
        }
        String[] tokens = text.split("\\s+");
        Rule.Action action = switch (tokens[0].toLowerCase(Locale.ROOT)) {
            case "allow" -> Rule.Action.ALLOW;
            case "deny" -> Rule.Action.DENY;
            default -> throw error("it must start with allow or deny, not '" + tokens[0] + "'");
        };
        if (tokens.length == 1) {
            throw error("it selects nothing; add an object type, an object glob or a severity (allow * selects everything)");
        }
        for (int i = 1; i < tokens.length; i++) {
            token(tokens[i]);
        }
        return new Rule(action, objectType, change, attribute, object, minimum, maximum,
                String.join(" ", tokens));
    }

    private void token(String token) {
        Matcher severity = SEVERITY.matcher(token);
        if (severity.matches()) {
            severity(severity.group(1), severity.group(2));
            return;
        }
        int equals = token.indexOf('=');
        if (equals > 0) {
            String key = token.substring(0, equals).toLowerCase(Locale.ROOT);
            String value = token.substring(equals + 1);
            if (value.isEmpty()) {
                throw error("'" + token + "' has no value");
            }
            switch (key) {
                case "type" -> type(value);
                case "change" -> change(value);
                case "attribute" -> attribute(value);
                case "object" -> object(value);
                default -> throw error("unknown selector '" + key + "=': use type=, change=, attribute=, object= or severity>=");
            }
            return;
        }
        if (token.equals("*") || token.startsWith("*:") || UPPER_WORD.matcher(token).matches()) {
            kind(token);
            return;
        }
        String[] parts = token.split(":", 3);
        if (parts.length > 1 && isObjectTypeIgnoringCase(parts[0]) && isChangeIgnoringCase(parts[1])) {
            throw error("write the object type and change in upper case ('" + token.toUpperCase(Locale.ROOT)
                    + "'), or object=" + token + " for an object path");
        }
        object(token);
    }

    /** {@code TYPE[:CHANGE[:attribute]]}. */
    private void kind(String token) {
        if (kindSet) {
            throw error("two object type selectors ('" + token + "'); a rule takes one, write two rules instead");
        }
        kindSet = true;
        String[] parts = token.split(":", 3);
        if (!parts[0].equals("*")) {
            if (!Rule.isObjectType(parts[0])) {
                throw error("unknown object type '" + parts[0] + "' (use * or one of "
                        + Arrays.toString(ObjectType.values()) + ", or object=" + token + " for an object path)");
            }
            type(parts[0]);
        }
        if (parts.length > 1 && !parts[1].equals("*")) {
            change(parts[1]);
        }
        if (parts.length > 2 && !parts[2].equals("*")) {
            attribute(parts[2]);
        }
    }

    private void type(String value) {
        if (typeSet) {
            throw error("the object type is given twice");
        }
        typeSet = true;
        if (value.equals("*")) {
            return;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (!Rule.isObjectType(upper)) {
            throw error("unknown object type '" + value + "' (use * or one of " + Arrays.toString(ObjectType.values()) + ")");
        }
        objectType = ObjectType.valueOf(upper);
    }

    private void change(String value) {
        if (changeSet) {
            throw error("the change is given twice");
        }
        changeSet = true;
        if (value.equals("*")) {
            return;
        }
        if (!isChangeIgnoringCase(value)) {
            throw error("unknown change '" + value + "' (use MISSING, UNEXPECTED, CHANGED or *)");
        }
        change = Change.valueOf(value.toUpperCase(Locale.ROOT));
    }

    private void attribute(String value) {
        if (attributeSet) {
            throw error("the attribute is given twice");
        }
        attributeSet = true;
        if (value.isEmpty()) {
            throw error("the attribute is empty");
        }
        attribute = value.equals("*") ? null : value;
    }

    private void object(String value) {
        if (object != null) {
            throw error("two object globs ('" + object + "', '" + value + "'); a rule takes one, write two rules instead");
        }
        object = value;
    }

    private void severity(String operator, String level) {
        Severity severity;
        try {
            severity = Severity.parse(level);
        } catch (IllegalArgumentException e) {
            throw error("unknown severity '" + level + "' (use LOW, MEDIUM, HIGH or CRITICAL)");
        }
        Severity[] all = Severity.values();
        Severity low = null;
        Severity high = null;
        switch (operator) {
            case ">=" -> low = severity;
            case "<=" -> high = severity;
            case "=" -> {
                low = severity;
                high = severity;
            }
            case ">" -> {
                if (severity == Severity.CRITICAL) {
                    throw error("nothing is above CRITICAL");
                }
                low = all[severity.ordinal() + 1];
            }
            default -> { // "<"
                if (severity == Severity.LOW) {
                    throw error("nothing is below LOW");
                }
                high = all[severity.ordinal() - 1];
            }
        }
        if ((low != null && minimum != null) || (high != null && maximum != null)) {
            throw error("the severity bound is given twice");
        }
        minimum = low != null ? low : minimum;
        maximum = high != null ? high : maximum;
        if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
            throw error("no severity is both >= " + minimum + " and <= " + maximum);
        }
    }

    private static boolean isObjectTypeIgnoringCase(String word) {
        return Rule.isObjectType(word.toUpperCase(Locale.ROOT));
    }

    private static boolean isChangeIgnoringCase(String word) {
        return Arrays.stream(Change.values()).anyMatch(c -> c.name().equalsIgnoreCase(word));
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("Invalid rule '" + text + "': " + problem + "; write " + Rule.FORM);
    }
}
