package io.github.schemaparity.database.mysql;

import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.model.View;
import java.util.Locale;

/**
 * How the MySQL/MariaDB capture and fix spell {@code SQL SECURITY} and {@code DEFINER}.
 *
 * <p>{@code information_schema} reports a definer as {@code user@host} ({@code app@%}, {@code root@localhost})
 * and a MariaDB role as its bare name; the model keeps that text. In DDL it is written
 * {@code 'user'@'host'} (a role: {@code `role`}).
 */
final class Definers {
    private Definers() {
    }

    /** {@code DEFINER} or {@code INVOKER}, upper case; {@code null} when the server reports none. */
    static String security(String securityType) {
        return securityType == null || securityType.isBlank() ? null : securityType.strip().toUpperCase(Locale.ROOT);
    }

    /** The definer as the model keeps it: {@code user@host}, or {@code null} when blank. */
    static String definer(String reported) {
        return reported == null || reported.isBlank() ? null : reported.strip();
    }

    /** {@code " DEFINER = 'user'@'host'"} for {@code user@host} (split at the last {@code @}), a role back-quoted. */
    static String clause(String definer) {
        int at = definer.lastIndexOf('@');
        String account = at < 0 ? MySqlNames.ident(definer)
                : MySqlNames.literal(definer.substring(0, at)) + "@" + MySqlNames.literal(definer.substring(at + 1));
        return " DEFINER = " + account;
    }

    /** {@link #clause} when the change's definer differs (definers are compared on request), else empty. */
    static String ifChanged(ObjectChange change, String definer) {
        return definer != null && change.changed("definer").isPresent() ? clause(definer) : "";
    }

    /** Whether a view both sides have is recreated: its definition, SQL SECURITY or definer differs. */
    static boolean recreatesView(ObjectChange change) {
        return change.changed("definition").isPresent() || change.changed("security").isPresent()
                || change.changed("definer").isPresent();
    }

    /** {@code CREATE [OR REPLACE] [DEFINER = ...] [SQL SECURITY ...] VIEW }, as far as the target view has them. */
    static String createView(ObjectChange change, View want) {
        return (change.missing() ? "CREATE" : "CREATE OR REPLACE") + ifChanged(change, want.definer())
                + (want.security() == null ? "" : " SQL SECURITY " + want.security()) + " VIEW ";
    }
}
