package io.github.schemaparity.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.supplier.RepositorySystemSupplier;

/**
 * A real repository system for resolution tests: an empty local repository and a file-based "remote"
 * repository laid out like Central, both in a test's folder. Artifacts are published into it as a test
 * needs them, so resolution runs exactly as in a build, without a network.
 */
final class FakeCentral {
    final RepositorySystem system = new RepositorySystemSupplier().get();
    final DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
    final Path local;
    final Path central;
    final RemoteRepository remote;

    FakeCentral(Path work) {
        local = work.resolve("local");
        central = work.resolve("central");
        session.setLocalRepositoryManager(system.newLocalRepositoryManager(session, new LocalRepository(local.toFile())));
        remote = new RemoteRepository.Builder("fake-central", "default", central.toUri().toString()).build();
    }

    /** Publishes a jar holding {@code jarText} and its POM, {@code pomBody} inside its {@code <project>}. */
    void publish(String groupId, String artifactId, String version, String pomBody, String jarText) throws IOException {
        Path folder = Files.createDirectories(folder(groupId, artifactId).resolve(version));
        Files.writeString(folder.resolve(artifactId + "-" + version + ".jar"), jarText);
        Files.writeString(folder.resolve(artifactId + "-" + version + ".pom"), """
                <project><modelVersion>4.0.0</modelVersion><groupId>%s</groupId>
                <artifactId>%s</artifactId><version>%s</version>%s</project>
                """.formatted(groupId, artifactId, version, pomBody));
    }

    /** Writes the artifact's {@code maven-metadata.xml} listing {@code versions}, as version ranges need. */
    void listVersions(String groupId, String artifactId, List<String> versions) throws IOException {
        StringBuilder listed = new StringBuilder();
        versions.forEach(version -> listed.append("<version>").append(version).append("</version>"));
        Files.writeString(folder(groupId, artifactId).resolve("maven-metadata.xml"), """
                <metadata><groupId>%s</groupId><artifactId>%s</artifactId>
                <versioning><versions>%s</versions></versioning></metadata>
                """.formatted(groupId, artifactId, listed));
    }

    /** The published jar's path in the remote repository (a test deletes it to break the repository). */
    Path jar(String groupId, String artifactId, String version) {
        return folder(groupId, artifactId).resolve(version).resolve(artifactId + "-" + version + ".jar");
    }

    private Path folder(String groupId, String artifactId) {
        return central.resolve(groupId.replace('.', '/')).resolve(artifactId);
    }
}
