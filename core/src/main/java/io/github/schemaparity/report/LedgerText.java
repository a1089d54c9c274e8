package io.github.schemaparity.report;

import io.github.schemaparity.diff.Uncompared;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How every report words the ledger of what was not compared: the summary-line part
 * ({@code not compared: 2 foreign tables, 1 event trigger (see report)}) and the groups of its section.
 */
final class LedgerText {
    private LedgerText() {
    }

    /**
     * The objects of one kind not compared for one reason.
     *
     * @param kind    e.g. {@code foreign table}
     * @param reason  why they were not compared
     * @param objects the objects, by path
     */
    record Group(String kind, String reason, List<Uncompared> objects) {
    }

    /** {@code not compared: 2 foreign tables, 1 event trigger (see report)}, most numerous kind first; empty for none. */
    static String line(List<Uncompared> ledger) {
        if (ledger.isEmpty()) {
            return "";
        }
        Map<String, Integer> byKind = new LinkedHashMap<>();
        ledger.forEach(u -> byKind.merge(u.kind(), 1, Integer::sum));
        List<String> counts = byKind.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getValue() + " " + (e.getValue() == 1 ? e.getKey() : plural(e.getKey())))
                .toList();
        return "not compared: " + String.join(", ", counts) + " (see report)";
    }

    /** The ledger grouped by kind and reason, in the ledger's order (kind, then path). */
    static List<Group> groups(List<Uncompared> ledger) {
        Map<String, List<Uncompared>> grouped = new LinkedHashMap<>();
        ledger.stream().sorted(Comparator.comparing(Uncompared::kind).thenComparing(Uncompared::reason)
                        .thenComparing(Uncompared::object))
                .forEach(u -> grouped.computeIfAbsent(u.kind() + "\n" + u.reason(), k -> new ArrayList<>()).add(u));
        List<Group> groups = new ArrayList<>(grouped.size());
        grouped.values().forEach(objects -> groups.add(new Group(objects.get(0).kind(), objects.get(0).reason(),
                List.copyOf(objects))));
        return groups;
    }

    /** The English plural of a kind: its last word's ({@code operator class} to {@code operator classes}). */
    static String plural(String kind) {
        String lower = kind.toLowerCase(Locale.ROOT);
        if (lower.endsWith("privileges") || lower.endsWith("validity")) {
            return kind; // already a mass noun: "default privileges", "index validity"
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return kind + "es";
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return kind.substring(0, kind.length() - 1) + "ies";
        }
        return kind + "s";
    }
}
