package io.github.schemaparity.cache;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.snapshot.Snapshot;
import io.github.schemaparity.snapshot.SnapshotException;
import io.github.schemaparity.snapshot.SnapshotFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Candidate catalogs kept in a folder, one snapshot file per {@link CandidateKey}
 * ({@code candidate-<hash>.json}). Only the most recently used {@value #KEPT} entries are kept.
 */
public final class CandidateCache {
    /** How many entries survive a {@link #store}: the current one and a few to switch back to. */
    public static final int KEPT = 8;
    private static final String PREFIX = "candidate-";
    private static final String SUFFIX = ".json";

    private final Path folder;

    /** A cache in the given folder (created on the first {@link #store}). */
    public CandidateCache(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** What a lookup found. */
    public sealed interface Lookup permits Hit, Miss, Corrupt {
    }

    /** A usable entry. */
    public record Hit(Path file, Snapshot snapshot) implements Lookup {
    }

    /** No entry for the key. */
    public record Miss(Path file) implements Lookup {
    }

    /** An entry that cannot be used; it is deleted, and the caller rebuilds it. */
    public record Corrupt(Path file, String reason) implements Lookup {
    }

    /** The entry's file. */
    public Path file(CandidateKey key) {
        return folder.resolve(PREFIX + key.hash() + SUFFIX);
    }

    /**
     * Looks the key up. A hit must be a readable snapshot whose catalog is of the expected engine;
     * anything else is {@link Corrupt} (and removed).
     *
     * @param engine the engine the candidate runs
     */
    public Lookup lookup(CandidateKey key, Engine engine) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return new Miss(file);
        }
        String reason;
        try {
            Snapshot snapshot = SnapshotFile.read(file);
            Catalog catalog = snapshot.catalog();
            if (catalog.engine() == engine) {
                touch(file);
                return new Hit(file, snapshot);
            }
            reason = "it holds a " + catalog.engine().id() + " catalog, not " + engine.id();
        } catch (SnapshotException | IllegalArgumentException | NullPointerException e) {
            reason = e.getMessage();
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the rebuilt entry replaces it anyway
        }
        return new Corrupt(file, reason);
    }

    /**
     * Stores a candidate's catalog under the key and drops the least recently used entries beyond {@value #KEPT}.
     *
     * @throws SnapshotException when the entry cannot be written
     */
    public Path store(CandidateKey key, Snapshot snapshot) {
        Path file = file(key);
        SnapshotFile.write(snapshot, file);
        touch(file);
        prune();
        return file;
    }

    private void prune() {
        List<Path> entries;
        try (Stream<Path> files = Files.list(folder)) {
            entries = files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                            && p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(CandidateCache::lastModified).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the candidate cache " + folder + ": " + e.getMessage(), e);
        }
        for (Path stale : entries.subList(Math.min(KEPT, entries.size()), entries.size())) {
            try {
                Files.deleteIfExists(stale);
            } catch (IOException e) {
                // a stale entry left behind costs only disk space
            }
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Marks an entry as recently used (SnapshotFile leaves an unchanged file untouched). */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // only affects which entries pruning keeps
        }
    }

    @Override
    public String toString() {
        return "CandidateCache[" + folder + "]";
    }
}
