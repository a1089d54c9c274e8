package io.github.schemaparity.migrate;

import io.github.schemaparity.SchemaParityException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a project's migrations: the one source the user named, or else the one of a small set of
 * common layouts that is present (paths relative to the project folder):
 * <ul>
 *   <li>Flyway: {@code src/main/resources/db/migration} holding at least one {@code V*__*.sql} or
 *       {@code R__*.sql} file (in it or below);</li>
 *   <li>Liquibase: {@code src/main/resources/db/changelog/db.changelog-master.<ext>} or
 *       {@code src/main/resources/db/changelog.<ext>}, {@code <ext>} one of xml, yaml, yml, json, sql;</li>
 *   <li>plain SQL files: {@code src/main/resources/db/sql} or {@code src/main/sql} holding {@code .sql} files.</li>
 * </ul>
 * Finding none, or more than one, is an error whose message says where it looked and which parameter
 * ({@code flywayLocations}, {@code liquibaseChangelog}, {@code sqlFolder}) chooses explicitly.
 */
public final class MigrationLayouts {

    /** The Flyway folder looked for, relative to the project. */
    public static final String FLYWAY_FOLDER = "src/main/resources/db/migration";
    /** The Liquibase changelogs looked for, relative to the project, without extension. */
    public static final List<String> LIQUIBASE_CHANGELOGS = List.of(
            "src/main/resources/db/changelog/db.changelog-master", "src/main/resources/db/changelog");
    /** The changelog formats Liquibase reads, in the order they are looked for. */
    public static final List<String> LIQUIBASE_EXTENSIONS = List.of("xml", "yaml", "yml", "json", "sql");
    /** The plain SQL folders looked for, relative to the project. */
    public static final List<String> SQL_FOLDERS = List.of("src/main/resources/db/sql", "src/main/sql");

    private static final String CHOOSE = "set one of flywayLocations, liquibaseChangelog or sqlFolder";

    private MigrationLayouts() {
    }

    /**
     * The migration source to build the candidate from: the one given explicitly, else the detected one.
     * Relative paths are resolved against {@code projectDir}.
     *
     * @param projectDir         the project folder
     * @param flywayLocations    Flyway locations ({@code filesystem:path}, {@code classpath:path}), or empty
     * @param liquibaseChangelog a changelog file path, or {@code classpath:name}, or {@code null}
     * @param sqlFolder          a folder of plain SQL files, or {@code null}
     * @throws SchemaParityException when several are given, a given path does not exist, or nothing is found
     */
    public static MigrationSource resolve(Path projectDir, List<String> flywayLocations, String liquibaseChangelog, String sqlFolder) {
        List<String> locations = flywayLocations == null ? List.of()
                : flywayLocations.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        boolean liquibase = liquibaseChangelog != null && !liquibaseChangelog.isBlank();
        boolean sql = sqlFolder != null && !sqlFolder.isBlank();
        int given = (locations.isEmpty() ? 0 : 1) + (liquibase ? 1 : 0) + (sql ? 1 : 0);
        if (given > 1) {
            throw new SchemaParityException("Several migration sources are set: " + CHOOSE.replace("set one of", "set only one of"));
        }
        if (!locations.isEmpty()) {
            return flyway(projectDir, locations);
        }
        if (liquibase) {
            return liquibase(projectDir, liquibaseChangelog.strip());
        }
        if (sql) {
            return sqlFolder(projectDir, sqlFolder.strip());
        }
        return detect(projectDir);
    }

