package io.github.schemaparity.provision;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.jdbc.JdbcUrls;
import io.github.schemaparity.model.Engine;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.utility.DockerImageName;

/** The only class touching Testcontainers' container types; loaded after {@link Libraries#require}. */
final class ContainerLauncher {
    /** Label on every candidate container, so a CI job can find leftovers after a killed JVM. */
    static final String LABEL = "io.github.schemaparity.candidate";

    private ContainerLauncher() {
    }

    static CandidateDatabase launch(ProvisionRequest request, ParityLog log) {
        String image = request.imageToRun();
        ServerDialect dialect = request.dialect();
        JdbcDatabaseContainer<?> container = create(dialect, DockerImageName.parse(image));
        container.withDatabaseName(request.databaseNameOr("candidate"))
                .withPassword(RandomTokens.hex(12))
                .withLabel(LABEL, "true");
        if (dialect.containerUser() != null) {
            container.withUsername(dialect.containerUser());
        }
        long started = System.nanoTime();
        try {
            container.start();
        } catch (RuntimeException e) {
            stopQuietly(container);
            throw new SchemaParityException("Could not start a container of image " + image + ": "
                    + firstLine(e) + " (check that Docker can pull or find the image, or set another image)", e);
        }
        try {
            log.info(String.format("Container %s (%s) ready in %.1f s", image,
                    container.getContainerId().substring(0, 12), (System.nanoTime() - started) / 1e9));
            String url = container.getJdbcUrl();
            String version = ServerFacts.serverVersion(url, container.getUsername(), container.getPassword());
            Engine actual = ServerFacts.check(request, request.engine(), version, "image " + image, log);
            String description = "testcontainers " + image + " (" + ServerFacts.label(actual, version) + ")";
            return new CandidateDatabase(actual, version, url, container.getUsername(), container.getPassword(),
                    description, container::stop);
        } catch (Exception e) {
            stopQuietly(container);
            if (e instanceof SchemaParityException spe) {
                throw spe;
            }
            throw new SchemaParityException("Container of image " + image + " started but does not answer: "
                    + firstLine(e), e);
        }
    }

    /** The engine's Testcontainers module class, named by its dialect (checked present by the provider). */
    private static JdbcDatabaseContainer<?> create(ServerDialect dialect, DockerImageName image) {
        DockerImageName substitute = image.asCompatibleSubstituteFor(dialect.containerImageName());
        try {
            return (JdbcDatabaseContainer<?>) Class.forName(dialect.containerClass(), true,
                    ContainerLauncher.class.getClassLoader()).getConstructor(DockerImageName.class).newInstance(substitute);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create a " + dialect.containerClass() + " container", e);
        }
    }

    private static void stopQuietly(JdbcDatabaseContainer<?> container) {
        try {
            container.stop();
        } catch (RuntimeException ignored) {
            // the start failure is what the user needs to see
        }
    }

    static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String message = String.valueOf(t.getMessage());
        int newline = message.indexOf('\n');
        return JdbcUrls.mask(newline < 0 ? message : message.substring(0, newline));
    }
}
