package io.github.schemaparity.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.model.Column;
import org.junit.jupiter.api.Test;

class DescriptionsTest {

    private static Column column(boolean nullable, String defaultValue, String identity, String generated) {
        return new Column("c", 1, "bigint", nullable, defaultValue, identity, generated, null, null);
    }

    @Test
    void describesAColumnByTypeNullabilityDefaultAndGeneration() {
        assertThat(Descriptions.column(column(true, null, null, null))).isEqualTo("bigint");
        assertThat(Descriptions.column(column(false, "0", null, null))).isEqualTo("bigint not null default 0");
        assertThat(Descriptions.column(column(false, null, "ALWAYS", null)))
                .isEqualTo("bigint not null generated ALWAYS as identity");
        assertThat(Descriptions.column(column(true, null, null, "(a * 2)")))
                .isEqualTo("bigint generated always as ((a * 2))");
    }
}
