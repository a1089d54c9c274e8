package io.github.schemaparity.diff;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Event;
import io.github.schemaparity.model.Named;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The MySQL/MariaDB {@code DEFINER} of views, routines, triggers and events, compared only when
 * {@link DiffOptions#definers()} asks: the definer is the account that ran the migrations, which usually
 * differs per environment on purpose. One CHANGED difference (attribute {@code definer}) per object both
 * sides have whose definers differ; objects on one side only are the main diff's.
 */
final class Definers {
    private Definers() {
    }

    static List<Difference> diff(Catalog expected, Catalog actual, boolean foldNames) {
        List<Difference> found = new ArrayList<>();
        Map<String, Schema> actualSchemas = index(actual.schemas(), Schema::name, foldNames);
        for (Schema e : expected.schemas()) {
            Schema a = actualSchemas.get(key(e.name(), foldNames));
            if (a == null) {
                continue;
            }
            String path = e.name();
            compare(found, ObjectType.VIEW, path, e.views(), a.views(), View::name, View::definer, foldNames);
            compare(found, ObjectType.ROUTINE, path, e.routines(), a.routines(), Routine::signature,
                    Routine::definer, false);
            compare(found, ObjectType.EVENT, path, e.events(), a.events(), Event::name, Event::definer, false);
            Map<String, Table> actualTables = index(a.tables(), Table::name, foldNames);
            for (Table t : e.tables()) {
                Table other = actualTables.get(key(t.name(), foldNames));
                if (other != null) {
                    compare(found, ObjectType.TRIGGER, path + "." + t.name(), t.triggers(), other.triggers(),
                            Trigger::name, Trigger::definer, false);
                }
            }
        }
        return found;
    }

    private static <T extends Named> void compare(List<Difference> found, ObjectType type, String parent,
            List<T> expected, List<T> actual, Function<T, String> name, Function<T, String> definer,
            boolean foldNames) {
        Map<String, T> byName = index(actual, name, foldNames);
        for (T e : expected) {
            T a = byName.get(key(name.apply(e), foldNames));
            if (a != null && !Objects.equals(definer.apply(e), definer.apply(a))) {
                found.add(new Difference(type, parent + "." + name.apply(e), Change.CHANGED, "definer",
                        definer.apply(e), definer.apply(a)));
            }
        }
    }

    private static <T> Map<String, T> index(List<T> objects, Function<T, String> name, boolean foldNames) {
        Map<String, T> byName = new HashMap<>();
        objects.forEach(o -> byName.put(key(name.apply(o), foldNames), o));
        return byName;
    }

    private static String key(String name, boolean foldNames) {
        return foldNames ? name.toLowerCase(Locale.ROOT) : name;
    }
}
