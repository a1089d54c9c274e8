package io.github.schemaparity.model;

import java.util.List;

/**
 * A schema (on MySQL/MariaDB: a database) and the objects it holds.
 *
 * @param name       schema name
 * @param comment    comment, or {@code null}
 * @param tables     tables, partitioned tables and partitions, sorted by name
 * @param views      views and materialized views, sorted by name
 * @param sequences  sequences that are not internal to an identity column, sorted by name
 * @param routines   functions and procedures, sorted by signature
 * @param enumTypes  enum types, sorted by name
 * @param domains    domains, sorted by name
 * @param events     scheduled events (MySQL/MariaDB), sorted by name
 * @param compositeTypes composite types (PostgreSQL), sorted by name
 * @param rangeTypes range types (PostgreSQL), sorted by name
 * @param statistics extended statistics objects (PostgreSQL {@code CREATE STATISTICS}), sorted by name
 * @param rules      rewrite rules on its tables and views other than views' {@code _RETURN} (PostgreSQL), sorted
 *                   by relation, then name
 * @param collations user-defined collations (PostgreSQL), sorted by name
 */
public record Schema(String name, String comment, List<Table> tables, List<View> views, List<Sequence> sequences,
        List<Routine> routines, List<EnumType> enumTypes, List<Domain> domains, List<Event> events,
        List<CompositeType> compositeTypes, List<RangeType> rangeTypes,
        List<Statistics> statistics, List<RewriteRule> rules, List<Collation> collations) implements Named {
    public Schema {
        compositeTypes = Canonical.sorted(compositeTypes, Canonical.byName());
        rangeTypes = Canonical.sorted(rangeTypes, Canonical.byName());
        collations = Canonical.sorted(collations, Canonical.byName());
        statistics = Canonical.sorted(statistics, Canonical.byName());
        rules = Canonical.sorted(rules, java.util.Comparator.comparing(RewriteRule::path));
        events = Canonical.sorted(events, Canonical.byName());
        tables = Canonical.sorted(tables, Canonical.byName());
        views = Canonical.sorted(views, Canonical.byName());
        sequences = Canonical.sorted(sequences, Canonical.byName());
        routines = Canonical.sorted(routines, java.util.Comparator.comparing(Routine::signature));
        enumTypes = Canonical.sorted(enumTypes, Canonical.byName());
        domains = Canonical.sorted(domains, Canonical.byName());
    }

    /**
     * A schema without composite and range types, extended statistics, rules and collations (every engine but
     * PostgreSQL).
     */
    public Schema(String name, String comment, List<Table> tables, List<View> views, List<Sequence> sequences,
            List<Routine> routines, List<EnumType> enumTypes, List<Domain> domains, List<Event> events) {
        this(name, comment, tables, views, sequences, routines, enumTypes, domains, events, List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    /** A schema without events (every engine but MySQL/MariaDB). */
    public Schema(String name, String comment, List<Table> tables, List<View> views, List<Sequence> sequences,
            List<Routine> routines, List<EnumType> enumTypes, List<Domain> domains) {
        this(name, comment, tables, views, sequences, routines, enumTypes, domains, List.of());
    }

    /** The same schema under another name (e.g. a candidate database compared as production's), all else kept. */
    public Schema withName(String newName) {
        return with(parts -> parts.name = newName);
    }

    /** The same schema with other tables, all else kept. */
    public Schema withTables(List<Table> newTables) {
        return with(parts -> parts.tables = newTables);
    }

    /** The same schema with other views, all else kept. */
    public Schema withViews(List<View> newViews) {
        return with(parts -> parts.views = newViews);
    }

    /** The same schema with other tables and views, all else kept. */
    public Schema withTablesAndViews(List<Table> newTables, List<View> newViews) {
        return with(parts -> {
            parts.tables = newTables;
            parts.views = newViews;
        });
    }

    /** The same schema with other composite and range types, all else kept. */
    public Schema withUserTypes(List<CompositeType> newCompositeTypes, List<RangeType> newRangeTypes) {
        return with(parts -> {
            parts.compositeTypes = newCompositeTypes;
            parts.rangeTypes = newRangeTypes;
        });
    }

    /** The same schema with other rewrite rules, all else kept. */
    public Schema withRules(List<RewriteRule> newRules) {
        return with(parts -> parts.rules = newRules);
    }

    /** The same schema with other collations, all else kept. */
    public Schema withCollations(List<Collation> newCollations) {
        return with(parts -> parts.collations = newCollations);
    }

    /** The same schema with other extended statistics, all else kept. */
    public Schema withStatistics(List<Statistics> newStatistics) {
        return with(parts -> parts.statistics = newStatistics);
    }

    /** The same schema with another comment, all else kept. */
    public Schema withComment(String newComment) {
        return with(parts -> parts.comment = newComment);
    }

    /** The same schema with other tables, views, sequences, routines and events, all else kept. */
    public Schema withObjects(List<Table> newTables, List<View> newViews, List<Sequence> newSequences,
            List<Routine> newRoutines, List<Event> newEvents) {
        return with(parts -> {
            parts.tables = newTables;
            parts.views = newViews;
            parts.sequences = newSequences;
            parts.routines = newRoutines;
            parts.events = newEvents;
        });
    }

    /** The one copy path of the with-methods: a new component is added here (and in {@link Parts}) only. */
    private Schema with(java.util.function.Consumer<Parts> change) {
        Parts parts = new Parts(this);
        change.accept(parts);
        return new Schema(parts.name, parts.comment, parts.tables, parts.views, parts.sequences, parts.routines,
                parts.enumTypes, parts.domains, parts.events, parts.compositeTypes, parts.rangeTypes,
                parts.statistics, parts.rules, parts.collations);
    }

    /** The components of a schema being copied, each replaceable before the copy is built. */
    private static final class Parts {
        String name;
        String comment;
        List<Table> tables;
        List<View> views;
        List<Sequence> sequences;
        List<Routine> routines;
        List<EnumType> enumTypes;
        List<Domain> domains;
        List<Event> events;
        List<CompositeType> compositeTypes;
        List<RangeType> rangeTypes;
        List<Statistics> statistics;
        List<RewriteRule> rules;
        List<Collation> collations;

        Parts(Schema schema) {
            name = schema.name;
            comment = schema.comment;
            tables = schema.tables;
            views = schema.views;
            sequences = schema.sequences;
            routines = schema.routines;
            enumTypes = schema.enumTypes;
            domains = schema.domains;
            events = schema.events;
            compositeTypes = schema.compositeTypes;
            rangeTypes = schema.rangeTypes;
            statistics = schema.statistics;
            rules = schema.rules;
            collations = schema.collations;
        }
    }

    /** Attributes the diff compares for the schema itself. */
    public java.util.Map<String, String> attributes() {
        return new Attributes().put("comment", comment).build();
    }
}
