package io.github.schemaparity.jdbc;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.model.Engine;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what SchemaParity needs from a JDBC URL (engine, host, database), points it at another
 * database, and masks its secrets.
 */
public final class JdbcUrls {
    /** What replaces a password in anything shown to a user. */
    public static final String MASK = "****";

    private static final Pattern OTHER_URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

    private static final String EXAMPLE = "jdbc:postgresql://host:5432/db";
    // jdbc:mysql+srv: (DNS SRV) is MySQL too
    private static final Pattern SUBPROTOCOL = Pattern.compile("(?i)jdbc:([a-z0-9]+)(?:\\+srv)?:.*", Pattern.DOTALL);
    // password=..., sslpassword=..., pwd=..., MySQL's multi-factor password1..3= in a query string, a
    // ;-separated property list or any other text (a driver's message may echo its properties after a
    // space). Not inside MySQL's (host=h,password=p) address lists: ADDRESS_SECRET masks those.
    // A raw & in a password cuts it for the driver; the pieces after it (no = of their own) are masked too.
    private static final Pattern QUERY_SECRET = Pattern.compile(
            "(?i)(?<![(,a-zA-Z])((?:[a-z]*password[0-9]?|pwd)=)[^&;\\s]*(?:&[^&=;\\s]*(?=[&;\\s]|$))*");
    // Oracle's jdbc:oracle:thin:user/password@host; the last @ ends the password.
    private static final Pattern SLASH_SECRET =
            Pattern.compile("(?i)(jdbc:[a-z0-9]+:(?:[a-z0-9]+:)*[^/:@\\s]+/)(\\S*)@");
    // MySQL's key-value host forms: (host=h,port=3306,password=p) and address=(host=h)(password=p).
    private static final Pattern ADDRESS_SECRET =
            Pattern.compile("(?i)([(,](?:[a-z]*password[0-9]?|pwd)=)[^,)\\s]*");
    // user:password@host in the authority part; the last @ before the path ends the password.
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?&\\s]+:)([^/?\\s]*)@");
    // jdbc:<engine>[:<variant>]://hosts, then /database, then ?query or ;properties
    private static final Pattern HIERARCHICAL =
            Pattern.compile("^(jdbc:[a-zA-Z0-9]+(?:\\+srv)?(?::[a-zA-Z0-9]+)?://[^/?;]*)(/[^?;]*)?([?;].*)?$");
    private static final Pattern AUTHORITY = Pattern.compile(
            "^jdbc:[a-z0-9]+(?:\\+srv)?(?::[a-z0-9]+)?://(?:[^@/?]*@)?([^/?;]*)(/([^?;]*))?",
            Pattern.CASE_INSENSITIVE);

    private JdbcUrls() {
    }

    /**
     * The engine a JDBC URL names.
     *
     * @throws SchemaParityException if the text is not a JDBC URL, or names an engine SchemaParity
     *                               does not read
     */
    public static Engine engineOf(String url) {
        Matcher matcher = url == null ? null : SUBPROTOCOL.matcher(url.trim());
        if (matcher == null || !matcher.matches()) {
            throw new SchemaParityException("Not a JDBC URL: '" + mask(url) + "'; expected e.g. " + EXAMPLE);
        }
        String subprotocol = matcher.group(1).toLowerCase(Locale.ROOT);
        // Each engine's URLs are jdbc:<its id>: (jdbc:mysql+srv: too), so the id names the engine.
        for (Engine engine : Engine.values()) {
            if (engine.id().equals(subprotocol)) {
                return engine;
            }
        }
        throw new SchemaParityException("Unsupported database '" + subprotocol + "' in " + mask(url)
                + ": SchemaParity reads " + supportedPrefixes() + " URLs");
    }

    /** {@code jdbc:postgresql:, jdbc:mysql: and jdbc:mariadb:}. */
    private static String supportedPrefixes() {
        Engine[] engines = Engine.values();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < engines.length; i++) {
            text.append(i == 0 ? "" : i == engines.length - 1 ? " and " : ", ").append("jdbc:").append(engines[i].id())
                    .append(':');
        }
        return text.toString();
    }

    /** Whether the text looks like a JDBC URL (starts with {@code jdbc:}), whatever its engine. */
    public static boolean isJdbcUrl(String text) {
        return text != null && text.trim().regionMatches(true, 0, "jdbc:", 0, 5);
    }

    /**
     * Whether the text is a URL of some other scheme, such as {@code postgres://host/db} or
     * {@code mysql://host/db}: something meant as a database address that is not a JDBC URL.
     */
    public static boolean isOtherUrl(String text) {
        return text != null && !isJdbcUrl(text) && OTHER_URL.matcher(text.trim()).find();
    }

    /**
     * The URL with its passwords replaced by {@value #MASK}: {@code password=} (and {@code sslpassword=},
     * {@code pwd=}) values wherever they stand, the {@code user:password@} form and Oracle's
 * {@code user/password@host}. Also safe on any
     * text that merely contains URLs, such as a driver's error message.
     */
    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        String masked = ADDRESS_SECRET.matcher(url).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        masked = QUERY_SECRET.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        masked = SLASH_SECRET.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "@");
        return USER_INFO.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "@");
    }

    /** {@code host:port} of a URL of the {@code jdbc:x://host:port/db} form, or {@code null}. */
    public static String hostAndPort(String url) {
        Matcher matcher = AUTHORITY.matcher(url);
        return matcher.find() && !matcher.group(1).isEmpty() ? matcher.group(1) : null;
    }

    /** The database a URL of the {@code jdbc:x://host:port/db} form names, or {@code null}. */
    public static String database(String url) {
        Matcher matcher = AUTHORITY.matcher(url);
        return matcher.find() && matcher.group(3) != null && !matcher.group(3).isEmpty() ? matcher.group(3) : null;
    }

    /**
     * The same URL (hosts, ports, parameters) naming another database: {@code jdbc:x://host:port/db?p}
     * and PostgreSQL's short {@code jdbc:postgresql:db?p} form.
     *
     * @throws SchemaParityException for a URL of another shape, which names no database to swap
     */
    public static String withDatabase(String url, String database) {
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

    /** A query-string parameter of the URL, decoded, or {@code null} when absent. */
    static String queryParameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : url.substring(query + 1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equalsIgnoreCase(name)) {
                String value = pair.substring(equals + 1);
                try {
                    return URLDecoder.decode(value, StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformedEscape) {
                    return value;
                }
            }
        }
        return null;
    }

    /**
     * Whether a {@code password=} query parameter is followed by a piece without {@code =}: a raw
     * {@code &} inside the password, which the driver takes for the start of the next parameter.
     */
    static boolean passwordCutByAmpersand(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return false;
        }
        String[] pairs = url.substring(query + 1).split("&", -1);
        for (int i = 0; i + 1 < pairs.length; i++) {
            if (pairs[i].toLowerCase(Locale.ROOT).startsWith("password=") && !pairs[i + 1].contains("=")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The warning for a password written into a URL parameter: Maven's {@code -X} prints every
     * parameter, so the password ends up in debug logs.
     *
     * @param parameter    the parameter that holds the URL, e.g. {@code schemaparity.reference}
     * @param alternatives where the password belongs instead, as the front end names it
     * @return the one line, or {@code null} when the URL holds no password
     */
    public static String passwordInUrlWarning(String parameter, String url, String alternatives) {
        if (url == null || !isJdbcUrl(url) || mask(url).equals(url)) {
            return null;
        }
        return "The JDBC URL in " + parameter + " holds a password, which Maven prints with every parameter under -X"
                + " (and CI logs keep): " + alternatives;
    }

    /** The password of the {@code user:password@host} form, or {@code null}. */
    static String userInfoPassword(String url) {
        Matcher matcher = USER_INFO.matcher(url);
        return matcher.find() ? matcher.group(2) : null;
    }
}
