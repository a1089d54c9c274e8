package io.github.schemaparity.history;

import io.github.schemaparity.model.AppliedMigration;
import java.util.List;

/**
 * The applied migration version a database's history rows say it runs: Flyway's highest successful
 * version, else the number of Liquibase changesets ({@code "12 changesets"}), else {@code null} (no history).
 * The environment matrix and the drift history name a database's version in these words.
 */
public final class AppliedVersion {
    private AppliedVersion() {
    }

    /** The applied version of {@code history}, or {@code null} when it holds no migration. */
    public static String of(List<AppliedMigration> history) {
        String flyway = history.stream().filter(r -> AppliedMigration.FLYWAY.equals(r.tool()) && r.success()
                && r.version() != null).map(AppliedMigration::version).max(FlywayVersions.ORDER).orElse(null);
        if (flyway != null) {
            return flyway;
        }
        long changesets = history.stream().filter(r -> AppliedMigration.LIQUIBASE.equals(r.tool())).count();
        return changesets == 0 ? null : changesets + " changesets";
    }
}
