package io.github.schemaparity.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * The multi-tenant database of the tenants benchmark: {@code tenants} schemas {@code tenant_0001},
 * {@code tenant_0002}, ... each holding {@code tables} tables of {@link SyntheticSchema}'s shape (ten columns,
 * a primary key, two indexes, a foreign key to an earlier table of the same schema), as one set of migrations
 * run once per tenant builds them; then three tenants drifted by hand ({@link #drift()}).
 *
 * @param tenants number of tenant schemas (at least 4: the reference and the three drifted ones)
 * @param tables  tables per tenant (at least 2, so that the dropped table is not the only one)
 */
public record TenantsSchema(int tenants, int tables) {
    /** Schemas per DO block: about 250 tables per transaction, as {@link SyntheticSchema} batches them. */
    private static final int SCHEMAS_PER_BATCH = 5;

    public TenantsSchema {
        if (tenants < 4 || tenants > 9_999) {
            throw new IllegalArgumentException("bench.tenants must be between 4 and 9999, got " + tenants);
        }
        if (tables < 2 || tables > 99_999) {
            throw new IllegalArgumentException("bench.tenantTables must be between 2 and 99999, got " + tables);
        }
    }

    /** The i-th tenant's schema name (1-based), zero-padded so that names sort in creation order. */
    public static String tenant(int i) {
        return "tenant_%04d".formatted(i);
    }

    /** The tenant every other one is compared with: the first, which no drift touches. */
    public String reference() {
        return tenant(1);
    }

    /** Tenant with a hotfix index the migrations do not create. */
    public String withExtraIndex() {
        return tenant(tenants / 2);
    }

    /** Tenant with a widened column. */
    public String withWidenedColumn() {
        return tenant(tenants * 3 / 4);
    }

    /** Tenant missing its last table (which no other table refers to: table i refers to table i/2). */
    public String withMissingTable() {
        return tenant(tenants);
    }

    /** The drifted tenants, sorted, as the comparison must name them. */
    public List<String> drifted() {
        return List.of(withExtraIndex(), withWidenedColumn(), withMissingTable());
    }

    /** Tables over all tenants once the drift is applied (one table dropped). */
    public int totalTables() {
        return tenants * tables - 1;
    }

    /** Creates every tenant schema and its tables through {@code connection} (autocommit). */
    public void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Building is not what is measured: no wait for the WAL flush at each batch's commit.
            statement.execute("SET synchronous_commit = off");
            for (int from = 1; from <= tenants; from += SCHEMAS_PER_BATCH) {
                // One round trip and one transaction per batch (the driver sends the statements together).
                StringBuilder batch = new StringBuilder();
                for (int i = from; i < from + SCHEMAS_PER_BATCH && i <= tenants; i++) {
                    batch.append("CREATE SCHEMA ").append(tenant(i)).append(";\n")
                            .append(SyntheticSchema.tableBatch(tenant(i), 1, tables)).append(";\n");
                }
                statement.execute(batch.toString());
                if (from % 100 == 1) {
                    System.out.printf(Locale.ROOT, "  %d of %d tenant schemas built%n", from - 1, tenants);
                }
            }
        }
    }

    /** The hand-made drift of three tenants: a hotfix index, a widened column, a dropped table. */
    public String drift() {
        return """
                CREATE INDEX t00001_code_hotfix_idx ON %s.t00001 (code);
                ALTER TABLE %s.t00002 ALTER COLUMN name TYPE varchar(200);
                DROP TABLE %s.%s;
                """.formatted(withExtraIndex(), withWidenedColumn(), withMissingTable(), SyntheticSchema.table(tables));
    }

    /** The counts a capture of the whole database must produce: two indexes and one foreign key per table. */
    CatalogCensus census() {
        return new CatalogCensus(totalTables(), 0, 0, 2 * totalTables() + 1, totalTables());
    }
}
