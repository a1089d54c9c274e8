package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.mapping.SchemaMapping;
import io.github.schemaparity.policy.Policy;
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
 * Everything one {@link ParityEngine#check check} needs, in one immutable value: the reference
 * (production), where the project's migrations are, how to provision the candidate, the policy and
 * where reports and the candidate cache go. Build it with {@link #builder()}; only the reference and
 * the project folder are required.
 *
 * @param reference              production: a live, read-only replica ({@link Source.Jdbc}) or a
 *                               snapshot file ({@link Source.Snapshot})
 * @param projectDir             the project folder; relative migration paths are resolved against it
 * @param flywayLocations        Flyway locations ({@code filesystem:...}, {@code classpath:...}); empty
 *                               with no other source set: detect the layout
 * @param liquibaseChangelog     a Liquibase changelog, or {@code null}
 * @param sqlFolder              a folder of plain SQL files, or {@code null}
 * @param resources              the class loader {@code classpath:} locations and changelogs are read from
 * @param provider               which provider builds the candidate
 * @param image                  a container image overriding the official one of production's version, or {@code null}
 * @param server                 the existing server for {@link ProviderChoice#SERVER}, or {@code null}
 * @param binaries               finds embedded PostgreSQL binaries of a major version
 * @param docker                 tells whether Docker answers (asked only when the provider is auto or testcontainers)
 * @param schemas                schemas to compare; empty: the reference snapshot's schemas, else every
 *                               non-system schema
 * @param privileges             whether granted privileges are compared
 * @param diffOptions            what the diff compares beyond the defaults
 * @param policy                 which differences fail the run
 * @param ignoreMigrationHistory whether differences in the migration tools' history tables are allowed
 * @param reportDir              where {@code report.json} is written
 * @param cache                  whether the candidate's captured catalog is reused when nothing changed
 * @param cacheDir               where cached candidate catalogs are kept
 * @param versionAware           whether the candidate is built only up to the version production has applied
 *                               (when production has a history table of the project's tool); later
 *                               migrations are reported as pending
 * @param destructiveFixes       whether {@code fix.sql} and the adopt migration include destructive
 *                               statements (else commented out)
 * @param schemaMapping          which candidate schema stands for which reference schema ({@code
 *                               staging=public}); on MySQL/MariaDB the candidate's database always stands
 *                               for the reference's database, without being told
 */
public record CheckConfig(Source reference, Path projectDir, List<String> flywayLocations,
        String liquibaseChangelog, String sqlFolder, ClassLoader resources, ProviderChoice provider, String image,
        ExistingServer server, PostgresBinaries binaries, DockerProbe docker, List<String> schemas,
        boolean privileges, DiffOptions diffOptions, Policy policy, boolean ignoreMigrationHistory,
        Path reportDir, boolean cache, Path cacheDir, boolean versionAware, boolean destructiveFixes,
        SchemaMapping schemaMapping) {

    /** A configuration with version awareness on, destructive fixes off and no schema mapping (the defaults). */
    public CheckConfig(Source reference, Path projectDir, List<String> flywayLocations,
            String liquibaseChangelog, String sqlFolder, ClassLoader resources, ProviderChoice provider, String image,
            ExistingServer server, PostgresBinaries binaries, DockerProbe docker, List<String> schemas,
            boolean privileges, DiffOptions diffOptions, Policy policy, boolean ignoreMigrationHistory,
            Path reportDir, boolean cache, Path cacheDir) {
        this(reference, projectDir, flywayLocations, liquibaseChangelog, sqlFolder, resources, provider, image, server,
                binaries, docker, schemas, privileges, diffOptions, policy, ignoreMigrationHistory, reportDir, cache,
                cacheDir, true, false, SchemaMapping.none());
    }

    /** Where cached candidate catalogs go unless told otherwise, relative to the project folder. */
    public static final Path DEFAULT_CACHE_DIR = Path.of("target", "schemaparity", "cache");

    public CheckConfig {
        if (reference == null) {
            throw new SchemaParityException("No reference given: pass the JDBC URL of a read-only replica of "
                    + "production or a snapshot file path");
        }
        Objects.requireNonNull(projectDir, "projectDir");
        flywayLocations = ComparisonBuilder.cleanList(flywayLocations);
        liquibaseChangelog = blankToNull(liquibaseChangelog);
        sqlFolder = blankToNull(sqlFolder);
        resources = resources != null ? resources : defaultResources();
        provider = provider == null ? ProviderChoice.AUTO : provider;
        image = blankToNull(image);
        binaries = binaries == null ? LocalPostgresBinaries.defaults() : binaries;
        docker = docker == null ? new TestcontainersDockerProbe(Provisioner.DOCKER_TIMEOUT) : docker;
        schemas = ComparisonBuilder.cleanList(schemas);
        diffOptions = diffOptions == null ? DiffOptions.defaults() : diffOptions;
        policy = policy == null ? Policy.defaults() : policy;
        reportDir = reportDir == null ? projectDir.resolve(ParityConfig.DEFAULT_REPORT_DIR) : reportDir;
        cacheDir = cacheDir == null ? projectDir.resolve(DEFAULT_CACHE_DIR) : cacheDir;
        schemaMapping = schemaMapping == null ? SchemaMapping.none() : schemaMapping;
        if (provider == ProviderChoice.SERVER && server == null) {
            throw new SchemaParityException("Candidate provider 'server' needs the JDBC URL of an existing server "
                    + "(serverUrl) on which a scratch database may be created");
        }
    }

    /** A builder with the defaults: provider auto, every schema, default policy, cache on. */
    public static Builder builder() {
        return new Builder();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static ClassLoader defaultResources() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : CheckConfig.class.getClassLoader();
    }

    /** Builds a {@link CheckConfig}; every setter accepts {@code null} as "keep the default". */
    public static final class Builder extends ComparisonBuilder<Builder> {
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
        private boolean ignoreMigrationHistory = true;
        private boolean cache = true;
        private Path cacheDir;
        private boolean versionAware = true;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
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

        /** Whether differences in flyway_schema_history, databasechangelog(lock) are allowed (default yes). */
        public Builder ignoreMigrationHistory(boolean ignore) {
            this.ignoreMigrationHistory = ignore;
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
         * Whether the candidate is built only up to the version production has applied, reporting later
         * migrations as pending (default yes; only effective when production has the tool's history table).
         */
        public Builder versionAware(boolean versionAware) {
            this.versionAware = versionAware;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws SchemaParityException when the reference is missing, or provider server has no server
         */
        public CheckConfig build() {
            if (projectDir == null) {
                throw new SchemaParityException("No project folder given for the check");
            }
            ComparisonSettings settings = settings();
            return new CheckConfig(reference, projectDir, flywayLocations, liquibaseChangelog, sqlFolder, resources,
                    provider, image, server, binaries, docker, settings.schemas(), settings.privileges(),
                    settings.diffOptions(), settings.policy(), ignoreMigrationHistory, settings.reportDir(), cache,
                    cacheDir, versionAware, settings.destructiveFixes(), settings.schemaMapping());
        }
    }
}
