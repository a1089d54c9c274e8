package io.github.schemaparity.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a rendered report to its file, creating parent directories: the one write path of every report. */
final class ReportFiles {
    private ReportFiles() {
    }

    /**
     * Writes {@code content} as UTF-8 to {@code file}.
     *
     * @param kind what the file is, for the error message, e.g. {@code JSON report}
     * @throws UncheckedIOException when the file cannot be written
     */
    static void write(String kind, Path file, String content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + kind + " " + file + ": " + e.getMessage(), e);
        }
    }
}
