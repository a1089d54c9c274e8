package io.github.schemaparity.policy;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.Fact;
import io.github.schemaparity.diff.ObjectType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The grammar of risk keys ({@code OBJECTTYPE[:CHANGE[:attribute]][/qualifier]}, see {@link RiskTable}):
 * which keys a difference answers to, from most to least specific, and the check of a user's key.
 */
final class RiskKeys {
    private RiskKeys() {
    }

    /** Keys from most to least specific, per the order documented on the class. */
    static List<String> candidateKeys(Difference d) {
        String type = d.objectType().name();
        String change = type + ":" + d.change().name();
        String qualifier = qualifier(d);
        List<String> keys = new ArrayList<>(9);
        if (d.attribute() != null) {
            String attribute = change + ":" + d.attribute();
            if (qualifier != null) {
                keys.add(attribute + "/" + qualifier);
            }
            keys.add(attribute);
            int dot = d.attribute().indexOf('.');
            if (dot > 0) {
                keys.add(change + ":" + d.attribute().substring(0, dot) + ".*");
            }
            keys.add("*:" + d.change().name() + ":" + d.attribute());
        }
        if (qualifier != null) {
            keys.add(change + "/" + qualifier);
        }
        keys.add(change);
        keys.add(type);
        keys.add("*:" + d.change().name());
        keys.add("*");
        return keys;
    }

    /** The qualifier the facts of a difference earn, or null (see the class documentation). */
    private static String qualifier(Difference d) {
        if (d.objectType() == ObjectType.COLUMN) {
            if (d.change() == Change.UNEXPECTED) {
                return d.has(Fact.REQUIRES_VALUE) ? "required" : null;
            }
            if (d.change() == Change.CHANGED && "type".equals(d.attribute())) {
                return d.has(Fact.TYPE_WIDENED) ? "widened" : d.has(Fact.TYPE_NARROWED) ? "narrowed" : null;
            }
            if (d.change() == Change.CHANGED && "nullable".equals(d.attribute())) {
                return d.has(Fact.NULLABLE_TIGHTENED) ? "tightened" : d.has(Fact.NULLABLE_RELAXED) ? "relaxed" : null;
            }
        }
        if (d.objectType() == ObjectType.SETTING && d.object().startsWith("setting:")) {
            return d.object().substring("setting:".length()); // the object path names the setting: SETTING:CHANGED/sql_mode
        }
        if (d.objectType() == ObjectType.INDEX && (d.change() != Change.CHANGED || "valid".equals(d.attribute()))) {
            return d.has(Fact.UNIQUE) ? "unique" : null;
        }
        return null;
    }

    /** Checks a key's object type and change, and returns it with those parts in upper case. */
    static String validate(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("Empty risk key: use OBJECTTYPE, OBJECTTYPE:CHANGE or "
                    + "OBJECTTYPE:CHANGE:attribute, e.g. INDEX:UNEXPECTED");
        }
        String body = key.trim();
        String qualifier = "";
        int slash = body.indexOf('/');
        if (slash >= 0) {
            qualifier = body.substring(slash);
            body = body.substring(0, slash);
        }
        String[] parts = body.split(":", 3);
        String type = parts[0].toUpperCase(Locale.ROOT);
        if (!type.equals("*") && Arrays.stream(ObjectType.values()).noneMatch(t -> t.name().equals(type))) {
            throw new IllegalArgumentException("Unknown object type '" + parts[0] + "' in risk key '" + key
                    + "': use * or one of " + Arrays.toString(ObjectType.values()));
        }
        if (parts.length == 1) {
            return type + qualifier;
        }
        String change = parts[1].toUpperCase(Locale.ROOT);
        if (Arrays.stream(Change.values()).noneMatch(c -> c.name().equals(change))) {
            throw new IllegalArgumentException("Unknown change '" + parts[1] + "' in risk key '" + key
                    + "': use MISSING, UNEXPECTED or CHANGED");
        }
        return type + ":" + change + (parts.length == 3 ? ":" + parts[2] : "") + qualifier;
    }
}
