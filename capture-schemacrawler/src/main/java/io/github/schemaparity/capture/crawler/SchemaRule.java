package io.github.schemaparity.capture.crawler;

import io.github.schemaparity.database.postgres.PgCatalogQueries;
import java.util.List;
import schemacrawler.inclusionrule.InclusionRule;

/**
 * Which schemas SchemaCrawler crawls: the ones asked for by exact name, or every schema but the
 * system ones ({@code pg_catalog}, {@code information_schema}, {@code pg_toast*}, {@code pg_temp_*}),
 * as {@code PgCatalogReader} chooses them. SchemaCrawler hands the rule a schema's quoted full name
 * when the name needs quoting ({@code "Audit"}), so the rule unquotes it first; a regular expression
 * over the raw text would miss such schemas.
 *
 * @param names the schemas asked for; empty for every non-system schema
 */
record SchemaRule(List<String> names) implements InclusionRule {
    private static final long serialVersionUID = 1L;

    SchemaRule {
        names = List.copyOf(names);
    }

    @Override
    public boolean test(String fullName) {
        String name = unquote(fullName);
        return names.isEmpty() ? !PgCatalogQueries.isSystemSchema(name) : names.contains(name);
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        return name;
    }
}
