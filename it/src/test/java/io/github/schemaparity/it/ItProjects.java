package io.github.schemaparity.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Copies a project kept elsewhere in the repository (the demo under {@code examples/}) into an
 * integration build, so the build runs the very files a reader of the README runs, not a copy that
 * could drift from them.
 */
public final class ItProjects {
    private ItProjects() {
    }

    /** Copies {@code source} into {@code target}, leaving out build output ({@code target/} folders). */
    public static void copy(File source, File target) throws IOException {
        Path from = source.toPath().toAbsolutePath().normalize();
        Path to = target.toPath();
        if (!Files.isRegularFile(from.resolve("pom.xml"))) {
            throw new IllegalArgumentException("No project to copy at " + from);
        }
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(p -> !from.relativize(p).startsWith("target"))
                    .forEach(p -> copyOne(p, to.resolve(from.relativize(p).toString())));
        }
    }

    private static void copyOne(Path file, Path destination) {
        try {
            if (Files.isDirectory(file)) {
                Files.createDirectories(destination);
            } else {
                Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + file + " to " + destination, e);
        }
    }
}
