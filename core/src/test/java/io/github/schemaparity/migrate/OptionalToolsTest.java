package io.github.schemaparity.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Flyway and Liquibase are optional dependencies: loads the core in a class loader that lacks them (as
 * a project that declares neither would) and checks that asking for them is one actionable line.
 */
class OptionalToolsTest {

    @Test
    void flywayAbsentFromTheClassPathIsNamedWithTheArtifactsToAdd() throws Exception {
        assertThat(failureWithout("flywaydb", "flyway", List.of("filesystem:/tmp")))
                .isEqualTo("io.github.schemaparity.SchemaParityException: Flyway is not on the classpath:"
                        + " add org.flywaydb:flyway-core and flyway-database-postgresql (or flyway-mysql)");
    }

    @Test
    void flywayWithoutItsPostgresModuleIsNamedWithTheModuleToAdd() throws Exception {
        assertThat(failureWithout("flyway-database-postgresql", "flyway", List.of("filesystem:/tmp")))
                .isEqualTo("io.github.schemaparity.SchemaParityException: Flyway's PostgreSQL support is not on the"
                        + " classpath: add org.flywaydb:flyway-database-postgresql");
    }

    @Test
    void liquibaseAbsentFromTheClassPathIsNamedWithTheArtifactToAdd() throws Exception {
        assertThat(failureWithout("liquibase", "liquibase", List.of()))
                .isEqualTo("io.github.schemaparity.SchemaParityException: Liquibase is not on the classpath:"
                        + " add org.liquibase:liquibase-core");
    }

    /** Applies a source with the core loaded apart from every class-path entry whose path contains {@code hidden}. */
    private static String failureWithout(String hidden, String tool, List<String> flywayLocations) throws Exception {
        URL[] urls = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains(hidden))
                .map(OptionalToolsTest::url)
                .toArray(URL[]::new);
        try (URLClassLoader isolated = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            Class<?> sourceType = isolated.loadClass("io.github.schemaparity.migrate.MigrationSource");
            Object source = tool.equals("flyway")
                    ? isolated.loadClass("io.github.schemaparity.migrate.FlywayMigrations")
                            .getConstructor(List.class).newInstance(flywayLocations)
                    : isolated.loadClass("io.github.schemaparity.migrate.LiquibaseChangelog")
                            .getMethod("ofResource", String.class).invoke(null, "db/changelog.xml");
            Class<?> migratorType = isolated.loadClass("io.github.schemaparity.migrate.Migrator");
            assertThat(migratorType).isNotSameAs(Migrator.class);
            Object migrator = migratorType.getConstructor(ClassLoader.class).newInstance(isolated);
            try {
                migratorType.getMethod("apply", sourceType, String.class, String.class, String.class)
                        .invoke(migrator, source, "jdbc:postgresql://localhost:1/none", "u", "p");
            } catch (InvocationTargetException e) {
                return e.getCause().getClass().getName() + ": " + e.getCause().getMessage();
            }
            throw new AssertionError("apply succeeded without " + hidden);
        }
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
