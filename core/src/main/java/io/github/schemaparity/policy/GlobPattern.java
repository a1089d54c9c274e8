package io.github.schemaparity.policy;

import java.util.regex.Pattern;

/**
 * A glob over object paths such as {@code public.orders.status}, as used by ignore rules.
 *
 * <p>{@code *} matches any run of characters except {@code .}, {@code **} any run of characters,
 * {@code ?} one character except {@code .}; everything else matches itself. A pattern matches a path
 * when it matches the whole path or a prefix of it that ends at a {@code .} boundary, so
 * {@code public.flyway_schema_history} also matches that table's columns and indexes, and
 * {@code *.tmp_*} matches {@code public.tmp_x} and {@code public.tmp_x.col}.
 */
public final class GlobPattern {
    private final String pattern;
    private final Pattern regex;

    private GlobPattern(String pattern, Pattern regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    /**
     * Compiles a glob.
     *
     * @throws IllegalArgumentException when the pattern is null or blank, has {@code ***}, matches
     *                                  every object, or uses a character class or alternation ({@code [ ] { }})
     */
    public static GlobPattern compile(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("Empty ignore pattern: give an object path or glob such as public.tmp_*");
        }
        String trimmed = pattern.trim();
        if (trimmed.contains("***")) {
            throw new IllegalArgumentException("Ignore pattern '" + pattern + "' has three or more * in a row: * matches"
                    + " within a name, ** across names; write e.g. public.tmp_* or audit.**");
        }
        if (trimmed.replace("*", "").replace(".", "").replace("?", "").isEmpty() && trimmed.contains("**")) {
            throw new IllegalArgumentException("Ignore pattern '" + pattern + "' matches every object, which would"
                    + " ignore the whole comparison: name the schema or objects to ignore, e.g. audit.** or public.tmp_*");
        }
        for (char unsupported : new char[] {'[', ']', '{', '}'}) {
            if (trimmed.indexOf(unsupported) >= 0) {
                throw new IllegalArgumentException("Ignore pattern '" + pattern + "' uses '" + unsupported
                        + "', which ignore globs do not support (only *, ** and ?): write e.g. public.big* or"
                        + " list the objects separated by commas");
            }
        }
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                if (c == '?') {
                    regex.append("[^.]");
                } else if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                    regex.append(".*");
                    i++;
                } else {
                    regex.append("[^.]*");
                }
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        // The optional tail lets the pattern match a parent path: its children follow after a dot.
        regex.append("(?:\\..*)?");
        return new GlobPattern(pattern, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    /** Whether the pattern matches the path or one of its parents. */
    public boolean matches(String path) {
        return path != null && regex.matcher(path).matches();
    }

    /** The pattern as written. */
    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
