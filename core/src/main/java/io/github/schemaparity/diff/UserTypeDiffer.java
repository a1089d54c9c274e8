package io.github.schemaparity.diff;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.CompositeType;
import io.github.schemaparity.model.Coverage;
import io.github.schemaparity.model.Named;
import io.github.schemaparity.model.NotCompared;
import io.github.schemaparity.model.RangeType;
import io.github.schemaparity.model.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares the composite types ({@link ObjectType#COMPOSITE_TYPE}) and range types
 * ({@link ObjectType#RANGE_TYPE}) of two schemas, object {@code schema.type}: one missing or unexpected
 * difference per type on one side only, one changed difference per differing attribute
 * ({@code fields}, the attribute list in order, {@code subtype}, {@code collation}, ... and {@code comment}).
 * Also makes two catalogs comparable when one was captured before these kinds were (see {@link #align}).
 */
final class UserTypeDiffer {
    private UserTypeDiffer() {
    }

    /** The differences of the composite and range types of two schemas, object paths under {@code schemaPath}. */
    static List<Difference> diff(String schemaPath, Schema expected, Schema actual) {
        List<Difference> out = new ArrayList<>();
        each(expected.compositeTypes(), actual.compositeTypes(), ObjectType.COMPOSITE_TYPE, schemaPath,
                CompositeType::attributes, c -> "composite type (" + c.fieldList() + ")", out);
        each(expected.rangeTypes(), actual.rangeTypes(), ObjectType.RANGE_TYPE, schemaPath, RangeType::attributes,
                r -> "range type of " + r.subtype(), out);
        return out;
    }

    private static <T extends Named> void each(List<T> expected, List<T> actual, ObjectType type, String schemaPath,
            Function<T, Map<String, String>> attributes, Function<T, String> description, List<Difference> out) {
        if (expected.equals(actual)) {
            return;
        }
        Map<String, T> actualByName = new LinkedHashMap<>();
        actual.forEach(a -> actualByName.put(a.name(), a));
        for (T e : expected) {
            String path = schemaPath + "." + e.name();
            T a = actualByName.remove(e.name());
            if (a == null) {
                out.add(new Difference(type, path, Change.MISSING, null, description.apply(e), null));
            } else if (!e.equals(a)) {
                Map<String, String> want = attributes.apply(e);
                Map<String, String> have = attributes.apply(a);
                want.forEach((attribute, value) -> {
                    if (!Objects.equals(value, have.get(attribute))) {
                        out.add(new Difference(type, path, Change.CHANGED, attribute, value, have.get(attribute)));
                    }
                });
            }
        }
        actualByName.values().forEach(a -> out.add(new Difference(type, schemaPath + "." + a.name(),
                Change.UNEXPECTED, null, null, description.apply(a))));
    }

    /**
     * Where one side was captured without composite or range types (a snapshot written before they were
     * compared), the other side's are taken out too and listed as not compared with {@code reason}.
     *
     * @param expected  the expected side
     * @param actual    the actual side
     * @param reason    formats the reason from the side lacking the part and the part's name
     * @param notCompared receives what was taken out, with its side
     * @return the two catalogs, expected first
     */
    static Catalog[] align(Catalog expected, Catalog actual, java.util.function.BinaryOperator<String> reason,
            List<CoverageAlignment.Sided> notCompared) {
        Catalog e = expected;
        Catalog a = actual;
        for (String part : List.of(Coverage.COMPOSITE_TYPES, Coverage.RANGE_TYPES)) {
            if (expected.covers(part) == actual.covers(part) || expected.engine() != actual.engine()) {
                continue;
            }
            boolean fromExpected = expected.covers(part);
            boolean composite = part.equals(Coverage.COMPOSITE_TYPES);
            String kind = composite ? "composite type" : "range type";
            String why = reason.apply(fromExpected ? "actual" : "expected", kind + "s");
            String side = fromExpected ? "expected" : "actual";
            Catalog covering = fromExpected ? e : a;
            List<Schema> schemas = new ArrayList<>();
            for (Schema s : covering.schemas()) {
                List<? extends Named> types = composite ? s.compositeTypes() : s.rangeTypes();
                types.forEach(t -> notCompared.add(new CoverageAlignment.Sided(
                        new NotCompared(kind, s.name() + "." + t.name(), why), side)));
                schemas.add(composite ? s.withUserTypes(List.of(), s.rangeTypes())
                        : s.withUserTypes(s.compositeTypes(), List.of()));
            }
            Catalog stripped = covering.withSchemas(schemas);
            e = fromExpected ? stripped : e;
            a = fromExpected ? a : stripped;
        }
        return new Catalog[] {e, a};
    }
}
