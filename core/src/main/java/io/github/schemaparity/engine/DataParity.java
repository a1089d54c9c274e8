package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.data.DataComparison;
import io.github.schemaparity.data.DataLog;
import io.github.schemaparity.data.DataParityConfig;
import io.github.schemaparity.data.DataResult;
import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.database.EngineSupport;
import io.github.schemaparity.model.Engine;

/**
 * The data-parity gate's entry point, beside {@link ParityEngine}: compares the rows of two databases of
 * the same engine family and returns a {@link DataResult}. Read-only: every statement is a read inside a
 * read-only snapshot. The engine's data SQL and sessions come from its {@link EngineSupport}.
 *
 * <pre>{@code
 * DataResult result = DataParity.create(line -> log.info(line)).run(
 *         DataParityConfig.builder(JdbcSource.of(oldHost), JdbcSource.of(newHost)).schemas(List.of("public")).build());
 * }</pre>
 */
public final class DataParity {
    private final DataLog log;

    private DataParity(DataLog log) {
        this.log = log;
    }

    /** The gate with the registered engines' data dialects, logging to {@code log}. */
    public static DataParity create(DataLog log) {
        return new DataParity(log);
    }

    /**
     * Compares the two databases.
     *
     * @throws SchemaParityException with a one-line, password-free message when a side cannot be read,
     *                               the engines differ or the configuration does not fit the databases
     */
    public DataResult run(DataParityConfig config) {
        Engine expected = config.expected().engine();
        Engine actual = config.actual().engine();
        if (!expected.sharesProtocolWith(actual)) {
            throw new SchemaParityException("Cannot compare the data of " + expected.displayName() + " (expected) with "
                    + actual.displayName() + " (actual): cross-engine data comparison is not supported yet;"
                    + " compare PostgreSQL with PostgreSQL, or MySQL/MariaDB with MySQL/MariaDB");
        }
        EngineSupport support = EngineRegistry.of(expected);
        return new DataComparison(support.dataDialect(), support.session(), EngineRegistry.of(actual).session(), log)
                .run(config);
    }
}
