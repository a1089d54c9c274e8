package io.github.schemaparity.report;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A migration of the project that production has not applied yet, and what it will do to production: the
 * differences between the schema before it and after it (expected = production as it is, actual =
 * production once migrated), rated by the same risk table as drift. Reported, never failing the build.
 *
 * @param version     Flyway's version, or Liquibase's {@code id::author::file}
 * @param description the tool's description
 * @param script      Flyway's script, Liquibase's changelog file
 * @param differences what it changes, rated; {@code allowed} is true (pending is not drift)
 */
public record PendingMigration(String version, String description, String script,
        List<AssessedDifference> differences) {

    public PendingMigration {
        differences = differences == null ? List.of() : List.copyOf(differences);
    }

    /** The most severe change it makes, if any. */
    public Optional<Severity> highestSeverity() {
        return differences.stream().map(AssessedDifference::severity).max(Comparator.naturalOrder());
    }

    /** How a report names it: {@code V5 drop_legacy (V5__drop_legacy.sql)}, Liquibase's key. */
    public String label() {
        if (script != null && version != null && !version.contains("::")) {
            return "V" + version + " " + description + " (" + script + ")";
        }
        return version;
    }

    /** What a change does to production, as a verb: a missing object after the migration is dropped. */
    public static String verb(Change change) {
        return switch (change) {
            case MISSING -> "drops";
            case UNEXPECTED -> "adds";
            case CHANGED -> "changes";
        };
    }
}
