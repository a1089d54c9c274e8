package io.github.schemaparity.database.mariadb;

import io.github.schemaparity.jdbc.DriverFacts;
import io.github.schemaparity.database.mysql.MySqlSupport;
import io.github.schemaparity.model.Engine;

/**
 * MariaDB: MySQL's reader, dialect and script rules (the dialect writes MariaDB's spelling where the two
 * differ), with MariaDB's own driver and images.
 */
public final class MariaDbSupport extends MySqlSupport {

    /** MariaDB. */
    public MariaDbSupport() {
        super(Engine.MARIADB, new DriverFacts("MariaDB", "org.mariadb.jdbc.Driver",
                "org.mariadb.jdbc:mariadb-java-client", "mariadb", 3306, "jdbc:mariadb://host:3306/db"), "mariadb");
    }
}
