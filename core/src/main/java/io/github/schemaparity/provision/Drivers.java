package io.github.schemaparity.provision;

import io.github.schemaparity.model.Engine;

/** The JDBC driver each engine's candidate is reached with. */
final class Drivers {
    private Drivers() {
    }

    /**
     * Fails with the coordinates to add when the engine's driver is missing; else loads and initialises
     * it, which registers it with {@code DriverManager}. {@code DriverManager} discovers drivers only
     * through the thread's context class loader, which in a Maven hook script or an IDE may not see
     * this library's class path ("No suitable driver").
     */
    static void require(Engine engine) {
        String driver = switch (engine) {
            case POSTGRESQL -> "org.postgresql.Driver";
            case MARIADB -> "org.mariadb.jdbc.Driver";
            case MYSQL -> "com.mysql.cj.jdbc.Driver";
        };
        switch (engine) {
            case POSTGRESQL -> Libraries.require(driver, "The PostgreSQL JDBC driver", "org.postgresql:postgresql");
            case MARIADB -> Libraries.require(driver, "The MariaDB JDBC driver", "org.mariadb.jdbc:mariadb-java-client");
            case MYSQL -> Libraries.require(driver, "The MySQL JDBC driver", "com.mysql:mysql-connector-j");
        }
        try {
            Class.forName(driver, true, Drivers.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("JDBC driver " + driver + " vanished after it was found", e);
        }
    }
}
