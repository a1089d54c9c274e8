package io.github.schemaparity.database.postgres;

import java.util.List;
import java.util.stream.Collectors;

/** PostgreSQL's catalog fingerprint query (see {@code capture.CatalogFingerprint} for why and what it counts). */
final class PgCatalogFingerprint {
    /** Temporary schemas: other sessions' temporary tables come and go, and are never captured. */
    private static final String TEMP = "(SELECT oid FROM pg_catalog.pg_namespace WHERE nspname LIKE 'pg\\_temp\\_%'"
            + " OR nspname LIKE 'pg\\_toast\\_temp\\_%')";
    private static final String NOT_TEMP_RELATION = "(SELECT oid FROM pg_catalog.pg_class WHERE relnamespace NOT IN "
            + TEMP + ")";

    /** catalog -> the rows of it that count. */
    private static final List<String[]> PG_CATALOGS = List.of(
            new String[] {"pg_namespace", "oid NOT IN " + TEMP},
            new String[] {"pg_class", "relnamespace NOT IN " + TEMP},
            new String[] {"pg_attribute", "attrelid IN " + NOT_TEMP_RELATION},
            new String[] {"pg_attrdef", "adrelid IN " + NOT_TEMP_RELATION},
            new String[] {"pg_constraint", "connamespace NOT IN " + TEMP},
            new String[] {"pg_index", "indrelid IN " + NOT_TEMP_RELATION},
            new String[] {"pg_type", "typnamespace NOT IN " + TEMP},
            new String[] {"pg_proc", "true"}, new String[] {"pg_rewrite", "true"},
            new String[] {"pg_trigger", "true"}, new String[] {"pg_enum", "true"},
            new String[] {"pg_description", "true"}, new String[] {"pg_policy", "true"},
            new String[] {"pg_extension", "true"}, new String[] {"pg_sequence", "true"},
            new String[] {"pg_collation", "true"});

    static final String SQL = "SELECT concat_ws(':', " + PG_CATALOGS.stream()
            .map(c -> "(SELECT count(*) || '/' || coalesce(sum(xmin::text::bigint), 0) FROM pg_catalog." + c[0]
                    + " WHERE " + c[1] + ")")
            .collect(Collectors.joining(", ")) + ")";

    private PgCatalogFingerprint() {
    }
}
