package io.github.schemaparity.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one parser of server versions into majors, shared by the catalog, provisioning and the engine
 * supports so that they never disagree. A major is the first number alone from the engine's
 * {@link Engine#singleNumberMajorsFrom()} on ({@code 17}), else the first two ({@code 9.6}, {@code 10.11},
 * {@code 8.0}). A version string may carry text around the numbers ({@code PostgreSQL 16.4 on x86_64},
 * {@code 17.6 (Debian 17.6-1)}, {@code 10.11.6-MariaDB-log}); MySQL's protocol prefix
 * {@code 5.5.5-} in front of a MariaDB version is not part of the version.
 */
public final class MajorVersion {
    /** For {@link Engine#singleNumberMajorsFrom()}: the engine's majors are always two numbers. */
    public static final int ALWAYS_TWO_NUMBERS = Integer.MAX_VALUE;

    private static final Pattern NUMBERS = Pattern.compile("(\\d+)(?:\\.(\\d+))?");
    private static final String PROTOCOL_PREFIX = "5.5.5-";

    private MajorVersion() {
    }

    /**
     * The major of a server version, or empty when the text holds no version number, or a two-number
     * major is needed and the text has only one.
     */
    public static Optional<String> of(Engine engine, String serverVersion) {
        if (serverVersion == null) {
            return Optional.empty();
        }
        String version = withoutProtocolPrefix(serverVersion.trim());
        Matcher m = NUMBERS.matcher(version);
        if (!m.find()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        if (first >= engine.singleNumberMajorsFrom()) {
            return Optional.of(Integer.toString(first));
        }
        return m.group(2) == null ? Optional.empty() : Optional.of(first + "." + Integer.parseInt(m.group(2)));
    }

    /** The version without MySQL's {@code 5.5.5-} protocol prefix, which MariaDB servers send. */
    public static String withoutProtocolPrefix(String serverVersion) {
        return serverVersion.startsWith(PROTOCOL_PREFIX) && serverVersion.length() > PROTOCOL_PREFIX.length()
                && Character.isDigit(serverVersion.charAt(PROTOCOL_PREFIX.length()))
                ? serverVersion.substring(PROTOCOL_PREFIX.length()) : serverVersion;
    }
}
