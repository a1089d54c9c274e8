package io.github.schemaparity.migrate;

import io.github.schemaparity.SchemaParityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * Builds the candidate database: applies a {@link MigrationSource} to a fresh, empty, writable
 * database and reports what ran. A failing migration becomes a {@link SchemaParityException} whose
 * one-line message names the file (or changeset) and the database's own error; the tool's exception
 * stays attached as the cause.
 *
 * <p>Flyway and Liquibase are optional: their classes are touched only when a source of their kind is
 * applied, after a check that turns their absence into a message naming the artifacts to add.
 */
public final class Migrator {

    private final ClassLoader resources;
    private final ScriptSyntax scriptSyntax;

    /** A migrator resolving {@code classpath:} locations and changelogs with the context class loader. */
    public Migrator() {
        this(contextClassLoader());
    }

    /**
     * A migrator resolving {@code classpath:} locations and changelogs with the given class loader (a
     * build tool passes one that sees the project's compiled resources). Flyway also finds its database
     * modules and the JDBC driver through it, so it should delegate to the loader of this class.
     */
    public Migrator(ClassLoader resources) {
        this(resources, null);
    }

    private Migrator(ClassLoader resources, ScriptSyntax scriptSyntax) {
        this.resources = Objects.requireNonNull(resources, "resources");
        this.scriptSyntax = scriptSyntax;
    }

    /**
     * This migrator splitting plain SQL scripts ({@link SqlFolder}) by the given engine's rules, which the
     * caller takes from the engine's support. Flyway and Liquibase split scripts themselves.
     */
    public Migrator withScriptSyntax(ScriptSyntax syntax) {
        return new Migrator(resources, Objects.requireNonNull(syntax, "syntax"));
    }

    /**
     * Applies the migrations to the database at {@code jdbcUrl}.
     *
     * @param source   what to apply
     * @param jdbcUrl  the candidate database's JDBC URL (never put into messages: it may hold credentials)
     * @param user     user name, or {@code null} when the URL carries it
     * @param password password, or {@code null} when the URL carries it
     * @return what was applied and which history tables the tool created
     * @throws SchemaParityException when a migration fails, the tool is missing or the source is unusable
     */
    public MigrationResult apply(MigrationSource source, String jdbcUrl, String user, String password) {
        return apply(source, jdbcUrl, user, password, MigrationTarget.LATEST);
    }

    /**
     * Applies the migrations to the database at {@code jdbcUrl} up to {@code target}: a version for
     * Flyway, a number of changesets for Liquibase. A SQL folder has no history, so only
     * {@link MigrationTarget#LATEST} applies to it.
     *
     * @throws SchemaParityException when a migration fails, the tool is missing, or the target does not
     *                               fit the tool
     */
    public MigrationResult apply(MigrationSource source, String jdbcUrl, String user, String password,
            MigrationTarget target) {
        try {
            return applyTo(source, jdbcUrl, user, password, target);
        } catch (RuntimeException e) {
            if (io.github.schemaparity.provision.OwnedServers.shuttingDown()) {
                // the candidate was stopped under the migration: not the migration's fault
                throw new SchemaParityException("Build interrupted (Ctrl+C or SIGTERM) while migrating the candidate"
                        + " database; the embedded candidate was stopped and removed", e);
            }
            throw e;
        }
    }

    private MigrationResult applyTo(MigrationSource source, String jdbcUrl, String user, String password,
            MigrationTarget target) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(target, "target");
        if (source instanceof FlywayMigrations flyway) {
            requireFlyway(jdbcUrl);
            if (target instanceof MigrationTarget.NextChangesets) {
                throw new IllegalArgumentException("Flyway migrates to a version, not a changeset count");
            }
            return FlywayRunner.apply(flyway, jdbcUrl, user, password, resources, target);
        }
        if (source instanceof LiquibaseChangelog changelog) {
            requireLiquibase();
            if (target instanceof MigrationTarget.UpToVersion) {
                throw new IllegalArgumentException("Liquibase applies a changeset count, not a version");
            }
            return withConnection(jdbcUrl, user, password, c -> LiquibaseRunner.apply(changelog, c, resources, target));
        }
        if (!(target instanceof MigrationTarget.Latest)) {
            throw new IllegalArgumentException("A SQL folder has no history to migrate to a target");
        }
        SqlFolder folder = (SqlFolder) source;
        if (scriptSyntax == null) {
            throw new IllegalStateException("A SQL folder is split by its engine's rules: create the Migrator"
                    + " withScriptSyntax(...) of the candidate's engine");
        }
        return withConnection(jdbcUrl, user, password, c -> SqlFolderRunner.apply(folder, c, scriptSyntax));
    }

    /**
     * The migrations the tool would still apply to the database at {@code jdbcUrl}, in its order of
     * application, as the tool itself resolves them (Flyway's {@code info().pending()}, Liquibase's unrun
     * changesets). On a fresh database: every migration of the project. Empty for a SQL folder, which has
     * no history table.
     */
    public List<ProjectMigration> pending(MigrationSource source, String jdbcUrl, String user, String password) {
        if (source instanceof FlywayMigrations flyway) {
            requireFlyway(jdbcUrl);
            return FlywayRunner.pending(flyway, jdbcUrl, user, password, resources);
        }
        if (source instanceof LiquibaseChangelog changelog) {
            requireLiquibase();
            List<List<ProjectMigration>> found = new java.util.ArrayList<>();
            withConnection(jdbcUrl, user, password, c -> {
                found.add(LiquibaseRunner.pending(changelog, c, resources));
                return null;
            });
            return found.get(0);
        }
        return List.of();
    }

    private static void requireLiquibase() {
        require("liquibase.command.CommandScope", "Liquibase is not on the classpath: add org.liquibase:liquibase-core");
    }

    private static void requireFlyway(String jdbcUrl) {
        require("org.flywaydb.core.Flyway",
                "Flyway is not on the classpath: add org.flywaydb:flyway-core and flyway-database-postgresql (or flyway-mysql)");
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            require("org.flywaydb.database.postgresql.PostgreSQLDatabaseType",
                    "Flyway's PostgreSQL support is not on the classpath: add org.flywaydb:flyway-database-postgresql");
        } else if (jdbcUrl.startsWith("jdbc:mysql:") || jdbcUrl.startsWith("jdbc:mariadb:")) {
            require("org.flywaydb.database.mysql.MySQLDatabaseType",
                    "Flyway's MySQL and MariaDB support is not on the classpath: add org.flywaydb:flyway-mysql");
        }
    }

    private static void require(String className, String message) {
        try {
            Class.forName(className, false, Migrator.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new SchemaParityException(message, e);
        }
    }

    private interface ConnectionWork {
        MigrationResult run(Connection connection) throws SQLException;
    }

    private static MigrationResult withConnection(String jdbcUrl, String user, String password, ConnectionWork work) {
        Connection connection;
        try {
            // DriverManager leaves a null user or password out, so credentials in the URL still apply.
            connection = DriverManager.getConnection(jdbcUrl, user, password);
        } catch (SQLException e) {
            throw new SchemaParityException("Cannot connect to the candidate database: " + DatabaseErrors.message(e), e);
        }
        try (connection) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new SchemaParityException("Migrating the candidate database failed: " + DatabaseErrors.message(e), e);
        }
    }

    private static ClassLoader contextClassLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Migrator.class.getClassLoader();
    }
}
