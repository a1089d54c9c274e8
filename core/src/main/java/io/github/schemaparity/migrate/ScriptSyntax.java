package io.github.schemaparity.migrate;

/**
 * The lexical rules of one engine's SQL scripts that decide where a statement ends, as its own client
 * applies them. Each engine's support declares its rules; the {@link Migrator} is given them by its caller,
 * so a script is never split by another engine's rules.
 *
 * @param delimiterCommand    the client's {@code DELIMITER x} line changes the statement delimiter
 * @param dashCommentNeedsSpace {@code --} starts a comment only when followed by white space
 * @param hashComments        {@code #} starts a comment to the end of the line
 * @param versionComments     {@code /*! ... *}{@code /} is content (a conditional statement), not a comment
 * @param backslashEscapes    a backslash escapes the next character inside {@code '...'} and {@code "..."}
 * @param backtickIdentifiers {@code `...`} quotes an identifier
 * @param dollarQuotes        {@code $$ ... $$} and {@code $tag$ ... $tag$} quote a body; {@code E'...'} takes
 *                            backslash escapes
 * @param nestedBlockComments block comments nest
 * @param atomicBodies        SQL-standard routine bodies ({@code BEGIN ATOMIC ... END}) hold semicolons
 */
public record ScriptSyntax(boolean delimiterCommand, boolean dashCommentNeedsSpace, boolean hashComments,
        boolean versionComments, boolean backslashEscapes, boolean backtickIdentifiers, boolean dollarQuotes,
        boolean nestedBlockComments, boolean atomicBodies) {
}
