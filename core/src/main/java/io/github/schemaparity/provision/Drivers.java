package io.github.schemaparity.provision;

import io.github.schemaparity.model.Engine;

/** The JDBC driver each engine's candidate is reached with. */
final class Drivers {
    private Drivers() {
    }

    /** Fails with the coordinates to add when the engine's driver is missing. */
    static void require(Engine engine) {
        switch (engine) {
            case POSTGRESQL -> Libraries.require("org.postgresql.Driver", "The PostgreSQL JDBC driver",
                    "org.postgresql:postgresql");
            case MARIADB -> Libraries.require("org.mariadb.jdbc.Driver", "The MariaDB JDBC driver",
                    "org.mariadb.jdbc:mariadb-java-client");
            case MYSQL -> Libraries.require("com.mysql.cj.jdbc.Driver", "The MySQL JDBC driver",
                    "com.mysql:mysql-connector-j");
        }
    }
}
