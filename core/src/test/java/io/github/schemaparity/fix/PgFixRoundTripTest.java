package io.github.schemaparity.fix;

import io.github.schemaparity.scenarios.DriftScenario;
import io.github.schemaparity.scenarios.PgDriftScenarios;
import io.github.schemaparity.testing.PgServer;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every PostgreSQL drift scenario, on PostgreSQL 14 and 17: fix.sql turns actual back into expected
 * (all of it with destructive statements, all but the destructive ones without), and the adopt migration,
 * run by Flyway after the base migration, turns expected into actual.
 */
class PgFixRoundTripTest {
    /** The scenarios whose fix can lose data: their difference must survive the default fix. */
    static final Set<String> DESTRUCTIVE = Set.of("hotfix table", "column widened", "column type changed",
            "column added", "enum label added", "extension added", "partition added");

    static Stream<Arguments> scenarios() {
        return Stream.of(PgServer.OLD, PgServer.NEW)
                .flatMap(major -> PgDriftScenarios.ALL.stream().map(s -> Arguments.of(major, s)));
    }

    @ParameterizedTest(name = "PostgreSQL {0}: {1}")
    @MethodSource("scenarios")
    void fixAndAdoptRoundTrip(String major, DriftScenario scenario, @TempDir Path work) {
        new FixRoundTrip(RoundTripServer.postgres(major), PgDriftScenarios.baseSql(), true)
                .check(scenario, DESTRUCTIVE.contains(scenario.name()), work);
    }
}
