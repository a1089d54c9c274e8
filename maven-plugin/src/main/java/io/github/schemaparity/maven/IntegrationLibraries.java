package io.github.schemaparity.maven;

import io.github.schemaparity.SchemaParityException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyFilter;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.ArtifactDescriptorRequest;
import org.eclipse.aether.resolution.ArtifactDescriptorResult;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * The migration and provisioning libraries (Flyway, Liquibase, Testcontainers, zonky's embedded
 * PostgreSQL) for the goals that build a candidate database ({@code check}, {@code baseline}).
 *
 * <p>The plugin's POM declares them {@code provided}, so Maven leaves them out of the plugin's class realm:
 * a {@code compare} of two URLs neither resolves nor opens their ~70 jars (measured: about 0.8 s of CPU and
 * 35 MiB of RSS of a cold {@code mvn schemaparity:compare}). A goal that needs them resolves them here, as
 * Maven would have: the plugin's own POM (its versions, exclusions and dependency management) through the
 * build's repository system, settings, mirrors and offline mode, and adds every jar the realm lacks to it.
 * Core touches their classes only when a candidate is built, after this ran.
 */
final class IntegrationLibraries {
    /** The groups of the plugin's {@code provided} dependencies that are integrations (not Maven's own API). */
    static final Set<String> GROUPS = Set.of("org.flywaydb", "org.liquibase", "org.testcontainers", "io.zonky.test");
    /** The realms already given the integrations (a realm serves every goal of this plugin in a build). */
    private static final Set<ClassRealm> DONE = Collections.newSetFromMap(new WeakHashMap<>());

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    IntegrationLibraries(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = Objects.requireNonNull(system, "system");
        this.session = Objects.requireNonNull(session, "session");
        this.repositories = List.copyOf(repositories);
    }

    /**
     * Resolves the integrations of the plugin Maven loaded and adds to its class realm every jar whose
     * {@code groupId:artifactId[:classifier]} is not among the realm's own artifacts (a user's plugin
     * dependencies among them, which win as before); once per realm, one debug line with the time.
     */
    void addTo(PluginDescriptor plugin, Log log) {
        synchronized (DONE) {
            ClassRealm realm = plugin.getClassRealm();
            if (DONE.contains(realm)) {
                return;
            }
            long started = System.nanoTime();
            Set<String> present = plugin.getArtifacts().stream()
                    .map(a -> key(a.getGroupId(), a.getArtifactId(), a.getClassifier()))
                    .collect(Collectors.toSet());
            List<URL> jars = jars(plugin.getGroupId(), plugin.getArtifactId(), plugin.getVersion(), present);
            jars.forEach(realm::addURL);
            DONE.add(realm);
            if (log.isDebugEnabled()) {
                log.debug("SchemaParity: " + jars.size() + " jars of Flyway, Liquibase, Testcontainers and embedded"
                        + " PostgreSQL added to the plugin in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
        }
    }

    /**
     * The jars of plugin {@code groupId:artifactId:version}'s integrations that {@code present} (keys as
     * {@link #key}) lacks, in resolution order.
     */
    List<URL> jars(String groupId, String artifactId, String version, Set<String> present) {
        Artifact plugin = new DefaultArtifact(groupId, artifactId, "jar", version);
        ArtifactDescriptorResult descriptor;
        try {
            descriptor = system.readArtifactDescriptor(session, new ArtifactDescriptorRequest(plugin, repositories, null));
        } catch (ArtifactDescriptorException e) {
            throw failure(e);
        }
        CollectRequest collect = new CollectRequest();
        collect.setRootArtifact(plugin);
        collect.setRepositories(repositories);
        collect.setManagedDependencies(descriptor.getManagedDependencies());
        // The plugin's runtime dependencies stay in the graph, so that versions are mediated against them
        // as in the realm Maven built; Maven's own API (provided too) and test dependencies do not.
        for (Dependency d : descriptor.getDependencies()) {
            boolean integration = isIntegration(d);
            if (integration || "compile".equals(d.getScope()) || "runtime".equals(d.getScope())) {
                collect.addDependency(integration ? d.setScope("runtime") : d);
            }
        }
        List<ArtifactResult> resolved;
        try {
            resolved = system.resolveDependencies(session, new DependencyRequest(collect, underAnIntegration()))
                    .getArtifactResults();
        } catch (DependencyResolutionException e) {
            throw failure(e);
        }
        List<URL> jars = new ArrayList<>();
        Set<String> seen = new HashSet<>(present);
        for (ArtifactResult r : resolved) {
            Artifact a = r.getArtifact();
            if (a.getFile() != null && seen.add(key(a.getGroupId(), a.getArtifactId(), a.getClassifier()))) {
                try {
                    jars.add(a.getFile().toURI().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return jars;
    }

    /** The key {@code present} holds: {@code groupId:artifactId}, with {@code :classifier} when there is one. */
    static String key(String groupId, String artifactId, String classifier) {
        return groupId + ":" + artifactId + (classifier == null || classifier.isEmpty() ? "" : ":" + classifier);
    }

    private static boolean isIntegration(Dependency d) {
        return "provided".equals(d.getScope()) && GROUPS.contains(d.getArtifact().getGroupId());
    }

    /** Nodes below one of the integrations (the root's other dependencies are in the realm already). */
    private static DependencyFilter underAnIntegration() {
        return (DependencyNode node, List<DependencyNode> parents) -> {
            DependencyNode direct = parents.size() <= 1 ? node : parents.get(parents.size() - 2);
            return direct.getDependency() != null && GROUPS.contains(direct.getDependency().getArtifact().getGroupId());
        };
    }

    private static SchemaParityException failure(Exception e) {
        String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return new SchemaParityException("Cannot resolve the plugin's migration and provisioning libraries (Flyway,"
                + " Liquibase, Testcontainers, embedded PostgreSQL): " + reason
                + " (check the network or your mirror, or build once online)", e);
    }
}
