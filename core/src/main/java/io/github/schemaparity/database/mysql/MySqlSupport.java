package io.github.schemaparity.database.mysql;

import io.github.schemaparity.capture.CatalogReader;
import io.github.schemaparity.data.DataDialect;
import io.github.schemaparity.database.EngineSupport;
import io.github.schemaparity.fix.FixDialect;
import io.github.schemaparity.history.HistoryQueries;
import io.github.schemaparity.jdbc.DriverFacts;
import io.github.schemaparity.jdbc.SessionDialect;
import io.github.schemaparity.migrate.ScriptSyntax;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.provision.ServerDialect;

/**
 * MySQL, and the base of MariaDB's support: one {@code information_schema} reader for both (it tells
 * them apart by the server's version), one fix dialect told which of the two it writes for.
 */
public class MySqlSupport implements EngineSupport {
    /** The mysql client's rules: {@code DELIMITER}, backslash escapes, backticks, {@code #} and {@code -- } comments. */
    static final ScriptSyntax SCRIPT_SYNTAX = new ScriptSyntax(true, true, true, true, true, true, false, false,
            false);

    private final Engine engine;
    private final DriverFacts driver;
    private final MySqlServerDialect server;
    private final DdlSpelling spelling;

    /** MySQL. */
    public MySqlSupport() {
        this(new MySqlServerDialect(Engine.MYSQL, "mysql", "org.testcontainers.mysql.MySQLContainer",
                MySqlDrivers.MYSQL, MySqlDrivers.MARIADB, null), MySqlDrivers.MYSQL, DdlSpelling.MYSQL);
    }

    /** A MySQL-compatible engine: its own servers and driver, MySQL's reader, dialect and rules. */
    protected MySqlSupport(MySqlServerDialect server, DriverFacts driver, DdlSpelling spelling) {
        this.engine = server.engine();
        this.server = server;
        this.driver = driver;
        this.spelling = spelling;
    }

    @Override
    public final Engine engine() {
        return engine;
    }

    @Override
    public final String displayName() {
        return driver.engineName();
    }

    @Override
    public CatalogReader catalogReader() {
        return new MySqlCatalogReader();
    }

    @Override
    public FixDialect fixDialect() {
        return new MySqlFixDialect(engine, spelling);
    }

    @Override
    public HistoryQueries historyQueries() {
        return new MySqlHistoryQueries();
    }

    @Override
    public ScriptSyntax scriptSyntax() {
        return SCRIPT_SYNTAX;
    }

    @Override
    public final SessionDialect session() {
        return new MySqlSession(driver);
    }

    @Override
    public final ServerDialect server() {
        return server;
    }

    @Override
    public DataDialect dataDialect() {
        return new MySqlDataDialect();
    }

    @Override
    public boolean databaseIsSchema() {
        return true;
    }

    @Override
    public String foldName(String identifier) {
        return identifier;
    }
}
