package io.github.schemaparity.migrate;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Flyway migrations in one or more locations, in Flyway's own syntax: {@code filesystem:/abs/path} or
 * {@code classpath:db/migration} (a location without prefix is a classpath location, as in Flyway).
 * Classpath locations are resolved against the class loader given to {@link Migrator}.
 *
 * @param locations at least one Flyway location
 */
public record FlywayMigrations(List<String> locations) implements MigrationSource {

    /** Validates and copies the locations. */
    public FlywayMigrations {
        locations = List.copyOf(locations);
        if (locations.isEmpty() || locations.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("Flyway needs at least one non-blank location");
        }
    }

    /** Flyway migrations in the given folders, as {@code filesystem:} locations with absolute paths. */
    public static FlywayMigrations inFolders(Path... folders) {
        return new FlywayMigrations(Arrays.stream(folders)
                .map(folder -> FILESYSTEM + folder.toAbsolutePath().normalize())
                .toList());
    }

    static final String FILESYSTEM = "filesystem:";
    static final String CLASSPATH = "classpath:";

    @Override
    public MigrationTool tool() {
        return MigrationTool.FLYWAY;
    }

    @Override
    public String describe() {
        return "Flyway " + location();
    }

    @Override
    public String location() {
        return String.join(",", locations);
    }
}
