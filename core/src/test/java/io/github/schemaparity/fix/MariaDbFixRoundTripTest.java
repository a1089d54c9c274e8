package io.github.schemaparity.fix;

import io.github.schemaparity.scenarios.DriftScenario;
import io.github.schemaparity.scenarios.MariaDbFixScenarios;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every MariaDB fix scenario on a real MariaDB 11.4: fix.sql turns actual back into expected (all of it
 * with destructive statements, all but the destructive ones without), and the adopt migration, run by
 * the SQL-folder runner after the base script, turns expected into actual.
 */
class MariaDbFixRoundTripTest {
    /** The scenarios whose fix can lose data: their differences must survive the default fix. */
    static final Set<String> DESTRUCTIVE = Set.of("hotfix table", "column widened", "column made nullable",
            "column added");

    static Stream<DriftScenario> scenarios() {
        return MariaDbFixScenarios.ALL.stream();
    }

    @ParameterizedTest(name = "MariaDB: {0}")
    @MethodSource("scenarios")
    void fixAndAdoptRoundTrip(DriftScenario scenario, @TempDir Path work) {
        new FixRoundTrip(RoundTripServer.mariaDb(), MariaDbFixScenarios.baseSql(), false)
                .check(scenario, DESTRUCTIVE.contains(scenario.name()), work);
    }
}
