package io.github.schemaparity.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.junit.fixtures.References;
import io.github.schemaparity.policy.Severity;
import io.github.schemaparity.policy.Verdict;
import io.github.schemaparity.testing.PgServer;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The programmatic API on databases an application migrated itself (as Spring Boot does with its own
 * DataSource): here, databases on the test server migrated by Flyway from db/shop.
 */
class SchemaParityCheckTest {
    private static PgServer server;

    @BeforeAll
    static void buildReferences() {
        References.build();
        server = PgServer.of(PgServer.NEW);
    }

    @Test
    void aMatchingDatabasePasses() throws Exception {
        DataSource dataSource = dataSource(References.production(server, "app_same"));

        SchemaParityResult result = SchemaParityCheck.assertMatches(dataSource, References.SHOP);

        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.reportFile()).isEqualTo(Path.of("target/schemaparity/report.json").toAbsolutePath());
        assertThat(result.candidate().schemas()).isNotEmpty();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.isReadOnly()).as("a new connection, as the pool hands it out").isFalse();
        }
    }

    @Test
    void aDriftedDatabaseFailsWithTheSameMessageAsTheAnnotation() {
        // The application's migrations widened a column and added an index that production does not have.
        DataSource dataSource = dataSource(References.production(server, "app_drift",
                "ALTER TABLE orders ALTER COLUMN status TYPE varchar(255)",
                "CREATE INDEX orders_status_idx ON orders (status)"));
        Path reportDir = Path.of("target/schemaparity/programmatic");

        assertThatThrownBy(() -> SchemaParityCheck.of(dataSource).reference(References.SHOP).reportDir(reportDir)
                .assertMatches())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage(String.join(System.lineSeparator(),
                        "SchemaParity: 2 differences not allowed by the policy (see target/schemaparity/programmatic/report.json)",
                        "  public.orders.status: COLUMN CHANGED type: varchar(255) -> varchar(50) (HIGH)",
                        "  public.orders.orders_status_idx: INDEX MISSING btree(status) (MEDIUM)"));
    }

    @Test
    void compareReturnsAFailingResultAndThePolicyApplies() {
        DataSource dataSource = dataSource(References.production(server, "app_policy",
                "CREATE INDEX orders_status_idx ON orders (status)"));

        SchemaParityResult strict = SchemaParityCheck.of(dataSource).reference(References.SHOP).compare();
        SchemaParityResult lenient = SchemaParityCheck.of(dataSource).reference(References.SHOP)
                .failOn(Severity.CRITICAL).assertMatches();

        assertThat(strict.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(strict.failing()).singleElement()
                .satisfies(d -> assertThat(d.difference().object()).isEqualTo("public.orders.orders_status_idx"));
        assertThat(lenient.passed()).isTrue();
        assertThat(lenient.differences()).singleElement().satisfies(d -> assertThat(d.allowed()).isTrue());
    }

    @Test
    void aMissingReferenceNamesTheSetting() {
        DataSource dataSource = dataSource(References.production(server, "app_noref"));

        assertThatThrownBy(() -> SchemaParityCheck.assertMatches(dataSource, "target/test-references/absent.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("SchemaParityCheck: reference target/test-references/absent.json does not exist");
    }

    private static DataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(server.url(database));
        dataSource.setUser("postgres");
        dataSource.setPassword("postgres");
        return dataSource;
    }
}
