package io.github.schemaparity.database.postgres;

import static io.github.schemaparity.database.postgres.PgNames.ident;
import static io.github.schemaparity.database.postgres.PgNames.literal;
import static io.github.schemaparity.database.postgres.PgNames.qualified;

import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.fix.CatalogObjects;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.Step;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.CompositeType;
import io.github.schemaparity.model.RangeType;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PostgreSQL fix statements for composite and range types. Both are created in
 * {@link Step#CREATE_TYPE_LATE}, after enums and domains their attributes or bounds may use; a type another
 * created type uses is created first, and a dropped type is dropped after the dropped types that use it.
 *
 * <p>A composite type's attributes change in place ({@code ALTER TYPE ... ADD/DROP/ALTER ATTRIBUTE}); as an
 * added attribute always goes last, the attributes from the first one out of place on are dropped and added
 * again in order. A range type cannot change in place: it is dropped and created again. Neither works
 * while a table column holds values of the type (PostgreSQL refuses), so then a note says so instead.
 */
final class PgUserTypes {
    private final PgPlan plan;
    /** Types ({@code schema.name}) already created or dropped by this plan, so each is written once. */
    private final Set<String> done = new HashSet<>();

    PgUserTypes(PgPlan plan) {
        this.plan = plan;
    }

    void composite(ObjectChange change, Emitter emit) {
        String key = change.schema() + "." + change.name();
        String name = qualified(change.schema(), change.name());
        if (change.missing()) {
            create(key, emit);
            return;
        }
        if (change.unexpected()) {
            drop(key, emit);
            return;
        }
        CompositeType want = composite(plan.target, key).orElseThrow();
        CompositeType have = composite(plan.current, key).orElseThrow();
        if (change.changed("fields").isPresent()) {
            Emitter fields = plan.attributes(change, "fields");
            Optional<String> user = columnUsing(key);
            if (user.isPresent()) {
                fields.cannot(Step.CREATE_TYPE_LATE, "composite type " + name + " is used by column " + user.get()
                        + ": PostgreSQL cannot change its attributes while a table stores it; migrate the column"
                        + " to a new type instead");
            } else {
                want.fields().forEach(f -> dependency(f.type(), fields));
                fields.sql(Step.CREATE_TYPE_LATE, "ALTER TYPE " + name + " " + String.join(", ", actions(want, have)));
            }
        }
        change.changed("comment").ifPresent(d -> plan.attributes(change, "comment").sql(Step.COMMENT,
                "COMMENT ON TYPE " + name + " IS " + literal(want.comment())));
    }

    void range(ObjectChange change, Emitter emit) {
        String key = change.schema() + "." + change.name();
        String name = qualified(change.schema(), change.name());
        if (change.missing()) {
            create(key, emit);
            return;
        }
        if (change.unexpected()) {
            drop(key, emit);
            return;
        }
        RangeType want = range(plan.target, key).orElseThrow();
        List<String> redefined = change.changedAttributes().stream().filter(a -> !a.equals("comment")).toList();
        if (!redefined.isEmpty()) {
            Emitter recreate = plan.attributes(change, redefined.toArray(String[]::new));
            Optional<String> user = columnUsing(key).or(() -> columnUsing(change.schema() + "."
                    + Optional.ofNullable(range(plan.current, key).orElseThrow().multirange())
                            .orElse(RangeType.defaultMultirange(change.name()))));
            if (user.isPresent()) {
                recreate.cannot(Step.CREATE_TYPE_LATE, "range type " + name + " is used by column " + user.get()
                        + ": a range type cannot change in place; migrate the column to a new type instead");
            } else {
                recreate.sql(Step.DROP_TYPE, "DROP TYPE " + name);
                dependency(want.subtype(), recreate);
                recreate.sql(Step.CREATE_TYPE_LATE, createRange(change.schema(), want));
                if (want.comment() != null) {
                    recreate.sql(Step.COMMENT, "COMMENT ON TYPE " + name + " IS " + literal(want.comment()));
                }
                return; // the comment came with it
            }
        }
        change.changed("comment").ifPresent(d -> plan.attributes(change, "comment").sql(Step.COMMENT,
                "COMMENT ON TYPE " + name + " IS " + literal(want.comment())));
    }

    /** The statements creating a type of the target side, after the missing types it uses. */
    private void create(String key, Emitter emit) {
        if (!done.add(key)) {
            return;
        }
        int dot = key.indexOf('.');
        String schema = key.substring(0, dot);
        String name = qualified(schema, key.substring(dot + 1));
        Optional<CompositeType> composite = composite(plan.target, key);
        String comment;
        if (composite.isPresent()) {
            composite.get().fields().forEach(f -> dependency(f.type(), emit));
            emit.sql(Step.CREATE_TYPE_LATE, "CREATE TYPE " + name + " AS (" + composite.get().fields().stream()
                    .map(PgUserTypes::field).collect(Collectors.joining(", ")) + ")");
            comment = composite.get().comment();
        } else {
            RangeType range = range(plan.target, key).orElseThrow();
            dependency(range.subtype(), emit);
            emit.sql(Step.CREATE_TYPE_LATE, createRange(schema, range));
            comment = range.comment();
        }
        if (comment != null) {
            emit.sql(Step.COMMENT, "COMMENT ON TYPE " + name + " IS " + literal(comment));
        }
    }

    /** A type a created one uses: created first when this plan creates it too. */
    private void dependency(String type, Emitter emit) {
        String used = type.endsWith("[]") ? type.substring(0, type.length() - 2) : type;
        for (ObjectChange other : plan.changes) {
            if ((other.type() == ObjectType.COMPOSITE_TYPE || other.type() == ObjectType.RANGE_TYPE)
                    && other.missing() && used.equals(qualified(other.schema(), other.name()))) {
                create(other.schema() + "." + other.name(), new Emitter(plan.out, other.differences()));
            }
        }
    }

    /** DROP TYPE, after the types this plan drops that use it. */
    private void drop(String key, Emitter emit) {
        if (!done.add(key)) {
            return;
        }
        int dot = key.indexOf('.');
        String name = qualified(key.substring(0, dot), key.substring(dot + 1));
        for (ObjectChange other : plan.changes) {
            if (other.type() == ObjectType.COMPOSITE_TYPE && other.unexpected()) {
                String otherKey = other.schema() + "." + other.name();
                boolean uses = composite(plan.current, otherKey).map(c -> c.fields().stream()
                        .anyMatch(f -> f.type().equals(name) || f.type().equals(name + "[]"))).orElse(false);
                if (uses) {
                    drop(otherKey, new Emitter(plan.out, other.differences()));
                }
            }
        }
        emit.sql(Step.DROP_TYPE, "DROP TYPE " + name);
    }

    /**
     * The ALTER TYPE actions turning {@code have}'s attributes into {@code want}'s: attributes {@code want}
     * lacks dropped, the ones both keep in place altered where their type or collation differs, and from
     * the first one out of place on, every attribute dropped and added again in {@code want}'s order.
     */
    static List<String> actions(CompositeType want, CompositeType have) {
        Set<String> wanted = want.fields().stream().map(CompositeType.Field::name).collect(Collectors.toSet());
        List<CompositeType.Field> kept = have.fields().stream().filter(f -> wanted.contains(f.name())).toList();
        int inPlace = 0;
        while (inPlace < kept.size() && inPlace < want.fields().size()
                && kept.get(inPlace).name().equals(want.fields().get(inPlace).name())) {
            inPlace++;
        }
        List<String> actions = new ArrayList<>();
        for (CompositeType.Field f : have.fields()) {
            boolean staysInPlace = kept.indexOf(f) >= 0 && kept.indexOf(f) < inPlace;
            if (!staysInPlace) {
                actions.add("DROP ATTRIBUTE " + ident(f.name()));
            }
        }
        for (int i = 0; i < inPlace; i++) {
            CompositeType.Field to = want.fields().get(i);
            if (!to.equals(kept.get(i))) {
                actions.add("ALTER ATTRIBUTE " + ident(to.name()) + " SET DATA TYPE " + to.type()
                        + (to.collation() == null ? "" : " COLLATE " + PgTables.collation(to.collation())));
            }
        }
        for (int i = inPlace; i < want.fields().size(); i++) {
            actions.add("ADD ATTRIBUTE " + field(want.fields().get(i)));
        }
        return actions;
    }

    static String createRange(String schema, RangeType range) {
        StringBuilder sql = new StringBuilder("CREATE TYPE ").append(qualified(schema, range.name()))
                .append(" AS RANGE (SUBTYPE = ").append(range.subtype());
        if (range.subtypeOpClass() != null) {
            sql.append(", SUBTYPE_OPCLASS = ").append(qualified(range.subtypeOpClass()));
        }
        if (range.collation() != null) {
            sql.append(", COLLATION = ").append(PgTables.collation(range.collation()));
        }
        if (range.canonical() != null) {
            sql.append(", CANONICAL = ").append(range.canonical());
        }
        if (range.subtypeDiff() != null) {
            sql.append(", SUBTYPE_DIFF = ").append(range.subtypeDiff());
        }
        if (range.multirange() != null) {
            sql.append(", MULTIRANGE_TYPE_NAME = ").append(qualified(schema, range.multirange()));
        }
        return sql.append(")").toString();
    }

    private static String field(CompositeType.Field f) {
        return ident(f.name()) + " " + f.type() + (f.collation() == null ? "" : " COLLATE "
                + PgTables.collation(f.collation()));
    }

    /** A column of the current side holding values of the type {@code schema.name} (or arrays of it). */
    private Optional<String> columnUsing(String key) {
        int dot = key.indexOf('.');
        String type = qualified(key.substring(0, dot), key.substring(dot + 1));
        for (Schema s : plan.current.catalog().schemas()) {
            for (Table t : s.tables()) {
                for (Column c : t.columns()) {
                    if (c.type().equals(type) || c.type().equals(type + "[]")) {
                        return Optional.of(s.name() + "." + t.name() + "." + c.name());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<CompositeType> composite(CatalogObjects side, String key) {
        int dot = key.indexOf('.');
        return side.schema(key.substring(0, dot)).flatMap(s -> CatalogObjects.find(s.compositeTypes(),
                key.substring(dot + 1)));
    }

    private static Optional<RangeType> range(CatalogObjects side, String key) {
        int dot = key.indexOf('.');
        return side.schema(key.substring(0, dot)).flatMap(s -> CatalogObjects.find(s.rangeTypes(),
                key.substring(dot + 1)));
    }
}