    /**
     * The migration source found in one of the common layouts of {@code projectDir}.
     *
     * @throws SchemaParityException when none or several are found
     */
    public static MigrationSource detect(Path projectDir) {
        Path project = projectDir.toAbsolutePath().normalize();
        List<MigrationSource> found = new ArrayList<>();
        Path flywayFolder = project.resolve(FLYWAY_FOLDER);
        if (holdsFlywayScripts(flywayFolder)) {
            found.add(FlywayMigrations.inFolders(flywayFolder));
        }
        liquibaseChangelogIn(project).ifPresent(file -> found.add(LiquibaseChangelog.ofFile(file)));
        SQL_FOLDERS.stream().map(project::resolve)
                .filter(MigrationLayouts::holdsSqlFiles)
                .findFirst()
                .ifPresent(folder -> found.add(new SqlFolder(folder)));
        if (found.isEmpty()) {
            throw new SchemaParityException("No migrations found in " + project + ": looked for " + FLYWAY_FOLDER
                    + " (Flyway V*__*.sql), " + String.join(" and ", LIQUIBASE_CHANGELOGS) + ".{"
                    + String.join(",", LIQUIBASE_EXTENSIONS) + "} (Liquibase), " + String.join(" and ", SQL_FOLDERS)
                    + " (SQL files); " + CHOOSE);
        }
        if (found.size() > 1) {
            throw new SchemaParityException("Several migration layouts found in " + project + ": "
                    + String.join("; ", found.stream().map(MigrationSource::describe).toList()) + "; " + CHOOSE);
        }
        return found.get(0);
    }

    private static FlywayMigrations flyway(Path projectDir, List<String> locations) {
        List<String> resolved = new ArrayList<>();
        for (String location : locations) {
            if (!location.regionMatches(true, 0, FlywayMigrations.FILESYSTEM, 0, FlywayMigrations.FILESYSTEM.length())) {
                resolved.add(location); // classpath:, cloud or plugin locations: Flyway checks them itself
                continue;
            }
            String path = location.substring(FlywayMigrations.FILESYSTEM.length());
            if (path.contains("*")) {
                resolved.add(location); // a wildcard pattern names no single folder to check
                continue;
            }
            Path folder = projectDir.resolve(path).toAbsolutePath().normalize();
            if (!Files.isDirectory(folder)) {
                throw new SchemaParityException("Flyway location " + location + " does not exist (" + folder + "): fix flywayLocations");
            }
            resolved.add(FlywayMigrations.FILESYSTEM + folder);
        }
        return new FlywayMigrations(resolved);
    }

    private static LiquibaseChangelog liquibase(Path projectDir, String changelog) {
        if (changelog.regionMatches(true, 0, FlywayMigrations.CLASSPATH, 0, FlywayMigrations.CLASSPATH.length())) {
            return LiquibaseChangelog.ofResource(changelog);
        }
        Path file = projectDir.resolve(changelog).toAbsolutePath().normalize();
        if (Files.isRegularFile(file)) {
            return LiquibaseChangelog.ofFile(file);
        }
        // Liquibase users often name the changelog as the application loads it: relative to the resources.
        Path resource = projectDir.resolve("src/main/resources").resolve(changelog).toAbsolutePath().normalize();
        if (Files.isRegularFile(resource)) {
            return LiquibaseChangelog.ofFile(resource);
        }
        throw new SchemaParityException("Liquibase changelog " + changelog + " does not exist (looked for " + file + " and "
                + resource + "): fix liquibaseChangelog, or write classpath:" + changelog + " for a class-path resource");
    }

    private static SqlFolder sqlFolder(Path projectDir, String folder) {
        Path path = projectDir.resolve(folder).toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw new SchemaParityException("SQL folder " + folder + " does not exist (" + path + "): fix sqlFolder");
        }
        return new SqlFolder(path);
    }

    private static boolean holdsFlywayScripts(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .anyMatch(name -> name.matches("(V.+|R)__.+\\.sql"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> liquibaseChangelogIn(Path project) {
        for (String base : LIQUIBASE_CHANGELOGS) {
            for (String extension : LIQUIBASE_EXTENSIONS) {
                Path file = project.resolve(base + "." + extension);
                if (Files.isRegularFile(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean holdsSqlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> Files.isRegularFile(p)
                    && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
