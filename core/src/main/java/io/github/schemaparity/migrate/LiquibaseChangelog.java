package io.github.schemaparity.migrate;

import java.nio.file.Path;
import java.util.List;

/**
 * A Liquibase changelog (XML, YAML, JSON or formatted SQL) and where Liquibase looks for it and the
 * files it includes: the changelog name is resolved against each search path in turn, then against the
 * class loader given to {@link Migrator}, like Liquibase's own {@code --search-path}.
 *
 * <p>The name is recorded by Liquibase in {@code databasechangelog.filename}; {@link #ofFile(Path)} keeps
 * it relative to {@code src/main/resources} so it matches what an application that runs the same
 * changelog from its classpath records.
 *
 * @param changelog   the changelog's name relative to a search path, or a class-path resource name
 * @param searchPaths folders the changelog and its includes are looked up in (may be empty)
 */
public record LiquibaseChangelog(String changelog, List<Path> searchPaths) implements MigrationSource {

    private static final Path RESOURCES = Path.of("src", "main", "resources");

    /** Validates and copies the arguments. */
    public LiquibaseChangelog {
        if (changelog == null || changelog.isBlank()) {
            throw new IllegalArgumentException("Liquibase needs a changelog name");
        }
        searchPaths = searchPaths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /**
     * A changelog file on disk. Under a {@code src/main/resources} folder, that folder is the search path
     * and the name is the path below it (so includes written relative to the resources root resolve);
     * elsewhere the file's folder is the search path.
     */
    public static LiquibaseChangelog ofFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
            if (dir.endsWith(RESOURCES)) {
                return new LiquibaseChangelog(slashes(dir.relativize(absolute)), List.of(dir));
            }
        }
        return new LiquibaseChangelog(absolute.getFileName().toString(), List.of(absolute.getParent()));
    }

    /** A changelog on the class path of the class loader given to {@link Migrator}. */
    public static LiquibaseChangelog ofResource(String resourceName) {
        String name = resourceName.startsWith(FlywayMigrations.CLASSPATH)
                ? resourceName.substring(FlywayMigrations.CLASSPATH.length())
                : resourceName;
        return new LiquibaseChangelog(name, List.of());
    }

    private static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    @Override
    public MigrationTool tool() {
        return MigrationTool.LIQUIBASE;
    }

    @Override
    public String describe() {
        return "Liquibase " + location();
    }

    @Override
    public String location() {
        return changelog + (searchPaths.isEmpty() ? " (class path)" : " in " + searchPaths.get(0));
    }
}
