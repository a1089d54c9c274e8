package io.github.schemaparity.diff;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Collation;
import io.github.schemaparity.model.EventTrigger;
import io.github.schemaparity.model.ForeignDataWrapper;
import io.github.schemaparity.model.Named;
import io.github.schemaparity.model.Publication;
import io.github.schemaparity.model.RewriteRule;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Statistics;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Differences of the PostgreSQL kinds added after the first model: triggers on views (object type
 * {@link ObjectType#TRIGGER}, path {@code schema.view.trigger}, as a table's), event triggers
 * ({@link ObjectType#EVENT_TRIGGER}, path {@code event-trigger:<name>}) and extended statistics
 * ({@link ObjectType#STATISTICS}, path {@code schema.name}) and rewrite rules ({@link ObjectType#RULE}, path
 * {@code schema.relation.rule}), collations ({@link ObjectType#COLLATION}, path {@code schema.name}),
 * publications ({@link ObjectType#PUBLICATION}, path {@code publication:<name>}) and foreign data wrappers
 * ({@link ObjectType#FOREIGN_DATA_WRAPPER}, path {@code foreign-data-wrapper:<name>}). Each is matched by name
 * (a rule by relation and name); kept apart from {@link CatalogDiffer}, which calls it, so each kind's
 * matching stays small and on its own. An attribute only one side has (a publication's {@code where.<table>},
 * a wrapper's {@code option.<name>}) is a CHANGED difference with the other side's value {@code null}.
 */
final class KindsDiffer {
    /** The path prefix of an event trigger: they belong to the database, not to a schema. */
    static final String EVENT_TRIGGER_PREFIX = "event-trigger:";
    /** The path prefix of a publication (database-wide). */
    static final String PUBLICATION_PREFIX = "publication:";
    /** The path prefix of a foreign data wrapper (database-wide). */
    static final String WRAPPER_PREFIX = "foreign-data-wrapper:";

    private KindsDiffer() {
    }

    /** The differences of the triggers of a view both sides have ({@code path}: {@code schema.view}). */
    static List<Difference> viewTriggers(String path, View expected, View actual) {
        List<Difference> found = new ArrayList<>();
        match(found, ObjectType.TRIGGER, path + ".", expected.triggers(), actual.triggers(), Trigger::attributes,
                Descriptions::trigger);
        return found;
    }

    /** The differences of the database's event triggers. */
    static List<Difference> eventTriggers(Catalog expected, Catalog actual) {
        List<Difference> found = new ArrayList<>();
        match(found, ObjectType.EVENT_TRIGGER, EVENT_TRIGGER_PREFIX, expected.eventTriggers(), actual.eventTriggers(),
                EventTrigger::attributes, e -> "ON " + e.event() + (e.tags().isEmpty() ? "" : " WHEN TAG IN ("
                        + String.join(", ", e.tags()) + ")") + " EXECUTE " + e.function());
        return found;
    }

    /** The differences of the database's publications and foreign data wrappers. */
    static List<Difference> publicationsAndWrappers(Catalog expected, Catalog actual) {
        List<Difference> found = new ArrayList<>();
        match(found, ObjectType.PUBLICATION, PUBLICATION_PREFIX, expected.publications(), actual.publications(),
                Publication::attributes, p -> p.allTables() ? "FOR ALL TABLES"
                        : p.tables().size() + " tables, " + p.schemas().size() + " schemas");
        match(found, ObjectType.FOREIGN_DATA_WRAPPER, WRAPPER_PREFIX, expected.foreignDataWrappers(),
                actual.foreignDataWrappers(), ForeignDataWrapper::attributes,
                w -> "HANDLER " + (w.handler() == null ? "none" : w.handler()) + ", VALIDATOR "
                        + (w.validator() == null ? "none" : w.validator()));
        return found;
    }

    /** The differences of the extended statistics of a schema both sides have ({@code path}: the schema). */
    static List<Difference> statistics(String path, Schema expected, Schema actual) {
        List<Difference> found = new ArrayList<>();
        match(found, ObjectType.STATISTICS, path + ".", expected.statistics(), actual.statistics(),
                Statistics::attributes, s -> "ON " + String.join(", ", s.columns()) + " FROM " + s.table());
        return found;
    }

    /** The differences of the rewrite rules of a schema both sides have ({@code path}: the schema). */
    static List<Difference> rules(String path, Schema expected, Schema actual) {
        List<Difference> found = new ArrayList<>();
        match(found, ObjectType.RULE, path + ".", expected.rules(), actual.rules(), RewriteRule::path,
                RewriteRule::attributes, RewriteRule::definition);
        return found;
    }

    /** The differences of the collations of a schema both sides have ({@code path}: the schema). */
    static List<Difference> collations(String path, Schema expected, Schema actual) {
        List<Difference> found = new ArrayList<>();
        match(found, ObjectType.COLLATION, path + ".", expected.collations(), actual.collations(),
                Collation::attributes, c -> c.provider() + " " + (c.locale() != null ? c.locale() : c.collate()));
        return found;
    }

    /** Pairs by name: one MISSING or UNEXPECTED per unpaired object, one CHANGED per differing attribute. */
    private static <T extends Named> void match(List<Difference> found, ObjectType type, String prefix,
            List<T> expected, List<T> actual, Function<T, Map<String, String>> attributes,
            Function<T, String> description) {
        match(found, type, prefix, expected, actual, Named::name, attributes, description);
    }

    /** As above, paired by {@code key} (the path below {@code prefix}). */
    private static <T> void match(List<Difference> found, ObjectType type, String prefix, List<T> expected,
            List<T> actual, Function<T, String> key, Function<T, Map<String, String>> attributes,
            Function<T, String> description) {
        if (expected.equals(actual)) {
            return;
        }
        Map<String, T> actualByName = new LinkedHashMap<>();
        actual.forEach(a -> actualByName.put(key.apply(a), a));
        for (T e : expected) {
            T a = actualByName.remove(key.apply(e));
            String path = prefix + key.apply(e);
            if (a == null) {
                found.add(new Difference(type, path, Change.MISSING, null, description.apply(e), null));
            } else if (!e.equals(a)) {
                Map<String, String> want = attributes.apply(e);
                Map<String, String> have = attributes.apply(a);
                want.forEach((attribute, value) -> {
                    if (!Objects.equals(value, have.get(attribute))) {
                        found.add(new Difference(type, path, Change.CHANGED, attribute, value, have.get(attribute)));
                    }
                });
                have.forEach((attribute, value) -> {
                    if (!want.containsKey(attribute)) {
                        found.add(new Difference(type, path, Change.CHANGED, attribute, null, value));
                    }
                });
            }
        }
        actualByName.values().forEach(a -> found.add(new Difference(type, prefix + key.apply(a), Change.UNEXPECTED,
                null, null, description.apply(a))));
    }
}
