package io.github.schemaparity.maven;

import io.github.schemaparity.migrate.MigrationLayouts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.maven.project.MavenProject;

/**
 * Tells a module the {@code check} goal reached only through the reactor ({@code mvn schemaparity:check}
 * at the root, or a parent's configuration inherited by a {@code pom} module) and that has no migrations:
 * nothing to check there. A module that configures the plugin itself but has no migrations is not one of
 * them: its check still fails, naming where it looked.
 */
final class ModuleWithoutMigrations {
    private static final String PLUGIN_GROUP = "io.github.schemaparity";
    private static final String PLUGIN_ARTIFACT = "schemaparity-maven-plugin";

    private ModuleWithoutMigrations() {
    }

    /**
     * Whether {@code project} (folder {@code base}) is such a module; {@code migrationsConfigured}: the goal
     * names a Flyway location, a Liquibase changelog or a SQL folder.
     */
    static boolean is(MavenProject project, Path base, boolean migrationsConfigured) {
        if (migrationsConfigured || hasMigrationLayout(base)) {
            return false;
        }
        if ("pom".equals(project.getPackaging())) {
            return true;
        }
        return project.getOriginalModel().getBuild() == null || project.getOriginalModel().getBuild().getPlugins().stream()
                .noneMatch(p -> PLUGIN_GROUP.equals(p.getGroupId()) && PLUGIN_ARTIFACT.equals(p.getArtifactId()));
    }

    private static boolean hasMigrationLayout(Path base) {
        Stream<String> candidates = Stream.concat(Stream.of(MigrationLayouts.FLYWAY_FOLDER),
                Stream.concat(MigrationLayouts.SQL_FOLDERS.stream(), MigrationLayouts.LIQUIBASE_CHANGELOGS.stream()
                        .flatMap(c -> MigrationLayouts.LIQUIBASE_EXTENSIONS.stream().map(e -> c + "." + e))));
        return candidates.map(base::resolve).anyMatch(Files::exists);
    }
}
