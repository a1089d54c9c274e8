package io.github.schemaparity.cache;

import java.util.Objects;

/**
 * One file a migration source reads, as the cache key sees it.
 *
 * @param path   where it was found: the location or root it came from, then its path below it
 *               ({@code /}-separated), so a renamed or moved file changes the key
 * @param sha256 the SHA-256 of its bytes, in hex
 */
public record MigrationFile(String path, String sha256) implements Comparable<MigrationFile> {
    public MigrationFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }

    @Override
    public int compareTo(MigrationFile other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : sha256.compareTo(other.sha256);
    }
}
