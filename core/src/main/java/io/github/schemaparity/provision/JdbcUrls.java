package io.github.schemaparity.provision;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.model.Engine;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few JDBC URL operations provisioning needs: engine, database swap, password masking. */
final class JdbcUrls {
    private static final Pattern HIERARCHICAL =
            Pattern.compile("^(jdbc:[a-zA-Z0-9]+(?::[a-zA-Z0-9]+)?://[^/?;]*)(/[^?;]*)?([?;].*)?$");
    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)((?:password|pwd|sslpassword)=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("//([^/@:]+):([^/@]*)@");

    private JdbcUrls() {
    }

    /** The engine a URL's scheme names, or {@code null} for another one. */
    static Engine engineOf(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return Engine.POSTGRESQL;
        }
        if (lower.startsWith("jdbc:mariadb:")) {
            return Engine.MARIADB;
        }
        if (lower.startsWith("jdbc:mysql:")) {
            return Engine.MYSQL;
        }
        return null;
    }

    /** The same URL (host, port, parameters) pointing at another database. */
    static String withDatabase(String url, String database) {
        Matcher m = HIERARCHICAL.matcher(url);
        if (m.matches()) {
            return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
        }
        // jdbc:postgresql:database, PostgreSQL's short form for localhost:5432
        if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            String rest = url.substring("jdbc:postgresql:".length());
            int query = rest.indexOf('?');
            return "jdbc:postgresql:" + database + (query < 0 ? "" : rest.substring(query));
        }
        throw new SchemaParityException("Cannot read host and database from JDBC URL " + mask(url)
                + ": use the form jdbc:<engine>://host:port/database");
    }

    /** The URL with any password (parameter or user-info) replaced by {@code ****}. */
    static String mask(String text) {
        String masked = PASSWORD_PARAMETER.matcher(text).replaceAll("$1****");
        return USER_INFO.matcher(masked).replaceAll("//$1:****@");
    }
}
