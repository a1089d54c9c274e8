package io.github.schemaparity.cache;

import io.github.schemaparity.migrate.FlywayMigrations;
import io.github.schemaparity.migrate.LiquibaseChangelog;
import io.github.schemaparity.migrate.MigrationSource;
import io.github.schemaparity.migrate.SqlFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the files a migration source can read, each with the digest of its bytes: every file below a
 * Flyway location, below a Liquibase search path (where the changelog and its includes are looked up),
 * or in a SQL folder. Deliberately generous: a file the tool does not read only costs a cache miss
 * when it changes, while a file left out could reuse a stale catalog.
 */
public final class MigrationFiles {
    private static final String FILESYSTEM = "filesystem:";
    private static final String CLASSPATH = "classpath:";

    private MigrationFiles() {
    }

    /** A source whose files cannot be listed (a cloud location, a wildcard pattern): the cache is off for it. */
    public static final class NotListableException extends Exception {
        private static final long serialVersionUID = 1L;

        NotListableException(String message) {
            super(message);
        }
    }

    /**
     * The files of a migration source, sorted by path.
     *
     * @param source     the resolved migration source
     * @param resources  the class loader {@code classpath:} locations are read from
     * @param projectDir paths below it are recorded relative to it, so the key survives moving the project
     * @throws NotListableException when a location cannot be listed
     * @throws UncheckedIOException when a file cannot be read
     */
    public static List<MigrationFile> of(MigrationSource source, ClassLoader resources, Path projectDir)
            throws NotListableException {
        List<MigrationFile> files = new ArrayList<>();
        Path project = projectDir.toAbsolutePath().normalize();
        if (source instanceof FlywayMigrations flyway) {
            for (String location : flyway.locations()) {
                flywayLocation(location, resources, project, files);
            }
        } else if (source instanceof LiquibaseChangelog liquibase) {
            if (liquibase.searchPaths().isEmpty()) {
                classpathRootOf(liquibase.changelog(), resources, project, files);
            } else {
                for (Path searchPath : liquibase.searchPaths()) {
                    walk(searchPath, Integer.MAX_VALUE, label(project, searchPath), files);
                }
            }
        } else {
            Path folder = ((SqlFolder) source).folder();
            walk(folder, 1, label(project, folder), files);
        }
        Collections.sort(files);
        return List.copyOf(files);
    }

    private static void flywayLocation(String location, ClassLoader resources, Path project, List<MigrationFile> files)
            throws NotListableException {
        if (location.contains("*") || location.contains("?")) {
            throw new NotListableException("Flyway location " + location + " is a pattern");
        }
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith(FILESYSTEM)) {
            Path folder = project.resolve(location.substring(FILESYSTEM.length())).normalize();
            walk(folder, Integer.MAX_VALUE, label(project, folder), files);
            return;
        }
        int colon = location.indexOf(':');
        if (colon >= 0 && !lower.startsWith(CLASSPATH)) {
            throw new NotListableException("Flyway location " + location + " is not on the file system or class path");
        }
        String path = trimSlashes(colon >= 0 ? location.substring(CLASSPATH.length()) : location);
        try {
            for (URL url : Collections.list(resources.getResources(path))) {
                resourceTree(url, path, "classpath:" + path, files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list class-path location " + location + ": " + e.getMessage(), e);
        }
    }

    /** Every file of the class-path root that holds the changelog resource. */
    private static void classpathRootOf(String changelog, ClassLoader resources, Path project, List<MigrationFile> files)
            throws NotListableException {
        String name = trimSlashes(changelog);
        URL url = resources.getResource(name);
        if (url == null) {
            return; // Liquibase itself reports the missing changelog, naming it
        }
        if ("file".equals(url.getProtocol())) {
            Path file = toPath(url);
            Path root = file;
            for (int i = 0; i < name.split("/").length; i++) {
                root = root.getParent();
            }
            walk(root, Integer.MAX_VALUE, label(project, root), files);
        } else {
            resourceTree(url, "", "classpath:", files);
        }
    }

    /** The files below a class-path resource folder, on disk or in a jar. */
    private static void resourceTree(URL url, String path, String label, List<MigrationFile> files)
            throws NotListableException {
        switch (url.getProtocol()) {
            case "file" -> walk(toPath(url), Integer.MAX_VALUE, label, files);
            case "jar" -> {
                try {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    String prefix = path.isEmpty() ? "" : path + "/";
                    try (JarFile jar = connection.getJarFile()) {
                        for (JarEntry entry : Collections.list(jar.entries())) {
                            if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                                try (InputStream in = jar.getInputStream(entry)) {
                                    files.add(new MigrationFile(label + "/" + entry.getName().substring(prefix.length()),
                                            sha256(in.readAllBytes())));
                                }
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + url + ": " + e.getMessage(), e);
                }
            }
            default -> throw new NotListableException("class-path resource " + url + " is neither a file nor in a jar");
        }
    }

    private static void walk(Path root, int depth, String label, List<MigrationFile> files) {
        if (!Files.isDirectory(root)) {
            return; // the migration tool reports a missing location in its own words
        }
        List<Path> regular;
        try (Stream<Path> found = Files.walk(root, depth)) {
            regular = found.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root + ": " + e.getMessage(), e);
        }
        for (Path file : regular) {
            try {
                String relative = root.relativize(file).toString().replace('\\', '/');
                files.add(new MigrationFile(label + "/" + relative, sha256(Files.readAllBytes(file))));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static String label(Path project, Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        return absolute.startsWith(project) ? project.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString().replace('\\', '/');
    }

    private static Path toPath(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a file URL: " + url, e);
        }
    }

    private static String trimSlashes(String path) {
        String trimmed = path.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
