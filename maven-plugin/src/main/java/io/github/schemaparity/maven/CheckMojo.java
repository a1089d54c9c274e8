package io.github.schemaparity.maven;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.engine.CandidateConfig;
import io.github.schemaparity.engine.CheckResult;
import io.github.schemaparity.engine.Environment;
import io.github.schemaparity.engine.EnvironmentsResult;
import io.github.schemaparity.engine.JudgingConfig;
import io.github.schemaparity.engine.ParityEngine;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.engine.Source;
import io.github.schemaparity.engine.TenantsResult;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.migrate.MigrationLayouts;
import io.github.schemaparity.provision.ExistingServer;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.apache.maven.model.Resource;
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

    private static final String PLUGIN_GROUP = "io.github.schemaparity";
    private static final String PLUGIN_ARTIFACT = "schemaparity-maven-plugin";

    @Inject
    RepositorySystem repositorySystem;

    /** This plugin as Maven loaded it (its class realm and artifacts); set by Maven. */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    @Override
    @SuppressWarnings("try") // the quiet scope is held for its close(), never read
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
        CheckResult result;
        List<EnvironmentReference> environments = environments();
        URLClassLoader resources = projectResources();
        if (tenantsMode() != null) {
            checkTenants(engine, log, judging, environments, resources, started);
            return;
        }
        if (environments.size() > 1) {
            checkEnvironments(engine, log, judging, environments, resources, started);
            return;
        }
        // Counted once per check: an unbalanced start would keep the death note out of the park.
        TestcontainersShutdown.checkStarts();
        try (LibraryLogs quiet = LibraryLogs.quiet(getLog().isDebugEnabled())) {
            CandidateConfig candidate = candidate(log, resources);
            if (environments.size() == 1) {
                candidate = candidate.toBuilder().reference(environmentSource(environments.get(0), log)).build();
                judging = environmentJudging(judging, environments.get(0));
            }
            result = engine.check(candidate, judging);
        } finally {
            TestcontainersShutdown.checkEnded();
            close(resources);
        }
        getLog().info("check finished in " + (System.nanoTime() - started) / 1_000_000 + " ms"
                + (result.fromCache() ? " (candidate from cache)" : ""));
        failUnlessPassed(result.parity());
    }

    /** Tenants mode: one candidate (or the reference tenant) for every tenant schema of the reference. */
    @SuppressWarnings("try") // the quiet scope is held for its close(), never read
    private void checkTenants(ParityEngine engine, ParityLog log, JudgingConfig judging,
            List<EnvironmentReference> environments, URLClassLoader resources, long started) throws MojoFailureException {
        if (environments.size() > 1) {
            close(resources);
            throw new MojoFailureException("SchemaParity: tenants mode checks one reference, not " + environments.size()
                    + " environments: configure one reference per run for a tenants check");
        }
        TenantsResult result;
        TestcontainersShutdown.checkStarts();
        try (LibraryLogs quiet = LibraryLogs.quiet(getLog().isDebugEnabled())) {
            CandidateConfig candidate = candidate(log, resources);
            if (environments.size() == 1) {
                candidate = candidate.toBuilder().reference(environmentSource(environments.get(0), log)).build();
                judging = environmentJudging(judging, environments.get(0));
            }
            result = engine.checkTenants(candidate, judging, tenantsMode());
        } finally {
            TestcontainersShutdown.checkEnded();
            close(resources);
        }
        getLog().info("check of " + result.tenants().size() + " tenants finished in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        failUnlessPassed(result);
    }

    @SuppressWarnings("try") // the quiet scope is held for its close(), never read
    private void checkEnvironments(ParityEngine engine, ParityLog log, JudgingConfig judging,
            List<EnvironmentReference> references, URLClassLoader resources, long started) throws MojoFailureException {
        EnvironmentsResult result;
        TestcontainersShutdown.checkStarts();
        try (LibraryLogs quiet = LibraryLogs.quiet(getLog().isDebugEnabled())) {
            List<Environment> environments = new ArrayList<>();
            for (EnvironmentReference r : references) {
                environments.add(Environment.of(r.name.trim(), environmentSource(r, log))
                        .withJudging(environmentJudging(judging, r)).withFailOnPending(r.failOnPending));
            }
            result = engine.check(candidate(log, resources), judging, environments);
        } finally {
            TestcontainersShutdown.checkEnded();
            close(resources);
        }
        getLog().info("check of " + references.size() + " environments finished in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        if (!result.passed()) {
            throw new MojoFailureException(result.failureMessage());
        }
    }

    /**
     * The environments to check: {@link #references}, with {@link #referenceList}'s URLs applied by name;
     * empty when neither is given (the single {@link #reference}).
     */
    List<EnvironmentReference> environments() {
        List<EnvironmentReference> all = new ArrayList<>();
        if (references != null) {
            for (EnvironmentReference r : references) {
                if (r == null || !isSet(r.name)) {
                    throw new SchemaParityException("A <reference> in <references> has no <name>: name each environment,"
                            + " e.g. <name>staging</name>");
                }
                all.add(r);
            }
        }
        if (isSet(referenceList)) {
            Environment.parseNames(referenceList).forEach((name, url) -> all.stream()
                    .filter(r -> r.name.trim().equals(name)).findFirst()
                    .ifPresentOrElse(r -> r.url = url, () -> all.add(new EnvironmentReference(name, url))));
        }
        return all;
    }

    private Source environmentSource(EnvironmentReference r, ParityLog log) {
        String url = require(r.url, "references", "url of reference " + r.name, "JDBC URL of a replica or snapshot file");
        Source source = source(url);
        if (!(source instanceof Source.Jdbc jdbc) || !isSet(r.serverId)) {
            return source;
        }
        ReferenceCredentials credentials = ReferenceCredentials.fromServer(r.serverId.trim(),
                "serverId of reference " + r.name, session.getSettings(), settingsDecrypter);
        log.info("reference " + r.name + ": " + jdbc.describe() + " (credentials from " + credentials.origin() + ")");
        return new Source.Jdbc(new JdbcSource(jdbc.jdbc().url(),
                credentials.user() != null ? credentials.user() : jdbc.jdbc().user(),
                credentials.password() != null ? credentials.password() : jdbc.jdbc().password()))
                .withServerId(r.serverId);
    }

    /** The goal's judging with one environment's own rules (added) and baseline (instead). */
    private JudgingConfig environmentJudging(JudgingConfig judging, EnvironmentReference r) {
        boolean ownRules = r.rules != null && !r.rules.isEmpty();
        if (!ownRules && r.baseline == null) {
            return judging;
        }
        JudgingConfig.Builder own = judging.toBuilder();
        if (ownRules) {
            List<String> all = new ArrayList<>(rules == null ? List.of() : rules);
            all.addAll(r.rules);
            own.rules(all);
        }
        if (r.baseline != null) {
            Path file = r.baseline.toPath();
            own.baseline(file.isAbsolute() ? file : baseDirectory().resolve(file));
        }
        return own.build();
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
    java.util.Map<String, String> urlParameters() {
        java.util.Map<String, String> urls = new java.util.HashMap<>();
        urls.put("schemaparity.reference", reference);
        urls.put("schemaparity.serverUrl", serverUrl);
        urls.values().removeIf(java.util.Objects::isNull);
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

    /**
     * The project's resource folders as a class loader, for {@code classpath:} locations: the files as
     * edited, so the check needs no prior build. Parent: this plugin's loader (Flyway finds its database
     * support and the JDBC driver there).
     */
    URLClassLoader projectResources() {
        List<URL> urls = new ArrayList<>();
        for (Resource resource : project.getBuild().getResources()) {
            Path folder = baseDirectory().resolve(resource.getDirectory());
            if (Files.isDirectory(folder)) {
                try {
                    urls.add(folder.toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new SchemaParityException("Cannot read resource folder " + folder + ": " + e.getMessage(), e);
                }
            }
        }
        return new URLClassLoader("schemaparity-project-resources", urls.toArray(URL[]::new), getClass().getClassLoader());
    }

    static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // only open jar handles are lost; the folders it reads hold none
        }
    }

    /**
     * A module the goal reached only through the reactor ({@code mvn schemaparity:check} at the root, or a
     * parent's configuration inherited by a {@code pom} module) that has no migrations: nothing to check.
     * A module that configures the plugin itself but has no migrations still fails, naming where it looked.
     */
    boolean notMeantForThisModule() {
        if (!noMigrationsConfigured() || !noMigrationLayout()) {
            return false;
        }
        if ("pom".equals(project.getPackaging())) {
            return true;
        }
        return project.getOriginalModel().getBuild() == null || project.getOriginalModel().getBuild().getPlugins().stream()
                .noneMatch(p -> PLUGIN_GROUP.equals(p.getGroupId()) && PLUGIN_ARTIFACT.equals(p.getArtifactId()));
    }

    private boolean noMigrationsConfigured() {
        return (flywayLocations == null || flywayLocations.stream().allMatch(l -> l == null || l.isBlank()))
                && !isSet(liquibaseChangelog) && !isSet(sqlFolder);
    }

    private boolean noMigrationLayout() {
        Path base = baseDirectory();
        Stream<String> candidates = Stream.concat(Stream.of(MigrationLayouts.FLYWAY_FOLDER),
                Stream.concat(MigrationLayouts.SQL_FOLDERS.stream(), MigrationLayouts.LIQUIBASE_CHANGELOGS.stream()
                        .flatMap(c -> MigrationLayouts.LIQUIBASE_EXTENSIONS.stream().map(e -> c + "." + e))));
        return candidates.map(base::resolve).noneMatch(Files::exists);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
