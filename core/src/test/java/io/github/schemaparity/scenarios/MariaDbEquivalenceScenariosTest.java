package io.github.schemaparity.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.database.mysql.MySqlCatalogReader;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.View;
import io.github.schemaparity.testing.MariaDbServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The same MariaDB schema written two ways, in databases of different names, captures to catalogs with no
 * difference: display widths, {@code bool}, charsets and collations stated where they equal the table's,
 * {@code DEFAULT NULL} spelled out, {@code CURRENT_TIMESTAMP} vs {@code now()}, quoted numeric defaults,
 * generated constraint and index names written out (and MariaDB's positional {@code CONSTRAINT_n} check
 * names swapped), {@code NO ACTION} vs no action, and view, routine and trigger text qualified with the
 * database's own name or not.
 */
class MariaDbEquivalenceScenariosTest {
    private final MariaDbServer server = MariaDbServer.shared();

    @Test
    void theSameSchemaWrittenTwoWaysInDatabasesOfOtherNamesHasNoDifferences() throws Exception {
        String production = create("app", "mariadb-written-one-way.sql");
        String candidate = create("app_ci_42", "mariadb-written-another-way.sql");
        Catalog expected = capture(production);
        Catalog actual = capture(candidate);

        assertThat(new CatalogDiffer(DiffOptions.defaults()).diff(MariaDbDriftScenarios.asDatabase(expected),
                MariaDbDriftScenarios.asDatabase(actual))).isEmpty();

        // not vacuous: the text that carried the database name is there, without it
        Schema schema = expected.schemas().get(0);
        assertThat(schema.views()).extracting(View::definition).singleElement().asString()
                .contains("from(`child` `c` join `parent` `p`").doesNotContain(production);
        assertThat(schema.routines()).extracting(Routine::body).singleElement().asString()
                .contains("from child where note <> 'app.child'").doesNotContain(production);
        assertThat(schema.tables()).filteredOn(t -> t.name().equals("child")).flatExtracting(Table::triggers)
                .extracting(Trigger::function).singleElement().asString()
                .contains("from parent)").doesNotContain(production);
        Table child = schema.tables().stream().filter(t -> t.name().equals("child")).findFirst().orElseThrow();
        assertThat(child.checks()).hasSize(2);
        assertThat(child.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.onDelete()).isEqualTo("RESTRICT");
            assertThat(fk.nameGenerated()).isTrue();
        });
    }

    private String create(String prefix, String resource) {
        String database = server.createDatabase(prefix);
        server.execute(database, script(resource).replace("${db}", database));
        return database;
    }

    private Catalog capture(String database) throws SQLException {
        try (Connection connection = server.connect(database)) {
            return new MySqlCatalogReader().read(connection, CaptureOptions.defaults());
        }
    }

    private static String script(String resource) {
        try (InputStream in = MariaDbEquivalenceScenariosTest.class.getResourceAsStream("/scenarios/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
