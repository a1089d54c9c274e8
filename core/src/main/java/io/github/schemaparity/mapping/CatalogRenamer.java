package io.github.schemaparity.mapping;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Domain;
import io.github.schemaparity.model.Extension;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.RowPolicy;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Sequence;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.View;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Rebuilds a catalog with its schemas renamed and every reference to them following. */
final class CatalogRenamer {
    /** Table options that hold a {@code schema.table} path. */
    private static final Set<String> PATH_OPTIONS = Set.of("partitionOf");

    private final SchemaMapping mapping;
    private final QualifierRewriter sql;

    CatalogRenamer(SchemaMapping mapping) {
        this.mapping = mapping;
        this.sql = new QualifierRewriter(mapping.expectedToActual());
    }

    Catalog rename(Catalog catalog) {
        Set<String> names = new HashSet<>();
        for (Schema schema : catalog.schemas()) {
            String renamed = mapping.toActual(schema.name());
            if (!names.add(renamed)) {
                throw new SchemaParityException("Schema mapping " + mapping + " renames '" + schema.name()
                        + "' to '" + renamed + "', which the expected side already has: map that one too, or"
                        + " restrict the comparison with schemas");
            }
        }
        List<Schema> schemas = catalog.schemas().stream().map(this::schema).toList();
        List<Extension> extensions = catalog.extensions().stream()
                .map(e -> new Extension(e.name(), e.version(), mapping.toActual(e.schema()))).toList();
        // The history, the events and the foreign servers carry no schema-qualified text the mapping must rewrite.
        return new Catalog(catalog.engine(), catalog.serverVersion(), schemas, extensions, catalog.settings(),
                catalog.migrationHistory(), catalog.databaseSettings(),
                catalog.notCompared().stream().map(this::notCompared).toList(), catalog.coverage(),
                catalog.foreignServers(), catalog.eventTriggers().stream().map(this::eventTrigger).toList(),
                map(catalog.publications(), this::publication), map(catalog.foreignDataWrappers(), this::wrapper));
    }

    /** A publication naming its tables and schemas by their other names. */
    private io.github.schemaparity.model.Publication publication(io.github.schemaparity.model.Publication p) {
        return new io.github.schemaparity.model.Publication(p.name(), p.allTables(), p.publish(), p.viaRoot(),
                map(p.tables(), t -> new io.github.schemaparity.model.Publication.PublishedTable(
                        sql.rewritePath(t.table()), t.columns(), sql.rewrite(t.rowFilter()))),
                map(p.schemas(), mapping::toActual), p.comment());
    }

    /** A foreign data wrapper whose handler and validator name their schemas by their other names. */
    private io.github.schemaparity.model.ForeignDataWrapper wrapper(io.github.schemaparity.model.ForeignDataWrapper w) {
        return new io.github.schemaparity.model.ForeignDataWrapper(w.name(), sql.rewrite(w.handler()),
                sql.rewrite(w.validator()), w.options(), w.comment());
    }

    /** A not-compared object under its schema's other name (database-wide ones keep theirs). */
    private io.github.schemaparity.model.NotCompared notCompared(io.github.schemaparity.model.NotCompared n) {
        int dot = n.object().indexOf('.');
        if (dot < 0) {
            return n;
        }
        String schema = n.object().substring(0, dot);
        String renamed = mapping.toActual(schema);
        return renamed.equals(schema) ? n
                : new io.github.schemaparity.model.NotCompared(n.kind(), renamed + n.object().substring(dot), n.reason());
    }

    private Schema schema(Schema s) {
        return new Schema(mapping.toActual(s.name()), s.comment(), map(s.tables(), this::table),
                map(s.views(), this::view), map(s.sequences(), this::sequence), map(s.routines(), this::routine),
                s.enumTypes(), map(s.domains(), this::domain), s.events(), map(s.compositeTypes(), this::composite),
                map(s.rangeTypes(), this::range), map(s.statistics(), this::statistics),
                map(s.rules(), r -> new io.github.schemaparity.model.RewriteRule(r.relation(), r.name(),
                        sql.rewrite(r.definition()), r.enabled())), s.collations());
    }

    private io.github.schemaparity.model.Statistics statistics(io.github.schemaparity.model.Statistics s) {
        return new io.github.schemaparity.model.Statistics(s.name(), sql.rewritePath(s.table()),
                map(s.columns(), sql::rewrite), s.kinds(), s.target());
    }

