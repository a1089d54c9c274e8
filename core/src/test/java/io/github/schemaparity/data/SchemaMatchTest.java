package io.github.schemaparity.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.jdbc.JdbcSource;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The pairing of two sides' tables: which columns are compared, and which are declared alike on both. */
class SchemaMatchTest {
    private static final DataParityConfig CONFIG = DataParityConfig.builder(
            new JdbcSource("jdbc:mariadb://localhost/a", "u", null),
            new JdbcSource("jdbc:mariadb://localhost/b", "u", null)).build();

    @Test
    void onlyColumnsWithTheSameTypeAndCharsetOnBothSidesAreMarkedAlike() {
        TableShape expected = table(
                new ColumnShape("id", "int(11)", ValueKind.INTEGER, KeyOrdering.NATURAL),
                new ColumnShape("price", "decimal(10,2)", ValueKind.DECIMAL, KeyOrdering.NATURAL),
                new ColumnShape("rate", "decimal(10,2)", ValueKind.DECIMAL, KeyOrdering.NATURAL),
                new ColumnShape("name", "varchar(20)", ValueKind.TEXT, KeyOrdering.BINARY, "latin1"),
                new ColumnShape("code", "varchar(20)", ValueKind.TEXT, KeyOrdering.BINARY, "utf8mb4"));
        TableShape actual = table(
                new ColumnShape("id", "int(11)", ValueKind.INTEGER, KeyOrdering.NATURAL),
                new ColumnShape("price", "decimal(12,4)", ValueKind.DECIMAL, KeyOrdering.NATURAL),
                new ColumnShape("rate", "decimal(10,2)", ValueKind.DECIMAL, KeyOrdering.NATURAL),
                new ColumnShape("name", "varchar(20)", ValueKind.TEXT, KeyOrdering.BINARY, "utf8mb4"),
                new ColumnShape("code", "varchar(20)", ValueKind.TEXT, KeyOrdering.BINARY, "UTF8MB4"));
        SchemaMatch.Pair pair = new SchemaMatch(List.of(expected), List.of(actual), CONFIG).pairs().get(0);
        Map<String, Boolean> alike = Map.of("id", true, "price", false, "rate", true, "name", false, "code", true);
        assertThat(shared(pair.expected())).isEqualTo(alike);
        assertThat(shared(pair.actual())).isEqualTo(alike);
    }

    @Test
    void aSideReadOnItsOwnIsNotMarkedAlike() {
        ColumnShape column = new ColumnShape("price", "decimal(10,2)", ValueKind.DECIMAL, KeyOrdering.NATURAL);
        assertThat(column.sharedType()).isFalse();
        assertThat(column.withSharedType().sharedType()).isTrue();
        assertThat(SchemaMatch.declaredAlike(column, new ColumnShape("price", "decimal(10,2)", ValueKind.DECIMAL,
                KeyOrdering.NATURAL, "latin1"))).isFalse();
    }

    private static TableShape table(ColumnShape... columns) {
        return new TableShape("shop", "prices", List.of(columns), List.of("id"), KeyKind.PRIMARY, 10, -1);
    }

    private static Map<String, Boolean> shared(TableShape table) {
        return table.columns().stream().collect(Collectors.toMap(ColumnShape::name, ColumnShape::sharedType));
    }
}
