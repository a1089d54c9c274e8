package io.github.schemaparity.database.postgres;

import io.github.schemaparity.capture.SchemaNotFoundException;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Domain;
import io.github.schemaparity.model.EnumType;
import io.github.schemaparity.model.Extension;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.RowPolicy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pieces of {@link PgCatalogReader} that another PostgreSQL reader (the SchemaCrawler reference
 * reader) shares, so that both produce one model from one implementation: a few of its
 * {@code pg_catalog} queries, for objects such a reader has no other source for, and the rules that
 * turn the server's own spellings into model values. Every query expects the session pinned with
 * {@link SessionSettings#pin(Connection)}, and leaves out objects that belong to an extension.
 */
public final class PgCatalogQueries {
    /**
     * Key part {@code k.n} of index {@code i} as the model writes it, as a SQL expression: the column
     * or expression as {@code pg_get_indexdef(oid, n, true)} prints it, then a collation that is not
     * the column's (for an expression: not its type's), a non-default operator class, {@code DESC}, a
     * {@code NULLS} clause that is not the direction's default, and {@code WITH <operator>} of an
     * exclusion constraint. Reads {@code xc} (the exclusion constraint the index backs, all nulls for
     * none) and the rows of {@link #INDEX_KEY_PARTS_FROM}.
     */
    public static final String INDEX_KEY_PART = IndexQuery.KEY_PART;

    /** The {@code FROM} clause {@link #INDEX_KEY_PART} reads: one row per key and INCLUDE column of index {@code i}. */
    public static final String INDEX_KEY_PARTS_FROM = IndexQuery.KEY_PARTS_FROM;

    /**
     * SQL for the name of the collation whose oid the SQL expression {@code oid} gives, as the model
     * writes a collation: schema-qualified unless it is one of {@code pg_catalog}'s ({@code C},
     * {@code public.german}).
     */
    public static String collationNameSql(String oid) {
        return CatalogQuery.collationName(oid);
    }

    /**
     * The enum types and domains of some schemas.
     *
     * @param enums   enum types by schema name
     * @param domains domains by schema name
     */
    public record Types(Map<String, List<EnumType>> enums, Map<String, List<Domain>> domains) {
    }

    private PgCatalogQueries() {
    }

    // ---- queries --------------------------------------------------------------------------------

    /**
     * The server's {@code server_version_num}, e.g. {@code 170002}, which decides the catalog columns
     * a query may use.
     */
    public static int serverVersionNumber(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_setting('server_version_num')::int")) {
            row.next();
            return row.getInt(1);
        }
    }

    /**
     * The schemas a capture covers, with their comments ({@code null} for none), sorted by name.
     * Schemas an extension created are left out, like the extension's other members.
     *
     * @param requested the schemas asked for; empty for every schema but the system ones
     * @throws SchemaNotFoundException when a requested schema does not exist
     */
    public static Map<String, String> schemas(Connection connection, List<String> requested) throws SQLException {
        return SchemaQuery.resolve(connection, requested);
    }

    /**
     * Whether a schema is one of PostgreSQL's own ({@code pg_catalog}, {@code information_schema},
     * {@code pg_toast*}, {@code pg_temp_*}), which a capture of every schema leaves out.
     */
    public static boolean isSystemSchema(String schema) {
        return SchemaQuery.isSystem(schema);
    }

    /** The enum types (labels in order) and domains of {@code schemas}. */
    public static Types types(Connection connection, List<String> schemas) throws SQLException {
        return TypeQuery.load(connection, array(connection, schemas));
    }

    /**
     * The composite and range types of {@code schemas}, as {@link PgCatalogReader} reads them.
     *
     * @param serverVersion {@code server_version_num}
     */
    public static UserTypes userTypes(Connection connection, List<String> schemas, int serverVersion)
            throws SQLException {
        UserTypeQuery.UserTypes types = UserTypeQuery.load(connection, array(connection, schemas), serverVersion);
        return new UserTypes(types.composites(), types.ranges());
    }

    /**
     * The composite and range types of some schemas.
     *
     * @param composites composite types by schema name
     * @param ranges     range types by schema name
     */
    public record UserTypes(Map<String, List<io.github.schemaparity.model.CompositeType>> composites,
            Map<String, List<io.github.schemaparity.model.RangeType>> ranges) {
    }

    /**
     * The schemas with table inheritance as {@link PgCatalogReader} captures it: each inheritance child with
     * table option {@code inherits} and without the columns and CHECK constraints it has from its parents.
     */
    public static List<io.github.schemaparity.model.Schema> withInheritance(Connection connection,
            List<io.github.schemaparity.model.Schema> schemas) throws SQLException {
        Map<String, Map<String, InheritanceQuery.Inherited>> children = InheritanceQuery.bySchemaAndTable(connection,
                array(connection, schemas.stream().map(io.github.schemaparity.model.Schema::name).toList()));
        return schemas.stream().map(s -> s.withTablesAndViews(s.tables().stream()
                .map(t -> inherited(t, children.getOrDefault(s.name(), Map.of()).get(t.name()))).toList(),
                s.views())).toList();
    }

    private static io.github.schemaparity.model.Table inherited(io.github.schemaparity.model.Table table,
            InheritanceQuery.Inherited inherited) {
        if (inherited == null) {
            return table;
        }
        java.util.TreeMap<String, String> options = new java.util.TreeMap<>(table.options());
        options.put(InheritanceQuery.OPTION, inherited.parents());
        List<io.github.schemaparity.model.Column> own = new java.util.ArrayList<>();
        for (io.github.schemaparity.model.Column c : table.columns()) {
            if (!inherited.columns().contains(c.name())) {
                own.add(new io.github.schemaparity.model.Column(c.name(), own.size() + 1, c.type(), c.nullable(),
                        c.defaultValue(), c.identity(), c.generated(), c.collation(), c.comment()));
            }
        }
        return new io.github.schemaparity.model.Table(table.name(), table.kind(), table.comment(), own,
                table.primaryKey(), table.foreignKeys(), table.uniques(), table.checks().stream()
                        .filter(c -> !inherited.checks().contains(c.name())).toList(), table.indexes(),
                table.triggers(), table.policies(), options, table.privileges());
    }

    /** The installed extensions, database-wide, but {@code plpgsql}, which every database has. */
    public static List<Extension> extensions(Connection connection) throws SQLException {
        return ExtensionQuery.load(connection);
    }

    /**
     * The server's and the database's default settings that change behaviour (see {@code SettingQuery});
     * read them before pinning the session.
     */
    public static List<io.github.schemaparity.model.Setting> settings(Connection connection) throws SQLException {
        return SettingQuery.load(connection);
    }

    /**
     * The settings stored for the database and, with {@code roleSettings}, for its roles
     * ({@code pg_db_role_setting}); without, role settings are in {@link #notCompared}'s ledger instead.
     */
    public static List<io.github.schemaparity.model.DatabaseSetting> databaseSettings(Connection connection,
            boolean roleSettings) throws SQLException {
        return DatabaseSettingQuery.load(connection, roleSettings).settings();
    }

    /**
     * What a capture of {@code schemas} does not compare: objects of kinds the model has no place for,
     * grants without privileges, role settings without privileges; never an extension's members.
     */
    public static List<io.github.schemaparity.model.NotCompared> notCompared(Connection connection,
            List<String> schemas, boolean privileges) throws SQLException {
        List<io.github.schemaparity.model.NotCompared> found = new java.util.ArrayList<>(
                NotComparedQuery.load(connection, array(connection, schemas), privileges,
                        // that reader leaves foreign tables out (SchemaCrawler's table types), has no servers and
                        // reads table-level grants only
                        Set.of("foreign table", "foreign server", "foreign table trigger", "column grant")));
        found.addAll(DatabaseSettingQuery.load(connection, privileges).notCompared());
        return found;
    }

    /**
     * The schemas with the kinds a reader that crawls tables, views and routines by other means still needs,
     * read by the fast reader's own queries: triggers on views, extended statistics, rules and collations.
     */
    public static List<io.github.schemaparity.model.Schema> withSchemaKinds(Connection connection,
            List<io.github.schemaparity.model.Schema> schemas) throws SQLException {
        Array names = array(connection, schemas.stream().map(io.github.schemaparity.model.Schema::name).toList());
        int versionNumber;
        try (java.sql.Statement statement = connection.createStatement(); java.sql.ResultSet row = statement.executeQuery(
                "SELECT current_setting('server_version_num')::int")) {
            row.next();
            versionNumber = row.getInt(1);
        }
        Map<String, List<io.github.schemaparity.model.Trigger>> viewTriggers = TriggerQuery.onViews(connection, names);
        Map<String, List<io.github.schemaparity.model.Statistics>> statistics = StatisticsQuery.load(connection, names,
                versionNumber);
        Map<String, List<io.github.schemaparity.model.RewriteRule>> rules = RuleQuery.load(connection, names);
        Map<String, List<io.github.schemaparity.model.Collation>> collations = CollationQuery.load(connection, names,
                versionNumber);
        List<io.github.schemaparity.model.Schema> result = new java.util.ArrayList<>();
        for (io.github.schemaparity.model.Schema s : schemas) {
            result.add(s.withViews(s.views().stream().map(v -> v.withTriggers(
                            viewTriggers.getOrDefault(s.name() + "." + v.name(), List.of()))).toList())
                    .withStatistics(statistics.getOrDefault(s.name(), List.of()))
                    .withRules(rules.getOrDefault(s.name(), List.of()))
                    .withCollations(collations.getOrDefault(s.name(), List.of())));
        }
        return result;
    }

    /**
     * {@code catalog} with the database-wide kinds the fast reader captures beside the schemas: event triggers
     * ({@link EventTriggerQuery}), publications ({@link PublicationQuery}) and foreign data wrappers
     * ({@link ForeignQuery}; a wrapper option named like a secret goes to the catalog's ledger instead).
     */
    public static io.github.schemaparity.model.Catalog withDatabaseKinds(Connection connection,
            io.github.schemaparity.model.Catalog catalog) throws SQLException {
        List<io.github.schemaparity.model.NotCompared> ledger = new java.util.ArrayList<>(catalog.notCompared());
        List<io.github.schemaparity.model.ForeignDataWrapper> wrappers = ForeignQuery.wrappers(connection, ledger);
        return catalog.withLedger(catalog.databaseSettings(), ledger, catalog.coverage())
                .withEventTriggers(EventTriggerQuery.load(connection))
                .withPublications(PublicationQuery.load(connection, serverVersionNumber(connection)))
                .withForeignDataWrappers(wrappers);
    }

    /** {@code pg_index.indisvalid} as the crawler's index query names it, for {@link #index}'s result. */
    public static io.github.schemaparity.model.Index withValidity(io.github.schemaparity.model.Index index,
            boolean valid) {
        return valid ? index : new io.github.schemaparity.model.Index(index.name(), index.nameGenerated(),
                index.unique(), index.method(), index.columns(), index.include(), index.predicate(), true);
    }

    /**
     * The aggregate functions of {@code schemas} by schema name; an aggregate's body is its state
     * function, state type, final function and initial condition.
     *
     * @param serverVersion {@code server_version_num}
     */
    public static Map<String, List<Routine>> aggregates(Connection connection, List<String> schemas, int serverVersion)
            throws SQLException {
        return RoutineQuery.aggregates(connection, array(connection, schemas), serverVersion);
    }

    /** The row-level security policies of the tables in {@code schemas}, by schema name, then by table name. */
    public static Map<String, Map<String, List<RowPolicy>>> policies(Connection connection, List<String> schemas)
            throws SQLException {
        return PolicyQuery.bySchemaAndTable(connection, array(connection, schemas));
    }

    private static Array array(Connection connection, List<String> schemas) throws SQLException {
        return connection.createArrayOf("text", schemas.toArray());
    }

    // ---- from the server's spellings to model values ------------------------------------------

    /**
     * A column.
     *
     * @param name          the column
     * @param position      its 1-based position among the table's columns
     * @param formattedType the type as {@code format_type(atttypid, atttypmod)} gives it
     * @param nullable      whether the column itself has no NOT NULL
     * @param expression    the default or generation expression as {@code pg_get_expr} gives it, or {@code null}
     * @param generated     whether {@code expression} is a generation expression rather than a default
     * @param virtual       whether the column is a virtual generated one (PostgreSQL 18), not stored
     * @param identityCode  {@code attidentity}: {@code a}, {@code d}, or empty or {@code null} for none
     * @param collation     a collation that is not the type's default, or {@code null}
     * @param comment       the comment, or {@code null}
     */
    public static Column column(String name, int position, String formattedType, boolean nullable, String expression,
            boolean generated, boolean virtual, String identityCode, String collation, String comment) {
        return ColumnQuery.column(name, position, formattedType, nullable, expression, generated, virtual,
                identityCode, collation, comment);
    }

    /**
     * The expression of a CHECK constraint: {@code CHECK (price > 0) NOT VALID}, as
     * {@code pg_get_constraintdef(oid, true)} prints it, becomes {@code (price > 0)}; validity is an
     * attribute of its own.
     */
    public static String checkExpression(String definition) {
        return ConstraintQuery.checkExpression(definition);
    }

    /**
     * An index.
     *
     * @param name         the index
     * @param table        the table (or materialized view) it is on, for telling a generated name
     * @param unique       whether it is unique
     * @param method       the access method, e.g. {@code btree}
     * @param parts        every key part, then every INCLUDE column, as {@link #INDEX_KEY_PART} gives them
     * @param keyParts     how many of {@code parts} are key parts ({@code indnkeyatts})
     * @param indexColumns the index's own column names, from which PostgreSQL derives a generated name
     * @param exclusion    whether it backs an exclusion constraint
     * @param predicate    the WHERE clause as {@code pg_get_expr(indpred, indrelid, true)} gives it, or {@code null}
     */
    public static Index index(String name, String table, boolean unique, String method, List<String> parts,
            int keyParts, List<String> indexColumns, boolean exclusion, String predicate) {
        return IndexQuery.index(name, table, unique, method, parts, keyParts, indexColumns, exclusion, predicate);
    }

    /** A trigger's update event: {@code UPDATE}, or {@code UPDATE OF} its columns ({@code tgattr}), sorted. */
    public static String triggerUpdateEvent(List<String> columns) {
        return TriggerQuery.updateEvent(columns);
    }

    /** A trigger's state from its {@code tgenabled} code: {@code ENABLED}, {@code DISABLED}, {@code REPLICA}, {@code ALWAYS}. */
    public static String triggerState(String code) {
        return TriggerQuery.state(code);
    }

    /**
     * A function's or procedure's body as the model keeps it: a SQL-standard body (PostgreSQL 14+)
     * and the source of a {@code sql} or {@code plpgsql} routine normalised as SQL text, other
     * languages' source as written but for surrounding whitespace.
     *
     * @param language the routine's language
     * @param source   {@code prosrc}
     * @param sqlBody  {@code pg_get_function_sqlbody}, or {@code null} when the routine has none
     */
    public static String routineBody(String language, String source, String sqlBody) {
        return RoutineQuery.body(language, source, sqlBody);
    }

    /**
     * A routine.
     *
     * @param name            the routine
     * @param kind            {@code FUNCTION}, {@code PROCEDURE}, {@code AGGREGATE} or {@code WINDOW}
     * @param argumentTypes   the identifying argument types, each as {@code format_type} gives it
     * @param arguments       the argument list as {@code pg_get_function_arguments} gives it
     * @param result          the result as {@code pg_get_function_result} gives it; {@code null} for a procedure
     * @param language        the language
     * @param body            the body as the model keeps it ({@link #routineBody})
     * @param volatilityCode  {@code provolatile}: {@code i}, {@code s} or {@code v}
     * @param strict          whether it returns null on null input
     * @param securityDefiner whether it runs as its owner
     * @param comment         the comment, or {@code null}
     */
    public static Routine routine(String name, String kind, List<String> argumentTypes, String arguments,
            String result, String language, String body, String volatilityCode, boolean strict,
            boolean securityDefiner, String comment) {
        return RoutineQuery.routine(name, kind, argumentTypes, arguments, result, language, body, volatilityCode,
                strict, securityDefiner, comment);
    }
}
