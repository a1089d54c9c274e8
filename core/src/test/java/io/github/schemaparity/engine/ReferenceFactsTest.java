package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.model.AppliedMigration;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Engine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When the full reference capture disagrees with the facts the candidate was built from (production migrated
 * or failed over in between), the check builds the candidate again; patch releases and the capture's own
 * schemas do not count.
 */
class ReferenceFactsTest {
    private static final AppliedMigration V1 = new AppliedMigration("flyway", 1, "1", "1", "init", "V1__init.sql",
            "34", "SQL", true);
    private static final AppliedMigration V2 = new AppliedMigration("flyway", 2, "2", "2", "orders", "V2__orders.sql",
            "-12", "SQL", true);

    @Test
    void theSameMajorAndHistoryAgreeWhateverTheCaptureHolds() {
        Catalog facts = catalog(Engine.POSTGRESQL, "17.2", List.of(V1));
        assertThat(ReferenceFacts.agree(facts, catalog(Engine.POSTGRESQL, "17.6", List.of(V1)))).isTrue();
    }

    @Test
    void aMigrationAppliedInBetweenDisagrees() {
        Catalog facts = catalog(Engine.POSTGRESQL, "17.2", List.of(V1));
        assertThat(ReferenceFacts.agree(facts, catalog(Engine.POSTGRESQL, "17.2", List.of(V1, V2)))).isFalse();
    }

    @Test
    void anotherMajorOrEngineDisagrees() {
        Catalog facts = catalog(Engine.POSTGRESQL, "16.4", List.of(V1));
        assertThat(ReferenceFacts.agree(facts, catalog(Engine.POSTGRESQL, "17.2", List.of(V1)))).isFalse();
        Catalog maria = catalog(Engine.MARIADB, "11.8.2-MariaDB", List.of());
        assertThat(ReferenceFacts.agree(maria, catalog(Engine.MARIADB, "10.11.6", List.of()))).isFalse();
        assertThat(ReferenceFacts.agree(maria, catalog(Engine.MARIADB, "11.8.2", List.of()))).isTrue();
    }

    private static Catalog catalog(Engine engine, String version, List<AppliedMigration> history) {
        return new Catalog(engine, version, List.of(), List.of(), List.of(), history);
    }
}
