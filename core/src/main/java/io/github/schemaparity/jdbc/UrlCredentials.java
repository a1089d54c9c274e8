package io.github.schemaparity.jdbc;

import io.github.schemaparity.SchemaParityException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code user:password@host} part of a JDBC URL, taken out of it: the drivers disagree about that
 * form (MariaDB Connector/J rejects it and does not percent-decode it, pgjdbc does not know it), so
 * SchemaParity reads it itself and hands the drivers a URL without it plus the credentials as
 * connection properties, percent-decoded.
 *
 * @param url      the URL without the user information
 * @param user     the decoded user, or {@code null} when the URL had none
 * @param password the decoded password, or {@code null} when the URL had none
 */
public record UrlCredentials(String url, String user, String password) {
    // jdbc:<engine>[:<variant>]:// then the authority up to the first / ? or ; after its last @
    private static final Pattern HIERARCHICAL = Pattern.compile(
            "^(jdbc:[a-zA-Z0-9]+(?:\\+srv)?(?::[a-zA-Z0-9]+)?://)([^/?;]*)(.*)$", Pattern.DOTALL);

    private static final String HOW = "percent-encode it (@ as %40, : as %3A, / as %2F, ? as %3F, # as %23,"
            + " % as %25), or better leave it out of the URL: settings.xml (schemaparity.reference.serverId) or"
            + " the environment (SCHEMAPARITY_REFERENCE_PASSWORD)";

    /**
     * Splits a URL.
     *
     * @throws SchemaParityException with one line saying how to write the URL, when its user
     *                               information cannot be read (an unencoded {@code /}, {@code ?} or
     *                               {@code #} in the password, or a bad {@code %} escape)
     */
    public static UrlCredentials of(String url) {
        Matcher m = url == null ? null : HIERARCHICAL.matcher(url.trim());
        if (m == null || !m.matches()) {
            return new UrlCredentials(url, null, null);
        }
        String authority = m.group(2);
        int at = authority.lastIndexOf('@');
        if (at < 0) {
            String rest = m.group(3);
            int query = rest.indexOf('?');
            String path = query < 0 ? rest : rest.substring(0, query);
            if (authority.contains(":") && path.contains("@") && !authority.contains(",")) {
                // user:pa/ss@host: the / ended the authority inside the password
                throw new SchemaParityException("Cannot read the user and password of JDBC URL " + m.group(1)
                        + authority.substring(0, authority.indexOf(':')) + ":****@" + afterLastAt(rest)
                        + ": the password holds a character that ends the host part; " + HOW);
            }
            return new UrlCredentials(url, null, null);
        }
        String userInfo = authority.substring(0, at);
        int colon = userInfo.indexOf(':');
        String rawUser = colon < 0 ? userInfo : userInfo.substring(0, colon);
        String shown = m.group(1) + rawUser + (colon < 0 ? "" : ":" + JdbcUrls.MASK) + "@" + authority.substring(at + 1)
                + JdbcUrls.mask(m.group(3));
        String user = decode(rawUser, shown);
        String password = colon < 0 ? null : decode(userInfo.substring(colon + 1), shown);
        return new UrlCredentials(m.group(1) + authority.substring(at + 1) + m.group(3), user.isEmpty() ? null : user,
                password);
    }

    /** Whether the URL held a user or password before the host. */
    public boolean present() {
        return user != null || password != null;
    }

    private static String afterLastAt(String text) {
        int at = text.lastIndexOf('@');
        return JdbcUrls.mask(text.substring(at + 1));
    }

    /** Percent-decoding as RFC 3986 has it: {@code +} stays a plus. */
    private static String decode(String text, String shown) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return java.net.URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            throw new SchemaParityException("Cannot read the user and password of JDBC URL " + shown
                    + ": a % in them is not followed by two hex digits; " + HOW);
        }
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "UrlCredentials[url=" + JdbcUrls.mask(url) + ", user=" + user + ", password="
                + (password == null ? null : JdbcUrls.MASK) + "]";
    }
}
