package io.github.schemaparity.junit;

import io.github.schemaparity.engine.LiveCandidate;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The candidate database built from the migrations, running until the test run ends, for tests that
 * query it. It is shared by every test class with the same configuration: keep what a test writes
 * inside a transaction it rolls back, or in tables no other class reads.
 */
public final class MigratedDatabase {
    private final LiveCandidate candidate;
    private final DataSource dataSource;

    MigratedDatabase(LiveCandidate candidate) {
        this.candidate = candidate;
        this.dataSource = new CandidateDataSource(candidate);
    }

    /** The JDBC URL (credentials are in {@link #user()} and {@link #password()}). */
    public String jdbcUrl() {
        return candidate.jdbcUrl();
    }

    /** The user the migrations ran as: the owner of everything they created. */
    public String user() {
        return candidate.user();
    }

    /** That user's password, or {@code null}. */
    public String password() {
        return candidate.password();
    }

    /** A data source opening connections as {@link #user()}. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Opens a new connection; the caller closes it. */
    public Connection open() throws SQLException {
        return candidate.open();
    }

    /** The engine the candidate runs: {@code postgresql}, {@code mysql} or {@code mariadb}. */
    public String engine() {
        return candidate.engine().id();
    }

    /** What the migration tool applied. */
    public MigrationRun migration() {
        return MigrationRun.of(candidate.migration());
    }

    /** Provider, image or binaries, and server version, e.g. {@code embedded PostgreSQL 17.11}. */
    public String description() {
        return candidate.description();
    }

    @Override
    public String toString() {
        return "MigratedDatabase[" + candidate.description() + "]";
    }
}
