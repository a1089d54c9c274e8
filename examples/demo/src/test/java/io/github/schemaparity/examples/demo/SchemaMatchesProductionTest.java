package io.github.schemaparity.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schemaparity.junit.SchemaParity;
import io.github.schemaparity.junit.SchemaParityResult;
import io.github.schemaparity.junit.CandidateProvider;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The check goal's verdict from a test class: before the first test, SchemaParity builds a PostgreSQL
 * of production's version from src/main/resources/db/migration (found as the plugin finds it) and
 * compares it with production's snapshot. A difference fails this class, one line per difference.
 * The tests then run on that migrated database.
 */
@SchemaParity(reference = "classpath:schemaparity/production.json", provider = CandidateProvider.EMBEDDED)
class SchemaMatchesProductionTest {

    @Test
    void noDifferenceAtAll(SchemaParityResult result) {
        assertTrue(result.differences().isEmpty(), result::message);
    }

    @Test
    void theSummaryViewAddsUpTheOrderLines(DataSource candidate) throws SQLException {
        try (Connection connection = candidate.getConnection()) {
            // The migrated database is shared by every class with this configuration: leave it as found.
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO customers (email, full_name) VALUES ('ada@example.com', 'Ada')");
                statement.executeUpdate("INSERT INTO orders (customer_id) SELECT id FROM customers");
                statement.executeUpdate("INSERT INTO order_items (order_id, line_no, sku, quantity, unit_price)"
                        + " SELECT id, 1, 'BOOK-1', 2, 12.50 FROM orders");
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT status::text, total FROM order_summaries WHERE email = ?")) {
                    query.setString(1, "ada@example.com");
                    try (ResultSet rows = query.executeQuery()) {
                        assertTrue(rows.next());
                        assertEquals("new", rows.getString(1));
                        assertEquals(0, new BigDecimal("25.00").compareTo(rows.getBigDecimal(2)));
                    }
                }
            } finally {
                connection.rollback();
            }
        }
    }
}
