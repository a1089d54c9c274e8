package io.github.schemaparity.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the baseline of acknowledged differences is: {@code classpath:name} or a file relative to the
 * project; by default {@value #DEFAULT}, when it is on the test class path (the file the Maven plugin's
 * {@code baseline} goal writes, {@code src/test/resources/schemaparity/baseline.json}).
 */
final class BaselineLocation {
    /** The baseline used when the attribute is empty and this resource exists. */
    static final String DEFAULT = "classpath:schemaparity/baseline.json";
    private static final String CLASSPATH = "classpath:";

    private final String owner;

    BaselineLocation(String owner) {
        this.owner = owner;
    }

    /** The baseline file, or {@code null} for none. */
    Path resolve(String baseline, Path projectDir, ClassLoader resources) {
        if (baseline.isEmpty()) {
            URL url = resources.getResource(name(DEFAULT));
            return url == null ? null : file(url, DEFAULT);
        }
        if (baseline.regionMatches(true, 0, CLASSPATH, 0, CLASSPATH.length())) {
            URL url = resources.getResource(name(baseline));
            if (url == null) {
                throw new IllegalArgumentException(owner + ": baseline " + baseline + " is not on the test class path;"
                        + " write it with `mvn schemaparity:baseline` into src/test/resources/" + name(baseline)
                        + ", or fix baseline");
            }
            return file(url, baseline);
        }
        Path file = projectDir.resolve(baseline).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(owner + ": baseline " + baseline + " does not exist (" + file
                    + "); write it with `mvn schemaparity:baseline -Dschemaparity.baseline=" + baseline
                    + "`, or fix baseline");
        }
        return file;
    }

    private static String name(String classpath) {
        String name = classpath.substring(CLASSPATH.length());
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        return name;
    }

    /** The resource as a file: itself when it is one, else a copy (a baseline inside a jar). */
    private Path file(URL url, String baseline) {
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                // fall through to a copy
            }
        }
        try (InputStream in = url.openStream()) {
            Path copy = Files.createTempFile("schemaparity-baseline-", ".json");
            copy.toFile().deleteOnExit();
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(owner + ": cannot read baseline " + baseline + ": " + e.getMessage(), e);
        }
    }
}
