package io.github.schemaparity.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a SQL script into statements the way the engine's own client does, so each statement can be
 * sent on its own: one multi-statement string would run in one implicit transaction on PostgreSQL
 * ({@code CREATE INDEX CONCURRENTLY} refuses that) and needs {@code allowMultiQueries} on MySQL.
 *
 * <p>Delimiters inside quotes, quoted identifiers and comments do not count. PostgreSQL: dollar-quoted
 * bodies ({@code $$ ... $$}, {@code $fn$ ... $fn$}), {@code E'...'} backslash escapes, nested block
 * comments and SQL-standard routine bodies ({@code BEGIN ATOMIC ... END}, counted like psql does).
 * MySQL and MariaDB: backslash escapes, backticks, {@code #} comments, {@code /*! ... *}{@code /}
 * version comments (kept as content) and the client's {@code DELIMITER} command.
 */
final class SqlScriptSplitter {

    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$([A-Za-z_\\x{80}-\\x{10FFFF}][A-Za-z0-9_\\x{80}-\\x{10FFFF}]*)?\\$");
    private static final Pattern DELIMITER_COMMAND = Pattern.compile("(?i)DELIMITER[ \\t]+(\\S+)[^\\n]*");

    private final String script;
    private final ScriptSyntax syntax;
    private final List<SqlStatement> statements = new ArrayList<>();

    private int pos;
    private int line = 1;
    private String delimiter = ";";

    // The statement being scanned.
    private int start;
    private int contentLine = -1;
    private final List<String> leadingWords = new ArrayList<>();
    private int blockDepth;

    private SqlScriptSplitter(String script, ScriptSyntax syntax) {
        this.script = script;
        this.syntax = java.util.Objects.requireNonNull(syntax, "syntax");
    }

    /** The statements of a script, without delimiters, empty and comment-only statements dropped. */
    static List<SqlStatement> split(String script, ScriptSyntax syntax) {
        return new SqlScriptSplitter(script, syntax).run();
    }

    private List<SqlStatement> run() {
        int n = script.length();
        while (pos < n) {
            char c = script.charAt(pos);
            if (syntax.delimiterCommand() && contentLine < 0 && (c == 'd' || c == 'D') && onlyBlanksBeforeOnLine() && delimiterCommand()) {
                continue;
            }
            if (blockDepth == 0 && script.startsWith(delimiter, pos)) {
                finish(pos);
                pos += delimiter.length();
                start = pos;
            } else if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && at(pos + 1) == '-' && (!syntax.dashCommentNeedsSpace() || pos + 2 >= n || Character.isWhitespace(at(pos + 2)))) {
                skipToEndOfLine();
            } else if (c == '#' && syntax.hashComments()) {
                skipToEndOfLine();
            } else if (c == '/' && at(pos + 1) == '*') {
                if (syntax.versionComments() && at(pos + 2) == '!') {
                    markContent();
                }
                skipBlockComment();
            } else {
                markContent();
                if (c == '\'') {
                    skipQuoted('\'', syntax.backslashEscapes() || escapeStringPrefix());
                } else if (c == '"') {
                    skipQuoted('"', syntax.backslashEscapes());
                } else if (c == '`' && syntax.backtickIdentifiers()) {
                    skipQuoted('`', false);
                } else if (c == '$' && syntax.dollarQuotes() && dollarQuoted()) {
                    // skipped the whole dollar-quoted body
                } else if (Character.isLetter(c) || c == '_') {
                    word();
                } else {
                    pos++;
                }
            }
        }
        finish(n);
        return statements;
    }

    private char at(int index) {
        return index < script.length() ? script.charAt(index) : '\0';
    }

    private boolean onlyBlanksBeforeOnLine() {
        for (int i = pos - 1; i >= 0 && script.charAt(i) != '\n'; i--) {
            if (script.charAt(i) != ' ' && script.charAt(i) != '\t' && script.charAt(i) != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The mysql client's {@code DELIMITER x} line: changes the delimiter and is not sent to the server. */
    private boolean delimiterCommand() {
        Matcher matcher = DELIMITER_COMMAND.matcher(script).region(pos, script.length());
        if (!matcher.lookingAt()) {
            return false;
        }
        delimiter = matcher.group(1);
        pos = matcher.end();
        start = pos;
        return true;
    }

    private void markContent() {
        if (contentLine < 0) {
            contentLine = line;
        }
    }

    private void finish(int end) {
        if (contentLine >= 0) {
            statements.add(new SqlStatement(script.substring(start, end).strip(), contentLine));
        }
        contentLine = -1;
        leadingWords.clear();
        blockDepth = 0;
    }

    private void skipToEndOfLine() {
        while (pos < script.length() && script.charAt(pos) != '\n') {
            pos++;
        }
    }

    private void skipBlockComment() {
        int depth = 0;
        while (pos < script.length()) {
            if (script.startsWith("/*", pos) && (depth == 0 || syntax.nestedBlockComments())) {
                depth++;
                pos += 2;
            } else if (script.startsWith("*/", pos)) {
                pos += 2;
                if (--depth == 0) {
                    return;
                }
            } else {
                countLine(script.charAt(pos++));
            }
        }
    }

    private void skipQuoted(char quote, boolean backslashEscapes) {
        pos++;
        while (pos < script.length()) {
            char c = script.charAt(pos);
            if (backslashEscapes && c == '\\' && pos + 1 < script.length()) {
                countLine(script.charAt(pos + 1));
                pos += 2;
            } else if (c == quote) {
                if (at(pos + 1) == quote) {
                    pos += 2;
                } else {
                    pos++;
                    return;
                }
            } else {
                countLine(c);
                pos++;
            }
        }
    }

    /** PostgreSQL {@code E'...'}: the only strings where a backslash escapes the quote. */
    private boolean escapeStringPrefix() {
        char prefix = pos > 0 ? script.charAt(pos - 1) : '\0';
        return (prefix == 'E' || prefix == 'e') && (pos < 2 || !identifierPart(script.charAt(pos - 2)));
    }

    private boolean dollarQuoted() {
        if (pos > 0 && identifierPart(script.charAt(pos - 1))) {
            return false;
        }
        Matcher matcher = DOLLAR_TAG.matcher(script).region(pos, script.length());
        if (!matcher.lookingAt()) {
            return false;
        }
        String tag = matcher.group();
        int close = script.indexOf(tag, matcher.end());
        int end = close < 0 ? script.length() : close + tag.length();
        for (int i = matcher.end(); i < Math.min(end, script.length()); i++) {
            countLine(script.charAt(i));
        }
        pos = end;
        return true;
    }

    /**
     * Reads a keyword or identifier. In {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE} statements,
     * {@code BEGIN} and {@code CASE} open a block and {@code END} closes one, so the semicolons of a
     * {@code BEGIN ATOMIC} body do not end the statement (psql counts the same way).
     */
    private void word() {
        int from = pos;
        while (pos < script.length() && identifierPart(script.charAt(pos))) {
            pos++;
        }
        if (!syntax.atomicBodies()) {
            return;
        }
        String word = script.substring(from, pos).toLowerCase(Locale.ROOT);
        if (leadingWords.size() < 4) {
            leadingWords.add(word);
        }
        if (routineDefinition()) {
            if (word.equals("begin") || word.equals("case")) {
                blockDepth++;
            } else if (word.equals("end") && blockDepth > 0) {
                blockDepth--;
            }
        }
    }

    private boolean routineDefinition() {
        if (leadingWords.size() < 2 || !leadingWords.get(0).equals("create")) {
            return false;
        }
        int kind = leadingWords.get(1).equals("or") ? 3 : 1;
        return leadingWords.size() > kind
                && (kind == 1 || leadingWords.get(2).equals("replace"))
                && (leadingWords.get(kind).equals("function") || leadingWords.get(kind).equals("procedure"));
    }

    private static boolean identifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private void countLine(char c) {
        if (c == '\n') {
            line++;
        }
    }
}
