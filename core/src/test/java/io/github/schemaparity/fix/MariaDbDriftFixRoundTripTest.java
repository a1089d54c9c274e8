package io.github.schemaparity.fix;

import io.github.schemaparity.scenarios.DriftScenario;
import io.github.schemaparity.scenarios.MariaDbDriftScenarios;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fix-SQL round trip over every scenario of the MariaDB drift suite ({@link MariaDbDriftScenarios#ALL}) on
 * a real MariaDB 11.4: fix.sql turns actual back into expected (all of it with destructive statements, all
 * but the destructive ones without), and the adopt migration turns expected into actual.
 */
class MariaDbDriftFixRoundTripTest {
    /** The scenarios whose fix can lose data or narrow a type: their differences must survive the default fix. */
    static final Set<String> DESTRUCTIVE = Set.of("hotfix table", "column widened", "column signed", "zerofill width",
            "enum value added", "set value removed", "decimal precision", "column added", "required column added");

    static Stream<DriftScenario> scenarios() {
        return MariaDbDriftScenarios.ALL.stream();
    }

    @ParameterizedTest(name = "MariaDB: {0}")
    @MethodSource("scenarios")
    void fixAndAdoptRoundTrip(DriftScenario scenario, @TempDir Path work) {
        new FixRoundTrip(RoundTripServer.mariaDb(), MariaDbDriftScenarios.baseSql(), false)
                .check(scenario, DESTRUCTIVE.contains(scenario.name()), work);
    }
}
