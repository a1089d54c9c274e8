package io.github.schemaparity.engine;

/**
 * What the two sides are called in mismatch messages.
 *
 * @param expected the expected side's name
 * @param actual   the actual side's name
 */
record Roles(String expected, String actual) {
    /** Two databases or snapshots. */
    static final Roles COMPARE = new Roles("expected", "actual");
    /** The project's migrations against production. */
    static final Roles CHECK = new Roles("the candidate built from the migrations", "production (the reference)");
}
