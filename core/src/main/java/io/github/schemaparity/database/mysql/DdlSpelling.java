package io.github.schemaparity.database.mysql;

/**
 * Where MySQL's and MariaDB's DDL spell the same change differently; the fix dialect writes each
 * server's spelling.
 *
 * @param notNullOnGeneratedColumn whether a generated column takes a {@code NOT NULL} clause (MariaDB takes none)
 * @param parenthesisedExpressionDefaults whether an expression default must be in parentheses (MySQL);
 *     literals go bare on both
 * @param dropCheck the clause dropping a check constraint: {@code DROP CHECK} or {@code DROP CONSTRAINT}
 * @param invisibleIndex the keyword of an index the optimizer ignores: {@code INVISIBLE} or {@code IGNORED}
 */
public record DdlSpelling(boolean notNullOnGeneratedColumn, boolean parenthesisedExpressionDefaults,
        String dropCheck, String invisibleIndex) {
    /** MySQL 8's spelling. */
    public static final DdlSpelling MYSQL = new DdlSpelling(true, true, "DROP CHECK", "INVISIBLE");
    /** MariaDB's spelling. */
    public static final DdlSpelling MARIADB = new DdlSpelling(false, false, "DROP CONSTRAINT", "IGNORED");
}
