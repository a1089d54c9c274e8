package io.github.schemaparity.fix;

import io.github.schemaparity.model.Engine;
import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.database.mysql.MySqlCatalogReader;
import io.github.schemaparity.database.postgres.PgCatalogReader;
import io.github.schemaparity.migrate.MigrationSource;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.testing.MariaDbServer;
import io.github.schemaparity.testing.PgServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** A real server the fix round trip builds, migrates and captures databases on. */
interface RoundTripServer {

    /** A fresh database with the scripts run in it; returns its name. */
    String create(String prefix, String... scripts);

    /** The database's catalog, its database renamed to {@code app} where the name is the schema. */
    Catalog capture(String database);

    /** Applies migrations with the project's own runner (Flyway, SQL folder) to a database. */
    void migrate(String database, MigrationSource source);

    /** Drops a bookkeeping table a migration tool left behind. */
    void dropTable(String database, String table);

    static RoundTripServer postgres(String major) {
        PgServer server = PgServer.of(major);
        return new RoundTripServer() {
            @Override
            public String create(String prefix, String... scripts) {
                return server.createDatabase(prefix, scripts);
            }

            @Override
            public Catalog capture(String database) {
                try (Connection connection = server.connect(database)) {
                    return new PgCatalogReader().read(connection, CaptureOptions.defaults());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void migrate(String database, MigrationSource source) {
                new Migrator().withScriptSyntax(EngineRegistry.of(Engine.POSTGRESQL).scriptSyntax())
                        .apply(source, server.url(database), "postgres", "postgres");
            }

            @Override
            public void dropTable(String database, String table) {
                server.execute(database, "DROP TABLE IF EXISTS public." + table);
            }

            @Override
            public String toString() {
                return "PostgreSQL " + major;
            }
        };
    }

    static RoundTripServer mariaDb() {
        MariaDbServer server = MariaDbServer.shared();
        return new RoundTripServer() {
            @Override
            public String create(String prefix, String... scripts) {
                return server.createDatabase(prefix, scripts);
            }

            @Override
            public Catalog capture(String database) {
                try (Connection connection = server.connect(database)) {
                    Catalog catalog = new MySqlCatalogReader().read(connection, CaptureOptions.defaults());
                    Schema s = catalog.schemas().get(0);
                    return new Catalog(catalog.engine(), catalog.serverVersion(), List.of(new Schema("app", s.comment(),
                            s.tables(), s.views(), s.sequences(), s.routines(), s.enumTypes(), s.domains())),
                            catalog.extensions(), catalog.settings());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void migrate(String database, MigrationSource source) {
                new Migrator().withScriptSyntax(EngineRegistry.of(Engine.MARIADB).scriptSyntax())
                        .apply(source, server.url(database), server.user(), server.password());
            }

            @Override
            public void dropTable(String database, String table) {
                server.execute(database, "DROP TABLE IF EXISTS `" + table + "`");
            }

            @Override
            public String toString() {
                return "MariaDB " + MariaDbServer.VERSION;
            }
        };
    }
}
