package io.github.schemaparity.junit;

import io.github.schemaparity.engine.LiveCandidate;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A plain, unpooled {@link DataSource} on the candidate: each call opens a new connection. */
final class CandidateDataSource implements DataSource {
    private final LiveCandidate candidate;
    private PrintWriter logWriter;
    private int loginTimeout;

    CandidateDataSource(LiveCandidate candidate) {
        this.candidate = candidate;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return candidate.open();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(candidate.jdbcUrl(), username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("The candidate data source logs nothing through java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "CandidateDataSource[" + candidate.description() + "]";
    }
}
