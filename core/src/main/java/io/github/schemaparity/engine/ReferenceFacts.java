package io.github.schemaparity.engine;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.history.MigrationHistoryReader;
import io.github.schemaparity.jdbc.JdbcErrors;
import io.github.schemaparity.jdbc.ReadOnlyConnector;
import io.github.schemaparity.jdbc.ReadOnlySession;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.provision.ProductionVersion;
import io.github.schemaparity.report.Side;
import java.sql.SQLException;
import java.util.List;

/**
 * What a candidate build needs to know about a live reference before its full capture: the engine, the
 * server version and the migration history rows, read on a short read-only session of their own (the same
 * history queries the capture runs). With them the candidate is provisioned, planned and keyed while the
 * reference is captured in full on another session; the full capture is then checked against them.
 */
final class ReferenceFacts {
    private ReferenceFacts() {
    }

    /**
     * A stand-in reference whose catalog holds no schemas, only the engine, version and history; the candidate
     * must not need the reference's schema names (the caller checks {@link #sufficient}).
     */
    static Reference read(Source.Jdbc reference, List<String> schemas, ParityLog log) {
        long start = System.nanoTime();
        var source = reference.jdbc();
        try (ReadOnlySession session = ReadOnlyConnector.open(source, EngineRegistry.of(source).session())) {
            String version = session.serverVersion();
            MigrationHistoryReader.Result history = MigrationHistoryReader.read(session.connection(),
                    EngineRegistry.of(session.engine()).historyQueries(), schemas);
            // A MariaDB server behind a MySQL URL is MariaDB, as the full capture will say.
            Catalog facts = new Catalog(ProductionVersion.of(session.engine(), version).engine(), version, List.of(), List.of(), List.of(), history.rows());
            log.info("read reference's version and migration history (" + reference.kind() + " "
                    + session.engine().id() + " " + version + ", " + history.rows().size() + " history rows) in "
                    + Elapsed.millis(start) + " ms");
            return new Reference(new Loaded(Side.of(reference.kind(), facts), facts), schemas);
        } catch (SQLException e) {
            throw JdbcErrors.readFailed(source, "reading the reference's version and migration history", e,
                    EngineRegistry.of(source).session().errorCodes());
        }
    }

    /**
     * Whether the candidate can be built from the facts alone: on MySQL/MariaDB without configured schemas the
     * candidate's database is named after the reference's databases, which only the full capture lists.
     */
    static boolean sufficient(Source.Jdbc reference, List<String> schemas) {
        return !schemas.isEmpty() || !EngineRegistry.of(reference.jdbc()).databaseIsSchema();
    }

    /** Whether the full capture agrees with the facts the candidate was built from (engine, major, history). */
    static boolean agree(Catalog facts, Catalog captured) {
        return ProductionVersion.of(facts.engine(), facts.serverVersion())
                        .equals(ProductionVersion.of(captured.engine(), captured.serverVersion()))
                && facts.migrationHistory().equals(captured.migrationHistory());
    }
}
