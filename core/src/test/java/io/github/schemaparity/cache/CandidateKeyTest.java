package io.github.schemaparity.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.migrate.FlywayMigrations;
import io.github.schemaparity.migrate.LiquibaseChangelog;
import io.github.schemaparity.migrate.MigrationTool;
import io.github.schemaparity.migrate.SqlFolder;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.provision.ProductionVersion;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidateKeyTest {
    private static final ProductionVersion PG17 = new ProductionVersion(Engine.POSTGRESQL, "17");

    @TempDir
    Path project;

    @Test
    void flywayFolderFilesAreListedRelativeToTheProjectWithTheirDigests() throws Exception {
        Path folder = write("src/main/resources/db/migration/V1__init.sql", "CREATE TABLE a (id int);");
        write("src/main/resources/db/migration/nested/V2__b.sql", "CREATE TABLE b (id int);");

        List<MigrationFile> files = MigrationFiles.of(FlywayMigrations.inFolders(folder.getParent()), loader(), project);

        assertThat(files).extracting(MigrationFile::path).containsExactly(
                "src/main/resources/db/migration/V1__init.sql", "src/main/resources/db/migration/nested/V2__b.sql");
        assertThat(files.get(0).sha256()).isEqualTo(MigrationFiles.sha256("CREATE TABLE a (id int);".getBytes()));
    }

    @Test
    void theKeyChangesWithBytesNamesToolEngineMajorImageSchemasPrivilegesAndToolBuild() throws Exception {
        Path folder = write("db/V1__init.sql", "CREATE TABLE a (id int);").getParent();
        FlywayMigrations flyway = FlywayMigrations.inFolders(folder);
        CandidateKey base = key(flyway, PG17, null, CaptureOptions.defaults(), "1.0");

        assertThat(key(flyway, PG17, null, CaptureOptions.defaults(), "1.0")).isEqualTo(base);
        assertThat(key(flyway, new ProductionVersion(Engine.POSTGRESQL, "16"), null, CaptureOptions.defaults(), "1.0"))
                .isNotEqualTo(base);
        assertThat(key(flyway, new ProductionVersion(Engine.MARIADB, "17.0"), null, CaptureOptions.defaults(), "1.0"))
                .isNotEqualTo(base);
        assertThat(key(flyway, PG17, "postgis/postgis:17", CaptureOptions.defaults(), "1.0")).isNotEqualTo(base);
        assertThat(key(flyway, PG17, null, CaptureOptions.schemas("app"), "1.0")).isNotEqualTo(base);
        assertThat(key(flyway, PG17, null, new CaptureOptions(List.of(), true), "1.0")).isNotEqualTo(base);
        assertThat(key(flyway, PG17, null, CaptureOptions.defaults(), "1.1")).isNotEqualTo(base);
        List<MigrationFile> files = MigrationFiles.of(flyway, loader(), project);
        assertThat(CandidateKey.of(files, MigrationTool.SQL_FOLDER, PG17, CaptureOptions.defaults(), "1.0", null, "",
                image(null))).isNotEqualTo(base);

        Files.writeString(folder.resolve("V1__init.sql"), "CREATE TABLE a (id bigint);");
        CandidateKey changed = key(flyway, PG17, null, CaptureOptions.defaults(), "1.0");
        assertThat(changed).isNotEqualTo(base);

        Files.move(folder.resolve("V1__init.sql"), folder.resolve("V2__init.sql"));
        Files.writeString(folder.resolve("V2__init.sql"), "CREATE TABLE a (id int);");
        assertThat(key(flyway, PG17, null, CaptureOptions.defaults(), "1.0")).as("renamed").isNotEqualTo(base);
        assertThat(base.prefix()).hasSize(12).isEqualTo(base.hash().substring(0, 12));
    }

    @Test
    void theRecipeTextIsStableSoEarlierBuildsEntriesStillHit() {
        MigrationFile file = new MigrationFile("db/V1__a.sql", "0".repeat(64));
        String recipe = "schemaparity-candidate-cache/1\n" + "tool\t1.0\n" + "migrations\tFLYWAY\n"
                + "engine\tpostgresql\n" + "major\t17\n" + "image\t\n" + "schemas\tapp\n" + "privileges\tfalse\n"
                + "db/V1__a.sql\t" + "0".repeat(64) + "\n";

        assertThat(CandidateKey.of(List.of(file), MigrationTool.FLYWAY, PG17, CaptureOptions.schemas("app"), "1.0",
                null, "", image(null)).hash()).isEqualTo(MigrationFiles.sha256(recipe.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void classpathLocationsAreReadThroughTheLoaderFromFoldersAndJars() throws Exception {
        write("resources/db/migration/V1__init.sql", "CREATE TABLE a (id int);");
        Path jar = project.resolve("lib/migrations.jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("db/migration/"));
            out.putNextEntry(new JarEntry("db/migration/V2__b.sql"));
            out.write("CREATE TABLE b (id int);".getBytes());
            out.putNextEntry(new JarEntry("other/x.txt"));
            out.write("x".getBytes());
        }
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {project.resolve("resources").toUri().toURL(), jar.toUri().toURL()}, null)) {
            List<MigrationFile> files = MigrationFiles.of(new FlywayMigrations(List.of("classpath:db/migration")),
                    loader, project);

            assertThat(files).extracting(MigrationFile::path)
                    .containsExactly("classpath:db/migration/V1__init.sql", "classpath:db/migration/V2__b.sql");
        }
    }

    @Test
    void liquibaseReadsItsWholeSearchPathAndSqlFoldersTheirTopLevel() throws Exception {
        Path changelog = write("src/main/resources/db/changelog/db.changelog-master.yaml", "databaseChangeLog: []");
        write("src/main/resources/db/changes/001.sql", "CREATE TABLE a (id int);");
        write("sql/V1__a.sql", "CREATE TABLE a (id int);");
        write("sql/old/ignored.sql", "x");

        assertThat(MigrationFiles.of(LiquibaseChangelog.ofFile(changelog), loader(), project))
                .extracting(MigrationFile::path).containsExactly(
                        "src/main/resources/db/changelog/db.changelog-master.yaml", "src/main/resources/db/changes/001.sql");
        assertThat(MigrationFiles.of(new SqlFolder(project.resolve("sql")), loader(), project))
                .extracting(MigrationFile::path).containsExactly("sql/V1__a.sql");
    }

    @Test
    void cloudAndPatternLocationsCannotBeListed() {
        assertThatThrownBy(() -> MigrationFiles.of(new FlywayMigrations(List.of("s3:bucket/migrations")), loader(), project))
                .isInstanceOf(MigrationFiles.NotListableException.class)
                .hasMessage("Flyway location s3:bucket/migrations is not on the file system or class path");
        assertThatThrownBy(() -> MigrationFiles.of(new FlywayMigrations(List.of("filesystem:db/*/migration")), loader(), project))
                .isInstanceOf(MigrationFiles.NotListableException.class)
                .hasMessage("Flyway location filesystem:db/*/migration is a pattern");
    }

    private CandidateKey key(FlywayMigrations flyway, ProductionVersion version, String image, CaptureOptions options,
            String toolBuild) throws MigrationFiles.NotListableException {
        return CandidateKey.of(MigrationFiles.of(flyway, loader(), project), MigrationTool.FLYWAY, version, options,
                toolBuild, null, "", image(image));
    }

    /** The settings the engine feeds as written: today only the image (see engine.CandidateIdentity). */
    private static Map<String, String> image(String image) {
        return Map.of("image", image == null ? "" : image);
    }

    private static ClassLoader loader() {
        return CandidateKeyTest.class.getClassLoader();
    }

    private Path write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
