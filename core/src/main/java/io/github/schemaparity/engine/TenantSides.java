package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.mapping.SchemaMapping;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.NotCompared;
import io.github.schemaparity.model.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The two sides of a tenants-mode comparison, made from a template schema and the actual side: the actual
 * side cut down to its tenant schemas, and an expected side holding the template once per tenant, renamed
 * to that tenant by the schema mapping ({@link SchemaMapping#of}), so one diff of the two yields every
 * tenant's differences under the tenant's own object paths.
 *
 * @param expected the template, once per tenant, under each tenant's name
 * @param actual   the actual side's tenant schemas only
 * @param tenants  the tenants' names, sorted
 * @param excluded the actual side's schemas that are not tenants, sorted
 * @param template what the tenants are compared with, for the summary line (e.g. {@code migrations schema public})
 */
record TenantSides(Loaded expected, Loaded actual, List<String> tenants, List<String> excluded, String template) {
    /** How many schema names a message lists before it says how many more there are. */
    private static final int LISTED = 5;

    /**
     * Splits {@code actual} into tenants and the rest, and copies {@code templateSchema} of {@code template}
     * once per tenant; the reference tenant itself (when the template is a tenant of {@code actual}) is not
     * compared with itself.
     *
     * @param described how the summary names the template, e.g. {@code migrations schema public}
     * @throws SchemaParityException when no schema matches the pattern
     */
    static TenantSides of(Tenants tenants, Loaded template, String templateSchema, String described,
            Loaded actual, boolean templateIsActual) {
        Predicate<String> isTenant = tenants.matcher();
        List<Schema> tenantSchemas = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (Schema schema : actual.catalog().schemas()) {
            if (templateIsActual && schema.name().equals(templateSchema)) {
                continue;
            }
            if (isTenant.test(schema.name())) {
                tenantSchemas.add(schema);
            } else {
                excluded.add(schema.name());
            }
        }
        if (tenantSchemas.isEmpty()) {
            throw new SchemaParityException("No schema matches tenants pattern '" + tenants.pattern() + "'; the "
                    + "actual side holds " + listed(actual.catalog().schemas().stream().map(Schema::name).toList())
                    + ": fix the pattern (* any characters, ? one)");
        }
        Schema source = find(template.catalog(), templateSchema);
        Catalog templateOnly = template.catalog().withSchemas(List.of(source));
        List<Schema> copies = new ArrayList<>(tenantSchemas.size());
        List<NotCompared> expectedLedger = new ArrayList<>(databaseWide(template.catalog().notCompared()));
        for (Schema tenant : tenantSchemas) {
            Catalog renamed = SchemaMapping.of(templateSchema, tenant.name()).apply(templateOnly);
            Schema copy = renamed.schemas().get(0);
            // The schema itself (its comment) is made by whoever provisions the tenant, not by the migrations.
            copies.add(copy.withComment(tenant.comment()));
            String prefix = tenant.name() + ".";
            renamed.notCompared().stream().filter(n -> n.object().startsWith(prefix)).forEach(expectedLedger::add);
        }
        Set<String> names = tenantSchemas.stream().map(Schema::name).collect(Collectors.toCollection(HashSet::new));
        Catalog expected = template.catalog().withSchemas(copies).withLedger(template.catalog().databaseSettings(),
                expectedLedger, template.catalog().coverage());
        Catalog a = actual.catalog();
        Catalog actualTenants = a.withSchemas(tenantSchemas).withLedger(a.databaseSettings(),
                a.notCompared().stream().filter(n -> inTenant(n, names)).toList(), a.coverage());
        return new TenantSides(template.with(expected), actual.with(actualTenants),
                tenantSchemas.stream().map(Schema::name).sorted().toList(), excluded.stream().sorted().toList(),
                described);
    }

    /**
     * The schema of {@code catalog} the tenants are compared with: {@code named} when given, else the one
     * schema that holds anything.
     *
     * @param role how messages name the side, e.g. {@code candidate}
     * @throws SchemaParityException when {@code named} is not there, or the side holds several schemas
     */
    static String templateSchema(Catalog catalog, String named, String role) {
        List<String> all = catalog.schemas().stream().map(Schema::name).toList();
        if (named != null) {
            if (!all.contains(named)) {
                throw new SchemaParityException("Tenant reference '" + named + "' is not a schema of the " + role
                        + ", which holds " + listed(all) + ": set tenantReference to one of them");
            }
            return named;
        }
        List<String> used = catalog.schemas().stream().filter(TenantSides::holdsObjects).map(Schema::name).toList();
        if (used.size() == 1) {
            return used.get(0);
        }
        if (used.isEmpty() && all.size() == 1) {
            return all.get(0);
        }
        throw new SchemaParityException("Tenants mode compares every tenant with one schema, but the " + role
                + " holds " + listed(used.isEmpty() ? all : used) + ": let it hold one schema, or set tenantReference"
                + " to the tenant the others are compared with");
    }

    /** The log line that says which schemas are tenants and which are not. */
    String describe(Tenants pattern) {
        return "tenants (" + pattern.pattern() + "): " + tenants.size() + " schemas compared with " + template
                + (excluded.isEmpty() ? "" : "; not tenants, left out: " + listed(excluded));
    }

    private static boolean holdsObjects(Schema s) {
        return !s.tables().isEmpty() || !s.views().isEmpty() || !s.sequences().isEmpty() || !s.routines().isEmpty()
                || !s.enumTypes().isEmpty() || !s.domains().isEmpty() || !s.events().isEmpty();
    }

    private static Schema find(Catalog catalog, String name) {
        return catalog.schemas().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new SchemaParityException("Schema '" + name + "' is not in the template's catalog"));
    }

    private static List<NotCompared> databaseWide(List<NotCompared> ledger) {
        return ledger.stream().filter(n -> n.object().indexOf('.') < 0).toList();
    }

    private static boolean inTenant(NotCompared n, Set<String> tenants) {
        int dot = n.object().indexOf('.');
        return dot < 0 || tenants.contains(n.object().substring(0, dot));
    }

    private static String listed(List<String> names) {
        if (names.isEmpty()) {
            return "no schema";
        }
        String shown = String.join(", ", names.subList(0, Math.min(LISTED, names.size())));
        return names.size() <= LISTED ? shown : shown + " and " + (names.size() - LISTED) + " more";
    }
}
