package io.github.schemaparity.migrate;

import io.github.schemaparity.SchemaParityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.internal.exception.FlywayMigrateException;

/** Applies Flyway migrations through Flyway's Java API. Loaded only once Flyway is known to be present. */
final class FlywayRunner {

    private FlywayRunner() {
    }

    static MigrationResult apply(FlywayMigrations source, String jdbcUrl, String user, String password, ClassLoader resources,
            MigrationTarget target) {
        var configuration = configure(source, jdbcUrl, user, password, resources);
        if (target instanceof MigrationTarget.UpToVersion upTo) {
            configuration.target(upTo.version());
        }
        Flyway flyway = configuration.load();
        MigrateResult result;
        try {
            result = flyway.migrate();
        } catch (FlywayException e) {
            throw new SchemaParityException(describe(e), e);
        }
        String table = flyway.getConfiguration().getTable();
        return new MigrationResult(MigrationTool.FLYWAY, result.migrationsExecuted,
                Optional.ofNullable(result.targetSchemaVersion),
                List.of(historySchema(flyway, result) + "." + table));
    }

    /** Flyway's resolved migrations not applied yet, in its order; repeatable ones are left to the final migrate. */
    static List<ProjectMigration> pending(FlywayMigrations source, String jdbcUrl, String user, String password,
            ClassLoader resources) {
        Flyway flyway = configure(source, jdbcUrl, user, password, resources).load();
        try {
            return Arrays.stream(flyway.info().pending())
                    .filter(MigrationInfo::isVersioned)
                    .map(m -> new ProjectMigration(m.getVersion().getVersion(), m.getVersion().getVersion(),
                            m.getDescription(), m.getScript()))
                    .toList();
        } catch (FlywayException e) {
            throw new SchemaParityException(describe(e), e);
        }
    }

    private static FluentConfiguration configure(FlywayMigrations source, String jdbcUrl, String user, String password,
            ClassLoader resources) {
        return Flyway.configure(resources)
                .dataSource(jdbcUrl, user, password)
                .locations(source.locations().toArray(String[]::new))
                // A location that resolves to nothing would build an empty candidate and a misleading diff.
                .failOnMissingLocations(true);
    }

    /** Flyway keeps its table in the first configured schema, else in the connection's current one. */
    private static String historySchema(Flyway flyway, MigrateResult result) {
        if (result.schemaName != null && !result.schemaName.isBlank()) {
            return result.schemaName;
        }
        String configured = flyway.getConfiguration().getDefaultSchema();
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
            return connection.getSchema();
        } catch (SQLException e) {
            throw new SchemaParityException("Cannot read the candidate database's current schema: " + DatabaseErrors.message(e), e);
        }
    }

    private static String describe(FlywayException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FlywayMigrateException migrate && migrate.getMigration() != null) {
                MigrationInfo migration = migrate.getMigration();
                String line = migrate.getLineNumber() > 0 ? " at line " + migrate.getLineNumber() : "";
                return "Migration " + migration.getScript() + " failed" + line + ": " + DatabaseErrors.message(migrate);
            }
        }
        String duplicates = duplicateVersions(failure.getMessage());
        if (duplicates != null) {
            return duplicates;
        }
        return "Flyway failed: " + DatabaseErrors.message(failure);
    }

    /**
     * Flyway's "Found more than one migration with version 1" names the files on the lines after it
     * ({@code -> path (SQL)}), which a one-line message would drop: they are the point.
     */
    static String duplicateVersions(String message) {
        if (message == null || !message.strip().startsWith("Found more than one migration with")) {
            return null;
        }
        java.util.List<String> files = new java.util.ArrayList<>();
        for (String line : message.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("->")) {
                String file = trimmed.substring(2).strip().replaceFirst("\\s*\\((SQL|JDBC|[A-Z_]+)\\)$", "");
                files.add(file);
            }
        }
        return DatabaseErrors.firstLine(message) + (files.isEmpty() ? "" : ": " + String.join(" and ", files))
                + "; give each migration its own version (rename one of them)";
    }
}
