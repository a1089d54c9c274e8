package io.github.schemaparity.database.mysql;

import io.github.schemaparity.model.ReplicaState;
import java.sql.Connection;
import java.sql.ResultSet;
import static io.github.schemaparity.jdbc.ReadOnlyConnector.LOCK_TIMEOUT;
import static io.github.schemaparity.jdbc.ReadOnlyConnector.STATEMENT_TIMEOUT;

import io.github.schemaparity.jdbc.DriverFacts;
import io.github.schemaparity.jdbc.ErrorCodes;
import io.github.schemaparity.jdbc.SessionDialect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A MySQL or MariaDB read-only session: the same read-only statements on both, and an explicit
 * {@code START TRANSACTION READ ONLY}, so the transaction does not rest on the session default alone.
 * The statement timeout is {@code max_execution_time} (ms) on MySQL and {@code max_statement_time} (s) on
 * MariaDB, chosen by what the server reports, not by the URL: a {@code jdbc:mysql:} URL may point at MariaDB.
 */
public final class MySqlSession implements SessionDialect {
    private static final List<String> SETUP = List.of(
            "SET SESSION TRANSACTION READ ONLY",
            "SET SESSION lock_wait_timeout = " + seconds(LOCK_TIMEOUT),
            "SET SESSION innodb_lock_wait_timeout = " + seconds(LOCK_TIMEOUT));
    /**
     * Their SQLStates are too coarse (42000 for an unknown database and a syntax error). Either server's
     * codes on either URL, since a {@code jdbc:mysql:} URL may reach MariaDB.
     */
    private static final ErrorCodes CODES = new ErrorCodes(Set.of(1049), Set.of(3024, 1969), Set.of(1205),
            // database, table, column and command access denied, and "needs the ... privilege"
            Set.of(1044, 1142, 1143, 1227));

    private final DriverFacts driver;

    /** A session through the given driver (MySQL Connector/J or MariaDB Connector/J). */
    public MySqlSession(DriverFacts driver) {
        this.driver = driver;
    }

    @Override
    public DriverFacts driver() {
        return driver;
    }

    @Override
    public void addConnectionProperties(Properties properties, long connectTimeoutSeconds) {
        properties.setProperty("connectTimeout", Long.toString(connectTimeoutSeconds * 1000));
    }

    @Override
    public List<String> sessionSetup(Statement statement) throws SQLException {
        List<String> setup = new ArrayList<>(SETUP);
        setup.add(statementTimeout(statement));
        return setup;
    }

    @Override
    public List<String> transactionStart() {
        // InnoDB's snapshot is taken here rather than at the first read.
        return List.of("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
    }

    @Override
    public ErrorCodes errorCodes() {
        return CODES;
    }

    /** {@code max_statement_time} in seconds on MariaDB, {@code max_execution_time} in ms on MySQL. */
    private static String statementTimeout(Statement statement) throws SQLException {
        String version;
        try (ResultSet row = statement.executeQuery("SELECT VERSION()")) {
            row.next();
            version = row.getString(1);
        }
        long seconds = seconds(STATEMENT_TIMEOUT);
        return version != null && version.contains("MariaDB")
                ? "SET SESSION max_statement_time = " + seconds
                : "SET SESSION max_execution_time = " + seconds * 1000;
    }

    private static long seconds(String timeout) {
        return Long.parseLong(timeout.substring(0, timeout.length() - 1));
    }

    @Override
    public String catalogFingerprintQuery() {
        return MySqlCatalogFingerprint.SQL;
    }

    /** Reading replica status needs a privilege a read-only user may lack; then the answer is NONE. */
    @Override
    public ReplicaState replicaState(Connection connection) throws SQLException {
        for (String sql : new String[] {"SHOW REPLICA STATUS", "SHOW SLAVE STATUS"}) {
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
                if (!row.next()) {
                    return ReplicaState.NONE;
                }
                return new ReplicaState(true, false, secondsBehind(row));
            } catch (SQLException e) {
                if (e.getErrorCode() != 1064) {
                    return ReplicaState.NONE; // no privilege (1227) or another refusal: the capture goes on without it
                }
                // syntax error: a server that knows only the other spelling
            }
        }
        return ReplicaState.NONE;
    }

    private static Double secondsBehind(ResultSet row) throws SQLException {
        java.sql.ResultSetMetaData meta = row.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnLabel(i);
            if (column.equalsIgnoreCase("Seconds_Behind_Source") || column.equalsIgnoreCase("Seconds_Behind_Master")) {
                String value = row.getString(i);
                return value == null ? null : Double.valueOf(value);
            }
        }
        return null;
    }

}
