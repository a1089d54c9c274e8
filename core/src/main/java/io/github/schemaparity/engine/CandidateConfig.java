package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.mapping.SchemaMapping;
import io.github.schemaparity.migrate.MigrationLayouts;
import io.github.schemaparity.migrate.MigrationSource;
import io.github.schemaparity.provision.DockerProbe;
import io.github.schemaparity.provision.ExistingServer;
import io.github.schemaparity.provision.LocalPostgresBinaries;
import io.github.schemaparity.provision.PostgresBinaries;
import io.github.schemaparity.provision.ProviderChoice;
import io.github.schemaparity.provision.Provisioner;
import io.github.schemaparity.provision.TestcontainersDockerProbe;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What builds the candidate and what it is compared with: the reference (production), the project's
 * migrations, how the candidate is provisioned, which schemas are captured and how they are renamed,
 * whether the build is version aware, and whether the captured catalog may come from the cache. Two
 * equal values build the same candidate, so the JUnit extension shares one running candidate per value.
 * Build it with {@link #builder()} (only the reference and the project folder are required) or change
 * one with {@link #toBuilder()}.
 *
 * @param reference          production: a live, read-only replica ({@link Source.Jdbc}) or a snapshot
 *                           file ({@link Source.Snapshot})
 * @param projectDir         the project folder; relative migration paths are resolved against it
 * @param flywayLocations    Flyway locations ({@code filesystem:...}, {@code classpath:...}); empty with no
 *                           other source set: detect the layout
 * @param liquibaseChangelog a Liquibase changelog, or {@code null}
 * @param sqlFolder          a folder of plain SQL files, or {@code null}
 * @param resources          the class loader {@code classpath:} locations and changelogs are read from
 * @param provider           which provider builds the candidate
 * @param image              a container image overriding the official one of production's version, or {@code null}
 * @param server             the existing server for {@link ProviderChoice#SERVER}, or {@code null}
 * @param binaries           finds embedded PostgreSQL binaries of a major version; {@code null}: the
 *                           local defaults ({@link LocalPostgresBinaries#defaults()})
 * @param docker             tells whether Docker answers; {@code null}: Testcontainers' check
 * @param schemas            schemas to compare; empty: the reference snapshot's schemas, else every
 *                           non-system schema
 * @param privileges         whether granted privileges are captured and compared
 * @param schemaMapping      which candidate schema stands for which reference schema ({@code staging=public});
 *                           on MySQL/MariaDB the candidate's database always stands for the reference's
 * @param versionAware       whether the candidate is compared at the version production has applied
 *                           (when production has a history table of the project's tool); later migrations
 *                           are reported as pending
 * @param cache              whether the candidate's captured catalog is reused when nothing changed
 *                           ({@code check} only: a kept candidate is wanted anyway)
 * @param cacheDir           where cached candidate catalogs are kept ({@code null}: {@link #DEFAULT_CACHE_DIR}
 *                           under the project folder)
 */
public record CandidateConfig(Source reference, Path projectDir, List<String> flywayLocations,
        String liquibaseChangelog, String sqlFolder, ClassLoader resources, ProviderChoice provider, String image,
        ExistingServer server, PostgresBinaries binaries, DockerProbe docker, List<String> schemas, boolean privileges,
        SchemaMapping schemaMapping, boolean versionAware, boolean cache, Path cacheDir) {

    /** Where cached candidate catalogs go unless told otherwise, relative to the project folder. */
    public static final Path DEFAULT_CACHE_DIR = Path.of("target", "schemaparity", "cache");

    public CandidateConfig {
        if (reference == null) {
            throw new SchemaParityException("No reference given: pass the JDBC URL of a read-only replica of "
                    + "production or a snapshot file path");
        }
        Objects.requireNonNull(projectDir, "projectDir");
        flywayLocations = SettingLists.clean(flywayLocations);
        liquibaseChangelog = blankToNull(liquibaseChangelog);
        sqlFolder = blankToNull(sqlFolder);
        resources = resources != null ? resources : defaultResources();
        provider = provider == null ? ProviderChoice.AUTO : provider;
        image = blankToNull(image);
        schemas = SettingLists.clean(schemas);
        schemaMapping = schemaMapping == null ? SchemaMapping.none() : schemaMapping;
        cacheDir = cacheDir == null ? projectDir.resolve(DEFAULT_CACHE_DIR) : cacheDir;
        if (provider == ProviderChoice.SERVER && server == null) {
            throw new SchemaParityException("Candidate provider 'server' needs the JDBC URL of an existing server "
                    + "(serverUrl) on which a scratch database may be created");
        }
    }

    /** A builder with the defaults: provider auto, every schema, version aware, cache on. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration, to change some of it. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The migrations this configuration names, or the project's detected layout.
     *
     * @throws io.github.schemaparity.SchemaParityException when none are found, or several sources are set
     */
    public MigrationSource migrationSource() {
        return MigrationLayouts.resolve(projectDir, flywayLocations, liquibaseChangelog, sqlFolder);
    }

    /** The embedded PostgreSQL binaries to use: the configured ones, else the local defaults. */
    public PostgresBinaries binariesOrDefault() {
        return binaries != null ? binaries : LocalPostgresBinaries.defaults();
    }

    /** The Docker probe to use: the configured one, else Testcontainers' check bounded by {@link Provisioner#DOCKER_TIMEOUT}. */
    public DockerProbe dockerOrDefault() {
        return docker != null ? docker : new TestcontainersDockerProbe(Provisioner.DOCKER_TIMEOUT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static ClassLoader defaultResources() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : CandidateConfig.class.getClassLoader();
    }

    /** Builds a {@link CandidateConfig}; every setter accepts {@code null} as "keep the default". */
    public static final class Builder extends SchemaSettings<Builder> {
        private Source reference;
        private Path projectDir;
        private List<String> flywayLocations = List.of();
        private String liquibaseChangelog;
        private String sqlFolder;
        private ClassLoader resources;
        private ProviderChoice provider = ProviderChoice.AUTO;
        private String image;
        private ExistingServer server;
        private PostgresBinaries binaries;
        private DockerProbe docker;
        private boolean versionAware = true;
        private boolean cache = true;
        private Path cacheDir;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        private Builder(CandidateConfig c) {
            reference = c.reference();
            projectDir = c.projectDir();
            flywayLocations = c.flywayLocations();
            liquibaseChangelog = c.liquibaseChangelog();
            sqlFolder = c.sqlFolder();
            resources = c.resources();
            provider = c.provider();
            image = c.image();
            server = c.server();
            binaries = c.binaries();
            docker = c.docker();
            schemas = c.schemas();
            privileges = c.privileges();
            schemaMapping = c.schemaMapping();
            versionAware = c.versionAware();
            cache = c.cache();
            cacheDir = c.cacheDir();
        }

        /** Production: a read-only replica ({@link Source#jdbc}) or a snapshot file ({@link Source#snapshot}). */
        public Builder reference(Source reference) {
            this.reference = reference;
            return this;
        }

        /** Production as a user writes it: a JDBC URL or a snapshot path (see {@link Source#parse}). */
        public Builder reference(String reference) {
            return reference(Source.parse(reference));
        }

        /** The project folder (required). */
        public Builder projectDir(Path projectDir) {
            this.projectDir = projectDir;
            return this;
        }

        /** Flyway locations, e.g. {@code filesystem:src/main/resources/db/migration} or {@code classpath:db/migration}. */
        public Builder flywayLocations(List<String> locations) {
            this.flywayLocations = locations == null ? List.of() : locations;
            return this;
        }

        /** Flyway locations. */
        public Builder flywayLocations(String... locations) {
            return flywayLocations(Arrays.asList(locations));
        }

        /** A Liquibase changelog file, or {@code classpath:name}. */
        public Builder liquibaseChangelog(String changelog) {
            this.liquibaseChangelog = changelog;
            return this;
        }

        /** A folder of plain SQL files, applied in natural version order. */
        public Builder sqlFolder(String folder) {
            this.sqlFolder = folder;
            return this;
        }

        /** The class loader {@code classpath:} locations are read from (default: the context class loader). */
        public Builder resources(ClassLoader resources) {
            this.resources = resources;
            return this;
        }

        /** Which provider builds the candidate (default auto). */
        public Builder provider(ProviderChoice provider) {
            this.provider = provider == null ? ProviderChoice.AUTO : provider;
            return this;
        }

        /** Which provider builds the candidate, as a user writes it: auto, testcontainers, embedded, server. */
        public Builder provider(String provider) {
            return provider(ProviderChoice.parse(provider));
        }

        /** A container image overriding the official image of production's engine and major. */
        public Builder image(String image) {
            this.image = image;
            return this;
        }

        /** An existing server to create the scratch candidate database on (provider server). */
        public Builder server(ExistingServer server) {
            this.server = server;
            return this;
        }

        /** Where embedded PostgreSQL binaries come from (default: {@link LocalPostgresBinaries#defaults()}). */
        public Builder binaries(PostgresBinaries binaries) {
            this.binaries = binaries;
            return this;
        }

        /** How Docker is probed (default: Testcontainers' check, bounded by {@link Provisioner#DOCKER_TIMEOUT}). */
        public Builder docker(DockerProbe docker) {
            this.docker = docker;
            return this;
        }

        /**
         * Whether the candidate is built only up to the version production has applied, reporting later
         * migrations as pending (default yes; only effective when production has the tool's history table).
         */
        public Builder versionAware(boolean versionAware) {
            this.versionAware = versionAware;
            return this;
        }

        /** Whether the candidate's captured catalog is reused when nothing changed (default yes). */
        public Builder cache(boolean cache) {
            this.cache = cache;
            return this;
        }

        /** Where cached candidate catalogs are kept (default: {@code target/schemaparity/cache} in the project). */
        public Builder cacheDir(Path cacheDir) {
            this.cacheDir = cacheDir;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws SchemaParityException when the reference or the project folder is missing, or provider
         *                               server has no server
         */
        public CandidateConfig build() {
            if (projectDir == null) {
                throw new SchemaParityException("No project folder given for the check");
            }
            return new CandidateConfig(reference, projectDir, flywayLocations, liquibaseChangelog, sqlFolder, resources,
                    provider, image, server, binaries, docker, schemas, privileges, schemaMapping, versionAware, cache,
                    cacheDir);
        }
    }
}
