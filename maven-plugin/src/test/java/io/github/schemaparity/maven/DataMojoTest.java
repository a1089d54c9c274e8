package io.github.schemaparity.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How the data goal reads its text parameters. */
class DataMojoTest {

    @Test
    void statementTimeoutTakesSecondsOrAUnit() {
        assertThat(DataMojo.duration("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DataMojo.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DataMojo.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DataMojo.duration("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(DataMojo.duration(" 2h ")).isEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> DataMojo.duration("soon")).isInstanceOf(SchemaParityException.class)
                .hasMessageContaining("schemaparity.data.statementTimeout 'soon' is not a duration");
    }

    @Test
    void rowFiltersAreSplitOnSemicolonsAndLinesNotCommas() {
        assertThat(DataMojo.splitFilters("public.orders: id IN (1, 2); public.items: qty > 0\n\n public.x: true"))
                .containsExactly("public.orders: id IN (1, 2)", "public.items: qty > 0", "public.x: true");
        assertThat(DataMojo.splitFilters(null)).isEmpty();
    }
}
