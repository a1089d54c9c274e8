package io.github.schemaparity.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.fix.FixPlanner;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.provision.ProductionVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One support per engine, found by engine and by URL, whose pieces all speak for that engine. */
class EngineRegistryTest {

    @Test
    void everyEngineHasOneSupportWhosePiecesAreForIt() {
        assertThat(EngineRegistry.all()).extracting(EngineSupport::engine).containsExactly(Engine.values());
        for (Engine engine : Engine.values()) {
            EngineSupport support = EngineRegistry.of(engine);
            assertThat(support.engine()).isEqualTo(engine);
            assertThat(support.displayName()).isEqualTo(engine.displayName());
            assertThat(support.fixDialect().engine()).isEqualTo(engine);
            assertThat(support.server().engine()).isEqualTo(engine);
            assertThat(support.driver().accepts(support.driver().exampleUrl())).isTrue();
            assertThat(EngineRegistry.of(JdbcSource.of(support.driver().exampleUrl()))).isSameAs(support);
        }
    }

    @Test
    void oneVersionParserForCatalogProvisioningAndSupport() {
        assertVersion(Engine.POSTGRESQL, "9.6.24", "9.6");
        assertVersion(Engine.POSTGRESQL, "17.6 (Debian 17.6-1.pgdg120+1)", "17");
        assertVersion(Engine.POSTGRESQL, "10.23", "10");
        assertVersion(Engine.MARIADB, "5.5.5-10.11.6-MariaDB-log", "10.11");
        assertVersion(Engine.MARIADB, "11.4.5-MariaDB", "11.4");
        assertVersion(Engine.MYSQL, "8.0.36", "8.0");
    }

    private static void assertVersion(Engine engine, String serverVersion, String major) {
        assertThat(EngineRegistry.of(engine).majorVersion(serverVersion)).contains(major);
        assertThat(ProductionVersion.of(engine, serverVersion).major()).isEqualTo(major);
        assertThat(new Catalog(engine, serverVersion, List.of(), List.of(), List.of()).majorVersion()).isEqualTo(major);
    }

    @Test
    void namesFoldAsEachEngineStoresThem() {
        assertThat(EngineRegistry.of(Engine.POSTGRESQL).foldName("Orders")).isEqualTo("orders");
        assertThat(EngineRegistry.of(Engine.MYSQL).foldName("Orders")).isEqualTo("Orders");
        assertThat(EngineRegistry.of(Engine.MARIADB).foldName("Orders")).isEqualTo("Orders");
    }

    @Test
    void aFixDialectNeverWritesForAnotherEngine() {
        Catalog pg = new Catalog(Engine.POSTGRESQL, "17.2", List.of(), List.of(), List.of());
        assertThatThrownBy(() -> FixPlanner.fix(EngineRegistry.of(Engine.MYSQL).fixDialect(), pg, pg, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A mysql fix dialect cannot write fixes for postgresql");
    }

    @Test
    void onlyTheMySqlFamilyTreatsADatabaseAsASchema() {
        assertThat(EngineRegistry.of(Engine.POSTGRESQL).databaseIsSchema()).isFalse();
        assertThat(EngineRegistry.of(Engine.MYSQL).databaseIsSchema()).isTrue();
        assertThat(EngineRegistry.of(Engine.MARIADB).databaseIsSchema()).isTrue();
    }
}
