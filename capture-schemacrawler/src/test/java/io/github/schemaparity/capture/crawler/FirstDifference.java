package io.github.schemaparity.capture.crawler;

import io.github.schemaparity.model.Named;
import io.github.schemaparity.model.Routine;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the first place where two model values differ, walking records component by component and
 * matching list elements by name (routines by signature), so that a failed equivalence names the
 * object and attribute instead of dumping two whole catalogs.
 */
final class FirstDifference {
    private FirstDifference() {
    }

    /** A readable description of the first difference, or {@code null} when the two are equal. */
    static String between(String leftName, Object left, String rightName, Object right) {
        return diff("catalog", leftName, left, rightName, right);
    }

    private static String diff(String path, String leftName, Object left, String rightName, Object right) {
        if (Objects.equals(left, right)) {
            return null;
        }
        if (left instanceof Record && right != null && left.getClass() == right.getClass()) {
            for (RecordComponent component : left.getClass().getRecordComponents()) {
                String found = diff(path + "." + component.getName(), leftName, value(component, left), rightName,
                        value(component, right));
                if (found != null) {
                    return found;
                }
            }
        }
        if (left instanceof List<?> l && right instanceof List<?> r && isNamed(l) && isNamed(r)) {
            Map<String, Object> byKeyLeft = byKey(l);
            Map<String, Object> byKeyRight = byKey(r);
            Set<String> keys = new LinkedHashSet<>(byKeyLeft.keySet());
            keys.addAll(byKeyRight.keySet());
            for (String key : keys) {
                String found = diff(path + "[" + key + "]", leftName, byKeyLeft.get(key), rightName, byKeyRight.get(key));
                if (found != null) {
                    return found;
                }
            }
        }
        return path + "\n  " + leftName + ": " + left + "\n  " + rightName + ": " + right;
    }

    private static boolean isNamed(List<?> list) {
        return list.stream().allMatch(Named.class::isInstance);
    }

    private static Map<String, Object> byKey(List<?> list) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Object item : list) {
            map.put(item instanceof Routine routine ? routine.signature() : ((Named) item).name(), item);
        }
        return map;
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