    private io.github.schemaparity.model.CompositeType composite(io.github.schemaparity.model.CompositeType c) {
        return new io.github.schemaparity.model.CompositeType(c.name(), c.fields().stream()
                .map(f -> new io.github.schemaparity.model.CompositeType.Field(f.name(), sql.rewrite(f.type()),
                        f.collation())).toList(), c.comment());
    }

    private io.github.schemaparity.model.RangeType range(io.github.schemaparity.model.RangeType r) {
        return new io.github.schemaparity.model.RangeType(r.name(), sql.rewrite(r.subtype()), r.subtypeOpClass(),
                r.collation(), sql.rewrite(r.canonical()), sql.rewrite(r.subtypeDiff()), r.multirange(), r.comment());
    }

    private Table table(Table t) {
        TreeMap<String, String> options = new TreeMap<>();
        t.options().forEach((key, value) -> options.put(key, PATH_OPTIONS.contains(key) ? sql.rewritePath(value) : value));
        // an inheritance child's parents: a list of paths
        options.computeIfPresent("inherits", (key, value) -> java.util.Arrays.stream(value.split(", "))
                .map(sql::rewritePath).collect(java.util.stream.Collectors.joining(", ")));
        return new Table(t.name(), t.kind(), t.comment(), map(t.columns(), this::column), t.primaryKey(),
                map(t.foreignKeys(), this::foreignKey), t.uniques(), map(t.checks(), this::check),
                map(t.indexes(), this::index), map(t.triggers(), this::trigger), map(t.policies(), this::policy),
                options, t.privileges());
    }

    private Column column(Column c) {
        return new Column(c.name(), c.position(), sql.rewrite(c.type()), c.nullable(), sql.rewrite(c.defaultValue()),
                c.identity(), sql.rewrite(c.generated()), c.collation(), c.comment());
    }

    private ForeignKey foreignKey(ForeignKey f) {
        return new ForeignKey(f.name(), f.nameGenerated(), f.columns(), sql.rewritePath(f.referencedTable()),
                f.referencedColumns(), f.onDelete(), f.onUpdate(), f.deferrable(), f.initiallyDeferred(),
                f.validated(), f.match());
    }

    private CheckConstraint check(CheckConstraint c) {
        return new CheckConstraint(c.name(), c.nameGenerated(), sql.rewrite(c.expression()), c.validated());
    }

    private Index index(Index i) {
        return new Index(i.name(), i.nameGenerated(), i.unique(), i.method(), map(i.columns(), sql::rewrite),
                i.include(), sql.rewrite(i.predicate()), i.invalid());
    }

    private Trigger trigger(Trigger t) {
        return new Trigger(t.name(), t.timing(), t.events(), t.level(), sql.rewrite(t.function()),
                sql.rewrite(t.condition()), t.enabled(), t.order(), t.definer());
    }

    private io.github.schemaparity.model.EventTrigger eventTrigger(io.github.schemaparity.model.EventTrigger t) {
        return new io.github.schemaparity.model.EventTrigger(t.name(), t.event(), t.tags(), sql.rewrite(t.function()),
                t.enabled());
    }

    private RowPolicy policy(RowPolicy p) {
        return new RowPolicy(p.name(), p.command(), p.permissive(), p.roles(), sql.rewrite(p.using()),
                sql.rewrite(p.withCheck()));
    }

    private View view(View v) {
        return new View(v.name(), v.materialized(), sql.rewrite(v.definition()), v.comment(),
                map(v.indexes(), this::index), v.privileges(), map(v.triggers(), this::trigger), v.security(),
                v.definer());
    }

    private Sequence sequence(Sequence s) {
        return new Sequence(s.name(), s.dataType(), s.start(), s.increment(), s.minValue(), s.maxValue(), s.cache(),
                s.cycle(), sql.rewritePath(s.ownedBy()));
    }

    private Routine routine(Routine r) {
        return new Routine(r.name(), r.kind(), map(r.argumentTypes(), sql::rewrite), sql.rewrite(r.arguments()),
                sql.rewrite(r.returnType()), r.language(), sql.rewrite(r.body()), r.volatility(), r.strict(),
                r.securityDefiner(), r.comment(), r.settings(), r.definer());
    }

    private Domain domain(Domain d) {
        return new Domain(d.name(), sql.rewrite(d.baseType()), d.nullable(), sql.rewrite(d.defaultValue()),
                map(d.checks(), sql::rewrite), d.collation(), d.comment());
    }

    private static <T> List<T> map(List<T> values, UnaryOperator<T> rename) {
        return values.stream().map(rename).toList();
    }
}
