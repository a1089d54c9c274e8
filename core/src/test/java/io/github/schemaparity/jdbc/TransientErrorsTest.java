package io.github.schemaparity.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which capture failures are worth another attempt, and the one line a final one gets. */
class TransientErrorsTest {
    private static final JdbcSource STANDBY = new JdbcSource("jdbc:postgresql://standby:5432/shop", "reader", "s3cret");

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "40001, 0, true", "40P01, 0, true", "55P03, 0, true", "57P04, 0, true", "08006, 0, true",
            "HY000, 1205, true", "40001, 1213, true", "HY000, 1412, true",
            "42501, 0, false", "57014, 0, false", "28P01, 0, false", "42000, 1142, false"})
    void transientOrNot(String state, int code, boolean expected) {
        assertThat(JdbcErrors.isTransient(new SQLException("x", state, code))).isEqualTo(expected);
    }

    @Test
    void recoveryConflictNamesTheSettingsThatHelp() {
        SQLException error = new SQLException("FATAL: terminating connection due to conflict with recovery\n"
                + "  Detail: User query might have needed to see row versions that must be removed.", "40001");
        assertThat(JdbcErrors.readFailed(STANDBY, "capturing the reference catalog", error, io.github.schemaparity.database.EngineRegistry.of(STANDBY).session().errorCodes()).getMessage())
                .isEqualTo("The standby cancelled the capture while capturing the reference catalog at"
                        + " jdbc:postgresql://standby:5432/shop (conflict with recovery, SQLState 40001): FATAL:"
                        + " terminating connection due to conflict with recovery; on the standby set"
                        + " hot_standby_feedback = on, or raise max_standby_streaming_delay, or raise"
                        + " schemaparity.capture.retries")
                .doesNotContain("s3cret");
    }

    @Test
    void lockTimeoutMentionsReplayAndRetries() {
        SQLException error = new SQLException("ERROR: canceling statement due to lock timeout", "55P03");
        assertThat(JdbcErrors.readFailed(STANDBY, "capturing the reference catalog", error, io.github.schemaparity.database.EngineRegistry.of(STANDBY).session().errorCodes()).getMessage())
                .startsWith("Timed out waiting for a lock while capturing the reference catalog at"
                        + " jdbc:postgresql://standby:5432/shop: a DDL statement (on a standby: WAL replay) holds a lock")
                .contains("schemaparity.capture.retries", "hot_standby_feedback", "max_standby_streaming_delay");
    }

    @Test
    void summaryIsOneMaskedLine() {
        SQLException error = new SQLException("could not connect to jdbc:postgresql://h/db?password=hunter2\nmore",
                "08006");
        assertThat(JdbcErrors.summary(error))
                .isEqualTo("could not connect to jdbc:postgresql://h/db?password=**** (SQLState 08006)");
    }
}
