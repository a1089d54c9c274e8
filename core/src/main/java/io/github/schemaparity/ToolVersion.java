package io.github.schemaparity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of SchemaParity itself, as the build stamped it into {@code version.properties}. */
public final class ToolVersion {
    /** What {@link #get()} returns when the build did not stamp a version (e.g. classes run from an IDE). */
    public static final String UNKNOWN = "unknown";

    private static final String VERSION = load();

    private ToolVersion() {
    }

    /** The version, e.g. {@code 0.1.0-SNAPSHOT}, or {@value #UNKNOWN}. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").trim();
            // An unfiltered resource still holds the Maven placeholder.
            return version.isEmpty() || version.contains("${") ? UNKNOWN : version;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SchemaParity's version.properties", e);
        }
    }
}
