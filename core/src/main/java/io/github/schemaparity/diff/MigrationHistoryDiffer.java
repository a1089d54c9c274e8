package io.github.schemaparity.diff;

import io.github.schemaparity.history.FlywayVersions;
import io.github.schemaparity.model.AppliedMigration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Migration history parity: the history rows of one side against the other's, per tool, as
 * {@link ObjectType#MIGRATION} differences on {@code migration:<key>} (Flyway's version, {@code R:<description>}
 * for a repeatable migration, Liquibase's {@code id::author::file}).
 *
 * <ul>
 * <li>UNEXPECTED: applied on the actual side (production), unknown to the expected side (the project).</li>
 * <li>MISSING: applied on the expected side, never on the actual side.</li>
 * <li>CHANGED {@code checksum}: the migration was edited after production applied it. Not compared for
 *     repeatable Flyway migrations (they are meant to change) or across Liquibase checksum versions.</li>
 * <li>CHANGED {@code success}: production's row records a failed run.</li>
 * <li>CHANGED {@code order}: production applied it after a migration that comes later in the project's order
 *     (out of order); the values name the preceding migration on each side.</li>
 * </ul>
 * A tool whose history one side lacks entirely is not compared: a snapshot taken before SchemaParity read
 * history, or a project built from a plain SQL folder, would otherwise make every row a difference.
 * Migrations at or below a Flyway baseline in production are covered by the baseline row.
 */
public final class MigrationHistoryDiffer {
    private static final String PATH = "migration:";

    private MigrationHistoryDiffer() {
    }

    /** The differences between two histories; empty when either side has none. */
    public static List<Difference> diff(List<AppliedMigration> expected, List<AppliedMigration> actual) {
        List<Difference> differences = new ArrayList<>();
        for (String tool : List.of(AppliedMigration.FLYWAY, AppliedMigration.LIQUIBASE)) {
            Map<String, AppliedMigration> e = latestByKey(expected, tool);
            Map<String, AppliedMigration> a = latestByKey(actual, tool);
            if (!e.isEmpty() && !a.isEmpty()) {
                diffTool(e, a, differences);
            }
        }
        return differences;
    }

    private static void diffTool(Map<String, AppliedMigration> expected, Map<String, AppliedMigration> actual,
            List<Difference> differences) {
        String baseline = actual.values().stream().filter(r -> "BASELINE".equals(r.type()) && r.version() != null)
                .map(AppliedMigration::version).max(FlywayVersions.ORDER).orElse(null);
        for (AppliedMigration a : actual.values()) {
            AppliedMigration e = expected.get(a.key());
            if (e == null) {
                if (!"BASELINE".equals(a.type())) {
                    differences.add(new Difference(ObjectType.MIGRATION, PATH + a.key(), Change.UNEXPECTED, null, null,
                            a.label()));
                }
                continue;
            }
            if (e.success() != a.success()) {
                differences.add(changed(a, "success", e.success() ? "true" : "false", a.success() ? "true" : "false"));
            }
            if (comparableChecksums(e, a) && !Objects.equals(e.checksum(), a.checksum())) {
                differences.add(changed(a, "checksum", e.checksum(), a.checksum()));
            }
        }
        for (AppliedMigration e : expected.values()) {
            boolean covered = baseline != null && e.version() != null
                    && FlywayVersions.compare(e.version(), baseline) <= 0;
            if (!actual.containsKey(e.key()) && !covered) {
                differences.add(new Difference(ObjectType.MIGRATION, PATH + e.key(), Change.MISSING, null, e.label(),
                        null));
            }
        }
        outOfOrder(expected, actual, differences);
    }

    /**
     * A production row is out of order when a row production applied before it comes after it in the
     * project's order (the expected side's order of application).
     */
    private static void outOfOrder(Map<String, AppliedMigration> expected, Map<String, AppliedMigration> actual,
            List<Difference> differences) {
        List<String> projectOrder = ordered(expected, actual);
        List<String> productionOrder = ordered(actual, expected);
        int highest = -1;
        for (int i = 0; i < productionOrder.size(); i++) {
            String key = productionOrder.get(i);
            int position = projectOrder.indexOf(key);
            if (position < 0) {
                continue;
            }
            if (position < highest) {
                String projectBefore = position == 0 ? "first" : "after " + projectOrder.get(position - 1);
                String productionBefore = "after " + productionOrder.get(i - 1);
                differences.add(changed(actual.get(key), "order", projectBefore, productionBefore));
            }
            highest = Math.max(highest, position);
        }
    }

    /** Keys of successful, ordered (not repeatable, not baseline) rows of {@code side} that {@code other} also has, by rank. */
    private static List<String> ordered(Map<String, AppliedMigration> side, Map<String, AppliedMigration> other) {
        return side.values().stream()
                .filter(r -> r.success() && !repeatable(r) && !"BASELINE".equals(r.type()) && other.containsKey(r.key()))
                .sorted(java.util.Comparator.comparingInt(AppliedMigration::rank))
                .map(AppliedMigration::key).toList();
    }

    private static boolean comparableChecksums(AppliedMigration e, AppliedMigration a) {
        if (e.checksum() == null || a.checksum() == null || repeatable(e)) {
            return false;
        }
        // Liquibase prefixes its checksum version ("9:..."); an older version's checksum is not comparable.
        return !AppliedMigration.LIQUIBASE.equals(e.tool()) || checksumVersion(e).equals(checksumVersion(a));
    }

    private static String checksumVersion(AppliedMigration row) {
        int colon = row.checksum().indexOf(':');
        return colon < 0 ? "" : row.checksum().substring(0, colon);
    }

    private static boolean repeatable(AppliedMigration row) {
        return AppliedMigration.FLYWAY.equals(row.tool()) && row.version() == null;
    }

    /** The last row of each key (a re-run or repaired migration leaves several), in rank order. */
    private static Map<String, AppliedMigration> latestByKey(List<AppliedMigration> rows, String tool) {
        Map<String, AppliedMigration> byKey = new LinkedHashMap<>();
        rows.stream().filter(r -> tool.equals(r.tool()))
                .sorted(java.util.Comparator.comparingInt(AppliedMigration::rank))
                .forEach(r -> {
                    byKey.remove(r.key());
                    byKey.put(r.key(), r);
                });
        return byKey;
    }

    private static Difference changed(AppliedMigration row, String attribute, String expected, String actual) {
        return new Difference(ObjectType.MIGRATION, PATH + row.key(), Change.CHANGED, attribute, expected, actual);
    }
}
