package io.github.schemaparity.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlywayVersionsTest {
    @Test
    void ordersNumericallyPartByPart() {
        List<String> versions = new ArrayList<>(List.of("10", "1.10", "2", "1.9", "1", "1_2", "20250101.1"));
        versions.sort(FlywayVersions.ORDER);
        assertThat(versions).containsExactly("1", "1_2", "1.9", "1.10", "2", "10", "20250101.1");
    }

    @Test
    void trailingZerosAreEqual() {
        assertThat(FlywayVersions.compare("2.0", "2")).isZero();
        assertThat(FlywayVersions.compare("2.0.1", "2")).isPositive();
    }
}
