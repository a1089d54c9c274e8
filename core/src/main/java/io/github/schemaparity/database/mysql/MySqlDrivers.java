package io.github.schemaparity.database.mysql;

import io.github.schemaparity.jdbc.DriverFacts;

/** The two drivers of the MySQL wire protocol: each reaches MySQL and MariaDB servers alike. */
public final class MySqlDrivers {
    /** MySQL Connector/J, for {@code jdbc:mysql:} URLs. */
    public static final DriverFacts MYSQL = new DriverFacts("MySQL", "com.mysql.cj.jdbc.Driver",
            "com.mysql:mysql-connector-j", "mysql", 3306, "jdbc:mysql://host:3306/db");
    /** MariaDB Connector/J, for {@code jdbc:mariadb:} URLs. */
    public static final DriverFacts MARIADB = new DriverFacts("MariaDB", "org.mariadb.jdbc.Driver",
            "org.mariadb.jdbc:mariadb-java-client", "mariadb", 3306, "jdbc:mariadb://host:3306/db");

    private MySqlDrivers() {
    }
}
