package io.github.schemaparity.policy;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One policy rule: allow or deny the differences it selects. Every selector is optional (at least one
 * is given) and all given selectors must match.
 *
 * <h2>Text form</h2>
 * {@code allow|deny SELECTOR...}, selectors separated by spaces, in any order, each at most once:
 * <table>
 * <caption>Selectors</caption>
 * <tr><th>selector</th><th>matches</th><th>example</th></tr>
 * <tr><td>{@code TYPE[:CHANGE[:attribute]]}</td><td>object type, change and attribute; {@code *} for any
 * part; the attribute may be a glob ({@code storage.*})</td><td>{@code INDEX:UNEXPECTED}, {@code *:CHANGED:comment}</td></tr>
 * <tr><td>an object-path glob</td><td>the object or a parent of it, as {@code ignore} globs do</td>
 * <td>{@code public.payment*}, {@code audit.**}</td></tr>
 * <tr><td>{@code severity<op>LEVEL}</td><td>the difference's severity; {@code op} one of
 * {@code >= > <= < =}</td><td>{@code severity>=MEDIUM}</td></tr>
 * <tr><td>{@code type=}, {@code change=}, {@code attribute=}, {@code object=}</td><td>one part by name
 * (an object path that starts like an object type needs {@code object=})</td><td>{@code attribute=comment}</td></tr>
 * </table>
 * The object type and change are recognised in upper case ({@code INDEX}, {@code UNEXPECTED}), so a
 * lower-case token such as {@code extension:pgcrypto} is an object path.
 *
 * @param action     allow or deny
 * @param objectType the object type, or {@code null} for any
 * @param change     the change, or {@code null} for any
 * @param attribute  a glob over the attribute ({@code *} any run of characters, {@code ?} one), or
 *                   {@code null} for any; a difference without attribute matches only {@code null}
 * @param object     an object-path glob ({@link GlobPattern}), or {@code null} for any
 * @param minimum    the lowest severity selected, or {@code null} for no lower bound
 * @param maximum    the highest severity selected, or {@code null} for no upper bound
 * @param text       the rule as written, named in reasons and errors
 */
public record Rule(Action action, ObjectType objectType, Change change, String attribute, String object,
        Severity minimum, Severity maximum, String text) {

    /** The accepted form, as every parse error states it. */
    public static final String FORM = "allow|deny followed by any of TYPE[:CHANGE[:attribute]], an object glob,"
            + " severity>=LEVEL (e.g. 'allow INDEX:UNEXPECTED', 'deny public.payment*', 'allow *:CHANGED:comment',"
            + " 'deny COLUMN severity>=MEDIUM')";

    /**
     * Compiled object globs and attribute patterns, shared by equal rules: a policy judges every difference
     * with every rule, and a record has no room for a compiled form. Keys come from configuration, so the
     * maps stay small.
     */
    private static final Map<String, GlobPattern> COMPILED = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> ATTRIBUTES = new ConcurrentHashMap<>();

    /** What a rule does with the differences it selects. */
    public enum Action {
        /** The difference passes (unless a deny rule selects it too). */
        ALLOW,
        /** The difference fails, whatever else allows it. */
        DENY
    }

    public Rule {
        if (action == null) {
            throw new IllegalArgumentException("A rule needs an action: allow or deny");
        }
        if (text == null || text.isBlank()) {
            text = describe(action, objectType, change, attribute, object, minimum, maximum);
        }
        if (object != null) {
            GlobPattern.compile(object);
        }
    }

    /**
     * Parses the text form (see the class documentation).
     *
     * @throws IllegalArgumentException with one line naming the rule and the accepted form
     */
    public static Rule parse(String text) {
        return new RuleParser(text).parse();
    }

    /** Whether this rule selects the difference, rated at {@code severity}. */
    public boolean matches(Difference difference, Severity severity) {
        if (objectType != null && objectType != difference.objectType()) {
            return false;
        }
        if (change != null && change != difference.change()) {
            return false;
        }
        if (attribute != null && (difference.attribute() == null || !attributeMatches(difference.attribute()))) {
            return false;
        }
        if (object != null && !COMPILED.computeIfAbsent(object, GlobPattern::compile).matches(difference.object())) {
            return false;
        }
        if (minimum != null && severity.compareTo(minimum) < 0) {
            return false;
        }
        return maximum == null || severity.compareTo(maximum) <= 0;
    }

    private boolean attributeMatches(String value) {
        return attribute.equals("*") || ATTRIBUTES.computeIfAbsent(attribute, Rule::attributeRegex).matcher(value).matches();
    }

    private static Pattern attributeRegex(String attribute) {
        StringBuilder regex = new StringBuilder();
        for (char c : attribute.toCharArray()) {
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    @Override
    public String toString() {
        return text;
    }

    /** The canonical text of a rule built in code. */
    private static String describe(Action action, ObjectType objectType, Change change, String attribute,
            String object, Severity minimum, Severity maximum) {
        StringBuilder out = new StringBuilder(action.name().toLowerCase(Locale.ROOT));
        if (objectType != null || change != null || attribute != null) {
            out.append(' ').append(objectType == null ? "*" : objectType.name());
            if (change != null || attribute != null) {
                out.append(':').append(change == null ? "*" : change.name());
            }
            if (attribute != null) {
                out.append(':').append(attribute);
            }
        }
        if (object != null) {
            out.append(" object=").append(object);
        }
        if (minimum != null && minimum == maximum) {
            out.append(" severity=").append(minimum);
        } else {
            if (minimum != null) {
                out.append(" severity>=").append(minimum);
            }
            if (maximum != null) {
                out.append(" severity<=").append(maximum);
            }
        }
        return out.toString();
    }

    /** Whether a word names an object type exactly as the enum spells it. */
    static boolean isObjectType(String word) {
        return Arrays.stream(ObjectType.values()).anyMatch(t -> t.name().equals(word));
    }
}
