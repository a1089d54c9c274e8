package io.github.schemaparity.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class UnrecordedHistoryTest {

    private static Table table(String name) {
        return new Table(name, null, null, List.of(new Column("id", 1, "bigint", false, null, null, null, null, null)),
                null, null, null, null, null, null, null, null, null);
    }

    private static Catalog catalog(Engine engine, String schema, String... tables) {
        return new Catalog(engine, "17.2", List.of(new Schema(schema, null,
                Stream.of(tables).map(UnrecordedHistoryTest::table).toList(), List.of(), List.of(), List.of(), List.of(),
                List.of())), List.of(), List.of());
    }

    @Test
    void aHistoryTableProductionLacksIsLeftOutOfTheCandidate() {
        Catalog candidate = catalog(Engine.POSTGRESQL, "public", "customers", "flyway_schema_history");
        Catalog production = catalog(Engine.POSTGRESQL, "public", "customers");

        UnrecordedHistory.Trimmed trimmed = UnrecordedHistory.trim(candidate, production);

        assertThat(trimmed.dropped()).containsExactly("public.flyway_schema_history");
        assertThat(trimmed.catalog().schemas().get(0).tables()).extracting(Table::name).containsExactly("customers");
        assertThat(trimmed.catalog()).isEqualTo(production);
    }

    @Test
    void aHistoryTableProductionHasStaysInAnyCaseAndSchema() {
        Catalog candidate = catalog(Engine.MARIADB, "app", "DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "orders");
        Catalog production = catalog(Engine.MARIADB, "other", "databasechangelog", "orders");

        UnrecordedHistory.Trimmed trimmed = UnrecordedHistory.trim(candidate, production);

        assertThat(trimmed.dropped()).containsExactly("app.DATABASECHANGELOGLOCK");
        assertThat(trimmed.catalog().schemas().get(0).tables()).extracting(Table::name)
                .containsExactly("DATABASECHANGELOG", "orders");
    }

    @Test
    void aCandidateWithoutHistoryTablesIsReturnedAsItIs() {
        Catalog candidate = catalog(Engine.POSTGRESQL, "public", "customers");

        UnrecordedHistory.Trimmed trimmed = UnrecordedHistory.trim(candidate, catalog(Engine.POSTGRESQL, "public"));

        assertThat(trimmed.catalog()).isSameAs(candidate);
        assertThat(trimmed.dropped()).isEmpty();
    }
}
