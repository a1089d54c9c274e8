package io.github.schemaparity.capture.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaRuleTest {
    @Test
    void withoutNamesTakesEverySchemaButTheSystemOnes() {
        SchemaRule rule = new SchemaRule(List.of());

        assertThat(rule).accepts("public", "app", "\"Audit\"");
        assertThat(rule).rejects("pg_catalog", "information_schema", "pg_toast", "pg_toast_temp_1", "pg_temp_3");
    }

    @Test
    void withNamesTakesExactlyThoseEvenWhenSchemaCrawlerQuotesThem() {
        SchemaRule rule = new SchemaRule(List.of("Audit", "a.b", "say \"hi\""));

        assertThat(rule).accepts("\"Audit\"", "Audit", "\"a.b\"", "\"say \"\"hi\"\"\"");
        assertThat(rule).rejects("audit", "aXb", "public");
    }
}
