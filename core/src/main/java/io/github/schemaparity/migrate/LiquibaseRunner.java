package io.github.schemaparity.migrate;

import io.github.schemaparity.SchemaParityException;
import java.io.FileNotFoundException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.changelog.ChangeSet;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.MigrationFailedException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Applies a Liquibase changelog through Liquibase's command API. Loaded only once Liquibase is known to be present. */
final class LiquibaseRunner {

    /** Liquibase's own wording: "Migration failed for changeset db/changelog.xml::2::alice:". */
    private static final Pattern FAILED_CHANGESET = Pattern.compile("(?i)changeset\\s+(\\S+?):?\\s*$");

    private LiquibaseRunner() {
    }

    static MigrationResult apply(LiquibaseChangelog source, Connection connection, ClassLoader resources,
            MigrationTarget target) throws SQLException {
        Database database = database(connection);
        try {
            Scope.child(scope(source, resources), () -> {
                CommandScope update;
                if (target instanceof MigrationTarget.NextChangesets next) {
                    update = new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                            .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, next.count())
                            .addArgumentValue(UpdateCountCommandStep.CHANGELOG_FILE_ARG, source.changelog());
                } else {
                    update = new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, source.changelog());
                }
                update.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                        .execute();
            });
        } catch (Exception e) {
            throw new SchemaParityException(describe(e, source), e);
        }
        String schema = database.getLiquibaseSchemaName() != null ? database.getLiquibaseSchemaName() : connection.getSchema();
        String changelogTable = database.getDatabaseChangeLogTableName();
        String lockTable = database.getDatabaseChangeLogLockTableName();
        List<String> applied = appliedChangesets(connection, database.escapeTableName(null, schema, changelogTable));
        return new MigrationResult(MigrationTool.LIQUIBASE, applied.size(),
                applied.isEmpty() ? Optional.empty() : Optional.of(applied.get(applied.size() - 1)),
                List.of(schema + "." + changelogTable, schema + "." + lockTable));
    }

    /** Changesets Liquibase would still run, in changelog order, named as it records them in its history table. */
    static List<ProjectMigration> pending(LiquibaseChangelog source, Connection connection, ClassLoader resources) {
        Database database = database(connection);
        List<ProjectMigration> pending = new ArrayList<>();
        try {
            Scope.child(scope(source, resources), () -> {
                ResourceAccessor accessor = Scope.getCurrentScope().getResourceAccessor();
                for (ChangeSet changeSet : new Liquibase(source.changelog(), accessor, database)
                        .listUnrunChangeSets(new Contexts(), new LabelExpression())) {
                    String file = changeSet.getStoredFilePath() != null ? changeSet.getStoredFilePath()
                            : changeSet.getFilePath();
                    pending.add(new ProjectMigration(changeSet.getId() + "::" + changeSet.getAuthor() + "::" + file,
                            null, changeSet.getDescription(), file));
                }
            });
        } catch (Exception e) {
            throw new SchemaParityException(describe(e, source), e);
        }
        return pending;
    }

    private static Database database(Connection connection) {
        try {
            return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        } catch (liquibase.exception.DatabaseException e) {
            throw new SchemaParityException("Liquibase cannot use the candidate database: " + DatabaseErrors.message(e), e);
        }
    }

    private static Map<String, Object> scope(LiquibaseChangelog source, ClassLoader resources) {
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(), resourceAccessor(source, resources));
        // Progress goes to the log, not to stdout; no usage data leaves a build.
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        return scope;
    }

    private static ResourceAccessor resourceAccessor(LiquibaseChangelog source, ClassLoader resources) {
        List<ResourceAccessor> accessors = new ArrayList<>();
        for (var folder : source.searchPaths()) {
            try {
                accessors.add(new DirectoryResourceAccessor(folder));
            } catch (FileNotFoundException e) {
                throw new SchemaParityException("Liquibase search path " + folder + " does not exist: check liquibaseChangelog", e);
            }
        }
        accessors.add(new ClassLoaderResourceAccessor(resources));
        return new CompositeResourceAccessor(accessors);
    }

    /** Changeset ids in the order they ran; the database is fresh, so every row is this run's. */
    private static List<String> appliedChangesets(Connection connection, String qualifiedTable) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM " + qualifiedTable + " ORDER BY orderexecuted")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static String describe(Exception failure, LiquibaseChangelog source) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MigrationFailedException && t.getMessage() != null) {
                Matcher changeset = FAILED_CHANGESET.matcher(DatabaseErrors.firstLine(t.getMessage()));
                String name = changeset.find() ? changeset.group(1) : source.changelog();
                return "Liquibase changeset " + name + " failed: " + DatabaseErrors.message(t);
            }
        }
        String position = yamlPosition(failure);
        return "Liquibase failed on " + source.changelog() + position + ": " + DatabaseErrors.message(failure);
    }

    /**
     * Where in a YAML changelog the parser stopped, {@code " at line 3, column 5"}: SnakeYAML's marked
     * exceptions carry it, and Liquibase's wrapping message drops it.
     */
    static String yamlPosition(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null) {
                org.yaml.snakeyaml.error.Mark mark = marked.getProblemMark();
                return " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1)
                        + (marked.getProblem() == null ? "" : " (" + marked.getProblem() + ")");
            }
        }
        return "";
    }
}
