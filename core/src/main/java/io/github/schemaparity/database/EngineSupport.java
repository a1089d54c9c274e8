package io.github.schemaparity.database;

import io.github.schemaparity.capture.CatalogReader;
import io.github.schemaparity.data.DataDialect;
import io.github.schemaparity.fix.FixDialect;
import io.github.schemaparity.history.HistoryQueries;
import io.github.schemaparity.jdbc.DriverFacts;
import io.github.schemaparity.jdbc.SessionDialect;
import io.github.schemaparity.migrate.ScriptSyntax;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.MajorVersion;
import io.github.schemaparity.provision.ServerDialect;
import java.util.Optional;

/**
 * Everything SchemaParity knows about one database engine, behind one type: how to capture its catalog,
 * write its fix DDL, find its migration history, split its SQL scripts, reach it through its JDBC driver,
 * run it in a container, count its versions and fold its names. Modelled on Flyway's {@code DatabaseType}
 * and Testcontainers' container providers.
 *
 * <p>Found through {@link EngineRegistry} by the layers above the generic packages (the engine, the front
 * ends), which hand the pieces down: the capture, fix, migrate and history packages are given a reader, a
 * dialect, a syntax or queries, and never look an engine up themselves.
 */
public interface EngineSupport {

    /** The engine this support is for. */
    Engine engine();

    /** The engine's name for people, e.g. {@code PostgreSQL}. */
    String displayName();

    /** A new reader of this engine's catalog. */
    CatalogReader catalogReader();

    /** A new writer of this engine's fix statements (a dialect may keep state while it plans). */
    FixDialect fixDialect();

    /** Where this engine's Flyway and Liquibase history tables are and how their names are quoted. */
    HistoryQueries historyQueries();

    /** How this engine's own client splits a SQL script into statements. */
    ScriptSyntax scriptSyntax();

    /** How a read-only session on this engine is opened: driver, properties, read-only statements, error codes. */
    SessionDialect session();

    /** The JDBC driver and URL facts of this engine. */
    default DriverFacts driver() {
        return session().driver();
    }

    /** The SQL of the data comparison on this engine: snapshots, in-database row hashes, key ranges, integrity checks. */
    DataDialect dataDialect();

    /** What provisioning needs: images, Testcontainers module, scratch databases, embedded launcher. */
    ServerDialect server();

    /** The official Docker image of a major of this engine, e.g. {@code postgres:17}, {@code mariadb:10.11}. */
    default String officialImage(String major) {
        return server().officialImage(major);
    }

    /**
     * Whether a database of this engine is what the other engines call a schema (MySQL, MariaDB): a
     * candidate is then one database, and a one-database side pairs with the other side's one database.
     */
    boolean databaseIsSchema();

    /**
     * The name an unquoted identifier is stored under: PostgreSQL folds it to lower case; MySQL and
     * MariaDB keep it (their table-name case follows the server's {@code lower_case_table_names}).
     */
    String foldName(String identifier);

    /**
     * The major of a server version as this engine counts it: {@code 17} and {@code 9.6} on PostgreSQL,
     * {@code 10.11} on MariaDB, {@code 8.0} on MySQL; empty when the text holds none. The same parser
     * as {@link Catalog#majorVersion()} and provisioning's production version.
     */
    default Optional<String> majorVersion(String serverVersion) {
        return MajorVersion.of(engine(), serverVersion);
    }
}
