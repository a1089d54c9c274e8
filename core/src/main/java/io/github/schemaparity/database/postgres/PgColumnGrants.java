package io.github.schemaparity.database.postgres;

/**
 * Column-level privileges in fix statements: the model writes a grant on a column as
 * {@code PRIVILEGE(column)} with the column name unquoted, a statement needs {@code PRIVILEGE ("Column")}.
 */
final class PgColumnGrants {
    private PgColumnGrants() {
    }

    /** {@code SELECT} as is, {@code SELECT(e-mail)} as {@code SELECT ("e-mail")}. */
    static String privilege(String modelled) {
        int open = modelled.indexOf('(');
        if (open < 0 || !modelled.endsWith(")")) {
            return modelled;
        }
        return modelled.substring(0, open) + " (" + PgNames.ident(modelled.substring(open + 1, modelled.length() - 1))
                + ")";
    }
}
