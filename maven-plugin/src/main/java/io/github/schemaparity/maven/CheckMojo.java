package io.github.schemaparity.maven;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.engine.CandidateConfig;
import io.github.schemaparity.engine.CheckResult;
import io.github.schemaparity.engine.EnvironmentsResult;
import io.github.schemaparity.engine.JudgingConfig;
import io.github.schemaparity.engine.ParityEngine;
import io.github.schemaparity.engine.Source;
import io.github.schemaparity.engine.Tenants;
import io.github.schemaparity.engine.TenantsResult;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.provision.ExistingServer;
import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.inject.Inject;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

/**
 * Proves that the database the project's migrations build matches production: applies the migrations
 * (Flyway, Liquibase or a folder of SQL files) to a throwaway candidate database of production's engine
 * and major version, captures it, and compares it with the {@link #reference} (a read-only replica of
 * production, or a snapshot of it made by the {@code snapshot} goal). Fails the build when a
 * difference is not allowed by the policy; writes {@code report.json} into {@link #reportDir}.
 *
 * <p>Bound to the {@code verify} phase: an execution with goal {@code check} in the plugin's
 * {@code <executions>} runs it on every {@code mvn verify}.
 *
 * <p>The candidate's captured catalog is cached under {@link #cacheDir}, keyed by every migration file's
 * path and bytes, the migration tool, production's engine and major version and the capture options: a
 * build whose migrations did not change starts no database.
 *
 * <p>In a multi-module build it checks each module that configures it. A module without migrations that
 * the goal reaches only through the reactor ({@code mvn schemaparity:check} at the root, or a parent's
 * {@code <plugins>} inherited by a {@code pom} module) is skipped with one line.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = true, threadSafe = true)
public class CheckMojo extends AbstractComparisonMojo {

    /**
     * Production: the JDBC URL of a read-only replica (credentials from {@link #referenceServerId} or the
     * environment, never the POM), or a snapshot file made by the {@code snapshot} goal.
     */
    @Parameter(property = "schemaparity.reference",
            defaultValue = "${project.basedir}/" + SnapshotMojo.DEFAULT_SNAPSHOT)
    String reference;

    /**
     * Several named environments checked in one run (dev, staging, production, ...), each with its URL or
     * snapshot, its {@code serverId} and, where it has its own, {@code failOnPending}, {@code rules} and
     * {@code baseline}; see {@link EnvironmentReference}. Replaces {@link #reference} when given.
     */
    @Parameter
    List<EnvironmentReference> references;

    /**
     * The environments on the command line: {@code staging=<url>,production=<url>}. A name that is also in
     * {@link #references} gets this URL and keeps its policy there; others are added.
     */
    @Parameter(property = "schemaparity.references")
    String referenceList;

    /** The id of a {@code settings.xml} {@code <server>} holding the replica's username and password. */
    @Parameter(property = "schemaparity.reference.serverId")
    String referenceServerId;

    /** The environment variable holding the replica's user; used when set and no server id is given. */
    @Parameter(property = "schemaparity.reference.userEnv", defaultValue = "SCHEMAPARITY_REFERENCE_USER")
    String referenceUserEnv;

    /** The environment variable holding the replica's password; used when set and no server id is given. */
    @Parameter(property = "schemaparity.reference.passwordEnv", defaultValue = "SCHEMAPARITY_REFERENCE_PASSWORD")
    String referencePasswordEnv;

    /**
     * Flyway locations, comma-separated: {@code filesystem:path} (relative to the project) or
     * {@code classpath:path} (read from the project's resource folders). Default: detect the layout
     * ({@code src/main/resources/db/migration}, a Liquibase changelog, or a SQL folder).
     */
    @Parameter(property = "schemaparity.flywayLocations")
    List<String> flywayLocations;

    /** A Liquibase changelog file (relative to the project or to {@code src/main/resources}), or {@code classpath:name}. */
    @Parameter(property = "schemaparity.liquibaseChangelog")
    String liquibaseChangelog;

    /** A folder of plain {@code .sql} files, applied in natural version order (V2 before V10). */
    @Parameter(property = "schemaparity.sqlFolder")
    String sqlFolder;

    /**
     * What runs the candidate: {@code auto} (Testcontainers when Docker answers, else embedded),
     * {@code testcontainers}, {@code embedded} (real PostgreSQL binaries of production's major, resolved
     * from Maven repositories at run time) or {@code server} (a scratch database on {@link #serverUrl}).
     *
     * <p>Testcontainers runs inside Maven's own JVM, so its settings must be in the environment of the
     * shell that starts Maven, not in the POM. Where Docker has no Ryuk image or runs the build inside a
     * container, export {@code TESTCONTAINERS_RYUK_DISABLED=true},
     * {@code TESTCONTAINERS_HOST_OVERRIDE=localhost} and {@code TESTCONTAINERS_CHECKS_DISABLE=true}
     * before {@code mvn verify} (CI does).
     */
    @Parameter(property = "schemaparity.provider", defaultValue = "auto")
    String provider;

    /** A container image overriding the official one of production's version, e.g. {@code postgis/postgis:17-3.5}. */
    @Parameter(property = "schemaparity.image")
    String image;

    /** An existing server (JDBC URL of a database on it, with the right to create databases) for provider {@code server}. */
    @Parameter(property = "schemaparity.serverUrl")
    String serverUrl;

    /** The id of a {@code settings.xml} {@code <server>} holding the credentials for {@link #serverUrl}. */
    @Parameter(property = "schemaparity.serverId")
    String serverId;

    /** Whether differences in the migration tools' history tables (flyway_schema_history, databasechangelog) are allowed. */
    @Parameter(property = "schemaparity.ignoreMigrationHistory", defaultValue = "true")
    boolean ignoreMigrationHistory;

    /**
     * Whether the candidate is built only up to the version production has applied (read from its Flyway or
     * Liquibase history table), reporting later migrations as pending instead of as drift. Without such a
     * table in production, or for a SQL folder, every migration is applied either way.
     */
    @Parameter(property = "schemaparity.versionAware", defaultValue = "true")
    boolean versionAware = true;

    /** Whether the candidate's captured catalog is reused when no migration changed ({@code false}: always build it). */
    @Parameter(property = "schemaparity.cache", defaultValue = "true")
    boolean cache;

    /** Where cached candidate catalogs live. */
    @Parameter(property = "schemaparity.cacheDir", defaultValue = "${project.build.directory}/schemaparity/cache")
    File cacheDir;

    @Inject
    RepositorySystem repositorySystem;

    /** This plugin as Maven loaded it (its class realm and artifacts); set by Maven. */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    @Override
    void run(ParityEngine engine) throws MojoFailureException {
        long started = System.nanoTime();
        if (notMeantForThisModule()) {
            getLog().info("SchemaParity: skipped (" + project.getArtifactId() + " has no migrations and "
                    + ("pom".equals(project.getPackaging()) ? "is pom-packaged)" : "does not configure the plugin)"));
            return;
        }
        addIntegrations();
        ParityLog log = new MavenParityLog(getLog());
        // Judging settings first: a bad failOn, rule or baseline is named before anything is read.
        JudgingConfig judging = judging();
        List<EnvironmentReference> references = EnvironmentReferences.merge(this.references, referenceList);
        EnvironmentReferences environments = new EnvironmentReferences(this::source,
                session == null ? null : session.getSettings(), settingsDecrypter, rules, baseDirectory());
        Tenants tenants = tenantsMode();
        if (tenants != null && references.size() > 1) {
            throw new MojoFailureException("SchemaParity: tenants mode checks one reference, not " + references.size()
                    + " environments: configure one reference per run for a tenants check");
        }
        if (references.size() > 1) {
            EnvironmentsResult result = inCandidateScope(resources -> engine.check(candidate(log, resources), judging,
                    environments.environments(references, judging, log)));
            getLog().info("check of " + references.size() + " environments finished in " + millisSince(started) + " ms");
            if (!result.passed()) {
                throw new MojoFailureException(result.failureMessage());
            }
            return;
        }
        // One reference: the goal's own, or the one environment configured, with its source and policy.
        JudgingConfig judged = references.isEmpty() ? judging : environments.judging(judging, references.get(0));
        UnaryOperator<CandidateConfig> reference = references.isEmpty() ? c -> c
                : c -> c.toBuilder().reference(environments.source(references.get(0), log)).build();
        if (tenants != null) {
            TenantsResult result = inCandidateScope(resources ->
                    engine.checkTenants(reference.apply(candidate(log, resources)), judged, tenants));
            getLog().info("check of " + result.tenants().size() + " tenants finished in " + millisSince(started) + " ms");
            failUnlessPassed(result);
            return;
        }
        CheckResult result = inCandidateScope(resources -> engine.check(reference.apply(candidate(log, resources)), judged));
        getLog().info("check finished in " + millisSince(started) + " ms"
                + (result.fromCache() ? " (candidate from cache)" : ""));
        failUnlessPassed(result.parity());
    }

    /**
     * Runs one check with the project's resources open and the libraries' logs quiet, counted as one check
     * for the Testcontainers shutdown note: an unbalanced start would keep the death note out of the park.
     */
    @SuppressWarnings("try") // the quiet scope is held for its close(), never read
    <T> T inCandidateScope(Function<ClassLoader, T> check) {
        TestcontainersShutdown.checkStarts();
        try (ProjectResources resources = ProjectResources.of(project.getBuild().getResources(), baseDirectory(),
                getClass().getClassLoader()); LibraryLogs quiet = LibraryLogs.quiet(getLog().isDebugEnabled())) {
            return check.apply(resources.loader());
        } finally {
            TestcontainersShutdown.checkEnded();
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The baseline {@code check} uses when none is configured and the file exists. */
    static final String DEFAULT_BASELINE = "src/test/resources/schemaparity/baseline.json";

    @Override
    Optional<Path> defaultBaseline() {
        return Optional.of(baseDirectory().resolve(DEFAULT_BASELINE));
    }

    @Override
    boolean ignoreMigrationHistory() {
        return ignoreMigrationHistory;
    }

    /**
     * Puts Flyway, Liquibase, Testcontainers and zonky into the plugin's class realm (the POM declares them
     * {@code provided}, see {@link IntegrationLibraries}) before anything can touch their classes. Without a
     * realm (a unit test, whose classpath holds them) there is nothing to do.
     */
    void addIntegrations() {
        if (plugin != null && plugin.getClassRealm() != null) {
            new IntegrationLibraries(repositorySystem, session.getRepositorySession(),
                    project.getRemotePluginRepositories()).addTo(plugin, getLog());
        }
    }

    /** What builds the candidate, from this goal's parameters: mapped once, here. */
    CandidateConfig candidate(ParityLog log, ClassLoader resources) {
        return CandidateConfig.builder()
                .reference(reference())
                .projectDir(baseDirectory())
                .flywayLocations(flywayLocations)
                .liquibaseChangelog(liquibaseChangelog)
                .sqlFolder(sqlFolder)
                .resources(resources)
                .provider(provider)
                .image(image)
                .server(existingServer())
                .binaries(new MavenPostgresBinaries(repositorySystem, session.getRepositorySession(),
                        project.getRemoteProjectRepositories(), log))
                .schemas(schemas)
                .privileges(privileges)
                .schemaMapping(schemaMapping)
                .versionAware(versionAware)
                .cache(cache)
                .cacheDir(cacheDir != null ? cacheDir.toPath() : buildDirectory().resolve("schemaparity/cache"))
                .build();
    }

    /** The reference; a live one gets its credentials from settings.xml or the environment. */
    private Source reference() {
        Source source = source(require(reference, "reference", "reference", "JDBC URL of a replica or snapshot file"));
        return withCredentials(source, new DatabaseLogin("reference", referenceServerId,
                "schemaparity.reference.serverId", referenceUserEnv, referencePasswordEnv));
    }

    @Override
    Map<String, String> urlParameters() {
        Map<String, String> urls = new HashMap<>();
        urls.put("schemaparity.reference", reference);
        urls.put("schemaparity.serverUrl", serverUrl);
        urls.values().removeIf(Objects::isNull);
        return urls;
    }

    @Override
    String credentialAlternatives() {
        return "give it through schemaparity.reference.serverId / schemaparity.serverId (a settings.xml <server>,"
                + " encryptable with mvn -ep) or the environment variables named by schemaparity.reference.userEnv /"
                + " passwordEnv (default SCHEMAPARITY_REFERENCE_USER / SCHEMAPARITY_REFERENCE_PASSWORD)";
    }

    private ExistingServer existingServer() {
        if (!isSet(serverUrl)) {
            if (isSet(serverId)) {
                throw new SchemaParityException("serverId is set but serverUrl is not: set -Dschemaparity.serverUrl="
                        + "<JDBC URL of the server> for provider server");
            }
            return null;
        }
        if (!isSet(serverId)) {
            return new ExistingServer(serverUrl.trim(), null, null);
        }
        ReferenceCredentials credentials = ReferenceCredentials.fromServer(serverId.trim(), "schemaparity.serverId",
                session.getSettings(), settingsDecrypter);
        return new ExistingServer(serverUrl.trim(), credentials.user(), credentials.password());
    }

    /** Whether this module has no migrations and was reached only through the reactor (see {@link ModuleWithoutMigrations}). */
    boolean notMeantForThisModule() {
        return ModuleWithoutMigrations.is(project, baseDirectory(), migrationsConfigured());
    }

    private boolean migrationsConfigured() {
        return !(flywayLocations == null || flywayLocations.stream().allMatch(l -> l == null || l.isBlank()))
                || isSet(liquibaseChangelog) || isSet(sqlFolder);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
