package io.github.schemaparity.database.postgres;

import io.github.schemaparity.fix.FixStatement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which PostgreSQL fix statements cannot run inside the script's {@code BEGIN; ... COMMIT;}, and where they go
 * instead. Decided from the statement text in one place, so a writer of a new kind of statement gets it right
 * without knowing about the transaction.
 */
final class PgTransactionRules {
    private static final Pattern CONCURRENTLY = Pattern.compile(
            "(?is)^\\s*(CREATE\\s+(UNIQUE\\s+)?INDEX|DROP\\s+INDEX|REINDEX\\b[^;]*?)\\s+CONCURRENTLY\\b.*");
    private static final Pattern NEVER_IN_TRANSACTION = Pattern.compile(
            "(?is)^\\s*(VACUUM|CREATE\\s+DATABASE|DROP\\s+DATABASE|ALTER\\s+SYSTEM|CREATE\\s+TABLESPACE|DROP\\s+TABLESPACE)\\b.*");
    private static final Pattern ADD_ENUM_VALUE = Pattern.compile("(?is)^\\s*ALTER\\s+TYPE\\s+.+\\s+ADD\\s+VALUE\\s.*");

    private PgTransactionRules() {
    }

    /** The statements, each marked where it cannot run in a transaction block on a server of that major. */
    static List<FixStatement> placed(List<FixStatement> statements, int majorVersion) {
        return statements.stream().map(s -> placed(s, majorVersion)).toList();
    }

    private static FixStatement placed(FixStatement statement, int majorVersion) {
        if (!statement.generated() || !statement.inTransaction()) {
            return statement;
        }
        String sql = statement.sql();
        if (CONCURRENTLY.matcher(sql).matches()) {
            return statement.outside(new FixStatement.Outside(false,
                    "CONCURRENTLY cannot run inside a transaction block; run it once the transaction has committed."));
        }
        if (NEVER_IN_TRANSACTION.matcher(sql).matches()) {
            return statement.outside(new FixStatement.Outside(false,
                    "this statement cannot run inside a transaction block."));
        }
        if (ADD_ENUM_VALUE.matcher(sql).matches()) {
            // Before 12 the statement is refused in a transaction block; from 12 on a label added in a
            // transaction cannot be used before it commits, and the statements of the transaction may use it.
            return statement.outside(new FixStatement.Outside(true, majorVersion > 0 && majorVersion < 12
                    ? "ALTER TYPE ... ADD VALUE cannot run inside a transaction block before PostgreSQL 12."
                    : "a new enum label cannot be used in the transaction that adds it; adding one loses nothing."));
        }
        return statement;
    }
}
