package io.github.schemaparity.fix;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Domain;
import io.github.schemaparity.model.EnumType;
import io.github.schemaparity.model.Extension;
import io.github.schemaparity.model.Named;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Sequence;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.View;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Look-ups of model objects by schema and name in one catalog. */
public final class CatalogObjects {
    private final Catalog catalog;

    public CatalogObjects(Catalog catalog) {
        this.catalog = catalog;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Optional<Schema> schema(String name) {
        return find(catalog.schemas(), name);
    }

    public Optional<Table> table(String schema, String name) {
        return schema(schema).flatMap(s -> find(s.tables(), name));
    }

    public Optional<View> view(String schema, String name) {
        return schema(schema).flatMap(s -> find(s.views(), name));
    }

    public Optional<Sequence> sequence(String schema, String name) {
        return schema(schema).flatMap(s -> find(s.sequences(), name));
    }

    public Optional<Routine> routine(String schema, String signature) {
        return schema(schema).flatMap(s -> s.routines().stream().filter(r -> r.signature().equals(signature))
                .findFirst());
    }

    public Optional<EnumType> enumType(String schema, String name) {
        return schema(schema).flatMap(s -> find(s.enumTypes(), name));
    }

    public Optional<Domain> domain(String schema, String name) {
        return schema(schema).flatMap(s -> find(s.domains(), name));
    }

    public Optional<Extension> extension(String name) {
        return find(catalog.extensions(), name);
    }

    public static <T extends Named> Optional<T> find(List<T> objects, String name) {
        return objects.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /**
     * A child of a table on the current side: by its current name, else (two engine-generated names the
     * diff paired by structure) the one with the target's signature.
     */
    public static <T extends Named> Optional<T> child(List<T> objects, String name, Function<T, String> signature,
            T target) {
        Optional<T> byName = find(objects, name);
        if (byName.isPresent() || target == null) {
            return byName;
        }
        String wanted = signature.apply(target);
        return objects.stream().filter(o -> signature.apply(o).equals(wanted)).findFirst();
    }
}
