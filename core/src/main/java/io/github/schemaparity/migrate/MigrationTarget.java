package io.github.schemaparity.migrate;

/**
 * How far {@link Migrator#apply(MigrationSource, String, String, String, MigrationTarget)} migrates: every
 * migration, Flyway up to a version, or the next changesets of a Liquibase changelog.
 */
public sealed interface MigrationTarget {
    /** Every migration. */
    MigrationTarget LATEST = new Latest();

    /** Every migration (the default). */
    record Latest() implements MigrationTarget {
    }

    /**
     * Flyway migrations up to and including a version (Flyway's {@code target}).
     *
     * @param version the last version to apply
     */
    record UpToVersion(String version) implements MigrationTarget {
    }

    /**
     * The next {@code count} changesets not yet applied (Liquibase's {@code update-count}).
     *
     * @param count how many changesets to apply
     */
    record NextChangesets(int count) implements MigrationTarget {
    }
}
