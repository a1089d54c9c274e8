package io.github.schemaparity.fix;

import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Plans fix SQL from two catalogs and their differences.
 *
 * <p>{@link #fix} gives the script that turns {@code actual} (production) into {@code expected} (what the
 * migrations build), each statement tied to the differences it removes, so reports can show a fix per
 * difference. {@link #adopt} runs the same planner the other way: the statements that turn
 * {@code expected} into {@code actual}, i.e. a migration that makes production's drift part of the project.
 */
public final class FixPlanner {
    private static final Set<ObjectType> TOP_LEVEL = Set.of(ObjectType.TABLE, ObjectType.VIEW,
            ObjectType.MATERIALIZED_VIEW, ObjectType.SEQUENCE, ObjectType.TYPE, ObjectType.DOMAIN, ObjectType.ROUTINE,
            ObjectType.PRIVILEGE, ObjectType.COMPOSITE_TYPE, ObjectType.RANGE_TYPE, ObjectType.STATISTICS,
            ObjectType.COLLATION);

    private FixPlanner() {
    }

    /**
     * The script that turns {@code actual} into {@code expected}.
     *
     * @param dialect     the engine's fix dialect (from its {@code EngineSupport})
     * @param expected    what the migrations build (the catalog to reach)
     * @param actual      production (the database the script runs in)
     * @param differences {@code diff(expected, actual)}, as the report lists them
     */
    public static FixScript fix(FixDialect dialect, Catalog expected, Catalog actual, List<Difference> differences) {
        return plan(dialect, expected, actual, differences);
    }

    /**
     * The script that turns {@code expected} into {@code actual}: production's drift as a migration.
     *
     * @param diffOptions the options the comparison used
     */
    public static FixScript adopt(FixDialect dialect, Catalog expected, Catalog actual, DiffOptions diffOptions) {
        return adopt(dialect, expected, actual, diffOptions, d -> true);
    }

    /**
     * The script that turns {@code expected} into {@code actual}, for the differences {@code include}
     * accepts; it sees them as {@code diff(expected, actual)} would list them (MISSING and UNEXPECTED as
     * seen from expected), so the same filter serves both directions.
     */
    public static FixScript adopt(FixDialect dialect, Catalog expected, Catalog actual, DiffOptions diffOptions,
            java.util.function.Predicate<Difference> include) {
        List<Difference> reverse = new CatalogDiffer(diffOptions).diff(actual, expected).stream()
                .filter(d -> include.test(flipped(d))).toList();
        return plan(dialect, actual, expected, reverse);
    }

    /** A difference of {@code diff(a, b)} as {@code diff(b, a)} lists it. */
    static Difference flipped(Difference d) {
        io.github.schemaparity.diff.Change change = switch (d.change()) {
            case MISSING -> io.github.schemaparity.diff.Change.UNEXPECTED;
            case UNEXPECTED -> io.github.schemaparity.diff.Change.MISSING;
            case CHANGED -> io.github.schemaparity.diff.Change.CHANGED;
        };
        return new Difference(d.objectType(), d.object(), change, d.attribute(), d.actual(), d.expected(),
                d.facts().stream().map(io.github.schemaparity.diff.Fact::reversed).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * The statements that turn {@code current} into {@code target}.
     *
     * @param differences {@code diff(target, current)}
     */
    static FixScript plan(FixDialect dialect, Catalog target, Catalog current, List<Difference> differences) {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(current, "current");
        if (current.engine() != null && current.engine() != dialect.engine()) {
            throw new IllegalArgumentException("A " + dialect.engine().id() + " fix dialect cannot write fixes for "
                    + current.engine().id());
        }
        List<ObjectChange> changes = group(differences, target, current);
        return new FixScript(current.engine(), dialect.conventions(), dialect.preamble(),
                dialect.plan(changes, new CatalogObjects(target), new CatalogObjects(current)));
    }

    /** The differences grouped by object (type and path), in the order the diff listed them. */
    static List<ObjectChange> group(List<Difference> differences, Catalog target, Catalog current) {
        Set<String> schemas = new TreeSet<>();
        Stream.of(target, current).flatMap(c -> c.schemas().stream()).map(Schema::name).forEach(schemas::add);
        Map<String, List<Difference>> byObject = new LinkedHashMap<>();
        for (Difference difference : differences) {
            byObject.computeIfAbsent(difference.objectType() + " " + difference.object(), k -> new ArrayList<>())
                    .add(difference);
        }
        List<ObjectChange> changes = new ArrayList<>(byObject.size());
        for (List<Difference> group : byObject.values()) {
            Difference first = group.get(0);
            changes.add(split(first.objectType(), first.object(), group, schemas, target, current));
        }
        return changes;
    }

    private static ObjectChange split(ObjectType type, String path, List<Difference> group, Set<String> schemas,
            Catalog target, Catalog current) {
        int colon = path.indexOf(':');
        if (type == ObjectType.EXTENSION || type == ObjectType.SETTING || type == ObjectType.MIGRATION
                || type == ObjectType.DATABASE_SETTING || type == ObjectType.ROLE_SETTING
                || type == ObjectType.FOREIGN_SERVER || type == ObjectType.EVENT_TRIGGER
                || type == ObjectType.PUBLICATION || type == ObjectType.FOREIGN_DATA_WRAPPER) {
            return new ObjectChange(type, path, null, null, colon < 0 ? path : path.substring(colon + 1), group);
        }
        String schema = longestPrefix(path, schemas);
        if (schema == null || type == ObjectType.SCHEMA) {
            return new ObjectChange(type, path, schema == null ? path : schema, null, schema == null ? path : schema,
                    group);
        }
        String rest = path.substring(schema.length() + 1);
        if (TOP_LEVEL.contains(type)) {
            return new ObjectChange(type, path, schema, null, rest, group);
        }
        Set<String> relations = new TreeSet<>();
        for (Catalog catalog : List.of(target, current)) {
            catalog.schemas().stream().filter(s -> s.name().equals(schema)).forEach(s -> {
                s.tables().forEach(t -> relations.add(t.name()));
                s.views().forEach(v -> relations.add(v.name()));
            });
        }
        String parent = longestPrefix(rest, relations);
        if (parent == null) {
            int dot = rest.lastIndexOf('.');
            parent = dot < 0 ? rest : rest.substring(0, dot);
        }
        String name = rest.length() > parent.length() ? rest.substring(parent.length() + 1) : rest;
        return new ObjectChange(type, path, schema, parent, name, group);
    }

    /** The longest of {@code names} that is {@code path} or a dotted prefix of it. */
    private static String longestPrefix(String path, Set<String> names) {
        String best = null;
        for (String name : names) {
            if ((path.equals(name) || path.startsWith(name + ".")) && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best;
    }
}
