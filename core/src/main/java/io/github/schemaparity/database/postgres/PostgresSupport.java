package io.github.schemaparity.database.postgres;

import io.github.schemaparity.capture.CatalogReader;
import io.github.schemaparity.data.DataDialect;
import io.github.schemaparity.database.EngineSupport;
import io.github.schemaparity.fix.FixDialect;
import io.github.schemaparity.history.HistoryQueries;
import io.github.schemaparity.jdbc.SessionDialect;
import io.github.schemaparity.migrate.ScriptSyntax;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.provision.ServerDialect;
import java.util.Locale;

/** PostgreSQL: set-based {@code pg_catalog} capture, dollar-quoted fix DDL, psql's script rules. */
public final class PostgresSupport implements EngineSupport {
    /** psql's rules: dollar quotes, {@code E'...'}, nested block comments, {@code BEGIN ATOMIC} bodies. */
    static final ScriptSyntax SCRIPT_SYNTAX = new ScriptSyntax(false, false, false, false, false, false, true,
            true, true);

    @Override
    public Engine engine() {
        return Engine.POSTGRESQL;
    }

    @Override
    public String displayName() {
        return PgSession.DRIVER.engineName();
    }

    @Override
    public CatalogReader catalogReader() {
        return new PgCatalogReader();
    }

    @Override
    public FixDialect fixDialect() {
        return new PgFixDialect();
    }

    @Override
    public HistoryQueries historyQueries() {
        return new PgHistoryQueries();
    }

    @Override
    public ScriptSyntax scriptSyntax() {
        return SCRIPT_SYNTAX;
    }

    @Override
    public SessionDialect session() {
        return new PgSession();
    }

    @Override
    public ServerDialect server() {
        return new PgServerDialect();
    }

    @Override
    public DataDialect dataDialect() {
        return new PgDataDialect();
    }

    @Override
    public boolean databaseIsSchema() {
        return false;
    }

    @Override
    public String foldName(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }
}
