package io.github.schemaparity.junit;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.engine.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where production is: a snapshot on the class path or the file system, or a live replica whose URL and
 * credentials come from system properties or environment variables. Every failure names the attribute.
 */
final class ReferenceLocation {
    /** The replica user's variable when {@code referenceUserVariable} is not set, as the Maven plugin reads. */
    static final String DEFAULT_USER_VARIABLE = "SCHEMAPARITY_REFERENCE_USER";
    /** The replica password's variable when {@code referencePasswordVariable} is not set. */
    static final String DEFAULT_PASSWORD_VARIABLE = "SCHEMAPARITY_REFERENCE_PASSWORD";
    private static final String CLASSPATH = "classpath:";
    /** Copies of snapshots inside jars, one per resource, so classes naming it share one candidate. */
    private static final Map<String, Path> COPIES = new ConcurrentHashMap<>();

    private final String owner;
    private final Variables variables;

    ReferenceLocation(String owner, Variables variables) {
        this.owner = owner;
        this.variables = variables;
    }

    Source resolve(ParitySettings settings, Path projectDir, ClassLoader resources) {
        if (!settings.referenceUrlVariable().isEmpty()) {
            if (!settings.reference().isEmpty()) {
                throw new IllegalArgumentException(owner + ": reference and referenceUrlVariable are both set;"
                        + " set reference for a snapshot or referenceUrlVariable for a live replica");
            }
            return replica(settings);
        }
        if (!settings.referenceUserVariable().isEmpty() || !settings.referencePasswordVariable().isEmpty()) {
            throw new IllegalArgumentException(owner + ": referenceUserVariable and referencePasswordVariable"
                    + " need referenceUrlVariable, the variable holding the replica's JDBC URL");
        }
        String reference = settings.reference().isEmpty() ? SchemaParity.DEFAULT_REFERENCE : settings.reference();
        if (reference.startsWith("jdbc:")) {
            throw new IllegalArgumentException(owner + ": reference is a JDBC URL; put it in a system property or"
                    + " environment variable and name that in referenceUrlVariable (credentials do not belong in code)");
        }
        if (reference.regionMatches(true, 0, CLASSPATH, 0, CLASSPATH.length())) {
            return Source.snapshot(classpathSnapshot(reference, resources));
        }
        Path file = projectDir.resolve(reference).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(owner + ": reference " + reference + " does not exist (" + file
                    + "); write it with `mvn schemaparity:snapshot`, or fix reference");
        }
        return Source.snapshot(file);
    }

    private Source replica(ParitySettings settings) {
        String url = variables.required("referenceUrlVariable", settings.referenceUrlVariable());
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException(owner + ": referenceUrlVariable " + settings.referenceUrlVariable()
                    + " holds no JDBC URL; expected e.g. jdbc:postgresql://replica:5432/shop");
        }
        String user = variables.optional("referenceUserVariable", settings.referenceUserVariable(),
                DEFAULT_USER_VARIABLE);
        String password = variables.optional("referencePasswordVariable", settings.referencePasswordVariable(),
                DEFAULT_PASSWORD_VARIABLE);
        try {
            return Source.jdbc(url, user, password);
        } catch (SchemaParityException e) {
            throw new IllegalArgumentException(owner + ": referenceUrlVariable " + settings.referenceUrlVariable()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The resource as a file: itself when it is one, else a copy (a snapshot inside a jar). */
    private Path classpathSnapshot(String reference, ClassLoader resources) {
        String name = reference.substring(CLASSPATH.length());
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        URL url = resources.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException(owner + ": reference " + reference + " is not on the test class path;"
                    + " write it with `mvn schemaparity:snapshot` into src/test/resources/" + name
                    + ", or fix reference");
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                // fall through to a copy
            }
        }
        return COPIES.computeIfAbsent(url.toString(), u -> copy(url, reference));
    }

    private Path copy(URL url, String reference) {
        try (InputStream in = url.openStream()) {
            Path copy = Files.createTempFile("schemaparity-reference-", ".json");
            copy.toFile().deleteOnExit();
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(owner + ": cannot read reference " + reference + ": " + e.getMessage(), e);
        }
    }
}
