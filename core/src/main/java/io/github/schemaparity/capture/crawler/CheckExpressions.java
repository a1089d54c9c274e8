package io.github.schemaparity.capture.crawler;

import io.github.schemaparity.capture.postgres.PgTypeNames;
import io.github.schemaparity.capture.postgres.SqlText;

/**
 * The model's form of a CHECK constraint: {@code CHECK (price > 0) NOT VALID}, as
 * {@code pg_get_constraintdef(oid, true)} prints it, becomes {@code (price > 0)}; validity is an
 * attribute of its own. Same rule as {@code capture.postgres.ConstraintQuery.checkExpression}, which
 * is package-private there.
 */
final class CheckExpressions {
    private CheckExpressions() {
    }

    static String of(String definition) {
        String text = SqlText.foldWhitespace(definition);
        if (text.startsWith("CHECK ")) {
            text = text.substring("CHECK ".length());
        }
        if (text.endsWith(" NOT VALID")) {
            text = text.substring(0, text.length() - " NOT VALID".length());
        }
        return PgTypeNames.normalizeWithin(text);
    }
}
