package io.github.schemaparity.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GlobPatternTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
        "public.orders, public.orders, true",
        "public.orders, public.orders.status, true",
        "public.orders, public.orders_archive, false",
        "public.orders, public.order, false",
        "public.flyway_schema_history, public.flyway_schema_history.flyway_schema_history_pk, true",
        "*.tmp_*, public.tmp_x, true",
        "*.tmp_*, public.tmp_x.col, true",
        "*.tmp_*, public.orders.tmp_col, false",
        "*.*.tmp_*, public.orders.tmp_col, true",
        "public.*, public.orders, true",
        "public.*, audit.orders, false",
        "*, public, true",
        "*, public.orders.id, true",
        "**.created_at, public.orders.created_at, true",
        "**.created_at, public.orders.created_at_idx, false",
        "public.**, public.a.b, true",
        "public.t?, public.t1, true",
        "public.t?, public.t12, false",
        "public.t?x, public.t.x, false",
        "public.orders.*_idx, public.orders.status_idx, true",
        "setting:*, setting:TimeZone, true",
        "extension:pg*, extension:pgcrypto, true",
        "public.total(*), public.total(integer), true",
        "public.total(integer), public.total(integer), true",
        "public.a+b, public.aab, false",
        "public.a+b, public.a+b, true",
        "Public.Orders, public.orders, false",
    })
    void matchesWholePathsAndParents(String pattern, String path, boolean matches) {
        assertThat(GlobPattern.compile(pattern).matches(path)).isEqualTo(matches);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void rejectsEmptyPatterns(String pattern) {
        assertThatThrownBy(() -> GlobPattern.compile(pattern)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Empty ignore pattern");
    }
}
