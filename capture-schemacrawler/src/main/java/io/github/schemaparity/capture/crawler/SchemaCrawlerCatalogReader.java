package io.github.schemaparity.capture.crawler;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.capture.CatalogReader;
import io.github.schemaparity.database.postgres.PgCatalogQueries;
import io.github.schemaparity.database.postgres.PgCatalogReader;
import io.github.schemaparity.database.postgres.SessionSettings;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.RowPolicy;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Sequence;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.View;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import schemacrawler.schemacrawler.InformationSchemaViewsBuilder;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.MetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevel;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.schemacrawler.SchemaInfoMetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.schemacrawler.SchemaRetrievalOptionsBuilder;
import schemacrawler.tools.options.Config;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * Captures a PostgreSQL catalog through SchemaCrawler 16 and its PostgreSQL plugin, into the same
 * model, normalised by the same {@code database.postgres} normalisers, as
 * {@link io.github.schemaparity.database.postgres.PgCatalogReader}. It is the reference the fast reader
 * is proven against ({@code SchemaCrawlerEquivalenceTest}), not the default path: SchemaCrawler's
 * crawl reads columns, keys and indexes through JDBC metadata table by table and is an order of
 * magnitude slower on large schemas.
 *
 * <p>What comes from where:
 * <ul>
 *   <li><b>SchemaCrawler's crawl</b>: which schemas, tables, partitioned tables, views, materialized
 *       views, functions and procedures exist; table, view, column and routine comments; column
 *       names, order, nullability, default and generation expressions; primary keys; foreign keys
 *       with their columns, referenced table and columns, ON DELETE/ON UPDATE rules and
 *       deferrability; index names and uniqueness; granted table privileges; the server version.
 *       With {@link Retrieval#JDBC_METADATA} (the default) SchemaCrawler reads columns, keys and
 *       indexes through pgjdbc's {@link java.sql.DatabaseMetaData}; with
 *       {@link Retrieval#DATA_DICTIONARY}, through set-based SQL of this package in the same shapes.</li>
 *   <li><b>SchemaCrawler's information-schema retrievals, given {@code pg_catalog} SQL instead of the
 *       plugin's ({@link PgCatalogViews})</b>: unique and check constraints (names, unique columns,
 *       deferrability), view definitions, routine source, sequences (start, increment, bounds, cycle),
 *       triggers (timing, level, events, deparsed definition). The plugin's own SQL reads
 *       {@code information_schema}, which hides all of these from a role that does not own them, and
 *       is wrong in places (unique constraints never deferrable, a fake check per NOT NULL column, no
 *       materialized view text). SchemaCrawler still decides which of these objects exist for which
 *       table and fills its own fields from them.</li>
 *   <li><b>Attributes those same queries attach</b>, for values SchemaCrawler's model has no field
 *       for or that pgjdbc reports in a form that cannot be normalised to the server's own: column
 *       types ({@code format_type}: pgjdbc says {@code serial} for an integer with a sequence
 *       default, names enum and domain types without their schema and arrays without their
 *       element's length), identity kind, collation; table options (persistence, row security,
 *       storage parameters, partition key, parent and bound); foreign key and check validity (NOT
 *       VALID); check expressions; NULLS NOT DISTINCT; index method, key parts (pretty-printed
 *       expressions, collations, operator classes, NULLS order), INCLUDE columns and predicate;
 *       trigger enabled state, TRUNCATE and UPDATE OF columns; routine kind (window), argument types
 *       and list, result, language, volatility, strictness, security definer, SQL-standard bodies;
 *       sequence type, cache and owning column.</li>
 *   <li><b>{@code PgCatalogReader}'s own queries ({@link PgCatalogQueries}, through
 *       {@link PgObjectsOutsideCrawler})</b>, for what SchemaCrawler's catalog does not hold: schema
 *       comments, which schemas an extension created (left out) and whether a requested schema
 *       exists (the same error as {@code PgCatalogReader}'s), enum types, domains, aggregates
 *       (pgjdbc's function metadata leaves them out), extensions and row-level security policies.</li>
 * </ul>
 *
 * <p>Values from SchemaCrawler and attributes are turned into model values by the same rules as
 * {@code PgCatalogReader}'s ({@link PgCatalogQueries}, {@code PgTypeNames}, {@code SqlText} and the
 * other normalisers of {@code database.postgres}).
 *
 * <p>Two of SchemaCrawler's own values are corrected: pgjdbc folds a NOT NULL domain into the
 * column's nullability (the model keeps the column's own NOT NULL), and it lists the hidden
 * per-partition clones of a foreign key that references a partitioned table (dropped). No attribute
 * is left out of the equivalence with {@code PgCatalogReader}: every value of the model is produced
 * identically.
 *
 * <p>Objects an extension created are left out, as {@code PgCatalogReader} leaves them out. The session
 * settings that change deparsed text are pinned for the crawl by {@code PgCatalogReader}'s own
 * {@link SessionSettings}. Any warning SchemaCrawler logs during the crawl (it logs a failed query
 * and carries on without that part) fails the capture.
 */
public final class SchemaCrawlerCatalogReader implements CatalogReader {
    /** How SchemaCrawler reads columns, primary keys, foreign keys and indexes. */
    public enum Retrieval {
        /**
         * Through pgjdbc's {@link java.sql.DatabaseMetaData}, several calls per table: slow on large
         * schemas (12 to 23 s for 1,000 tables, against 0.2 to 0.6 s for {@code PgCatalogReader}),
         * but independent of this project's SQL, which is what makes it a proof of the fast reader.
         */
        JDBC_METADATA,
        /**
         * SchemaCrawler's {@code data_dictionary_all} strategy with one set-based {@code pg_catalog}
         * query per kind ({@link PgCatalogViews#dataDictionaryQueries()}): about twice as fast (5 to
         * 9 s for 1,000 tables, most of it SchemaCrawler's foreign-key ordering of tables, which
         * cannot be switched off), but then columns and keys come from this project's SQL too.
         */
        DATA_DICTIONARY
    }

    private final Retrieval retrieval;

    /** Reads columns, keys and indexes through JDBC metadata ({@link Retrieval#JDBC_METADATA}). */
    public SchemaCrawlerCatalogReader() {
        this(Retrieval.JDBC_METADATA);
    }

    /**
     * @param retrieval how SchemaCrawler reads columns, keys and indexes
     */
    public SchemaCrawlerCatalogReader(Retrieval retrieval) {
        this.retrieval = java.util.Objects.requireNonNull(retrieval, "retrieval");
    }

    @Override
    public Catalog read(Connection connection, CaptureOptions options) throws SQLException {
        // before pinning: the settings are the server's defaults, not what this session pins
        List<io.github.schemaparity.model.Setting> settings = PgCatalogQueries.settings(connection);
        try (SessionSettings pinned = SessionSettings.pin(connection); CrawlLog log = CrawlLog.capture()) {
            int serverVersion = PgCatalogQueries.serverVersionNumber(pinned.connection());
            DatabaseConnectionSource source = DatabaseConnectionSources.fromConnection(connection);
            schemacrawler.schema.Catalog crawled = SchemaCrawlerUtility.getCatalog(source,
                    retrievalOptions(source, connection, serverVersion, retrieval), crawlOptions(options),
                    new Config());
            String warning = log.firstWarning();
            if (warning != null) {
                throw new SQLException("SchemaCrawler could not read the whole catalog: " + warning, log.firstCause());
            }
            return assemble(connection, crawled, options, serverVersion, settings);
        }
    }

    /**
     * The plugin's options with {@link PgCatalogViews}' SQL in place of its own. Copying options
     * drops the table types the server reports, so they are read again from the connection (else
     * partitioned tables and materialized views are not crawled). The plugin's enum helper is not
     * carried over: it runs one query per enum column type, and enums come from
     * {@link PgObjectsOutsideCrawler}.
     */
    private static SchemaRetrievalOptions retrievalOptions(DatabaseConnectionSource source, Connection connection,
            int serverVersion, Retrieval retrieval) {
        SchemaRetrievalOptions plugin = SchemaCrawlerUtility.matchSchemaRetrievalOptions(source);
        InformationSchemaViewsBuilder views = InformationSchemaViewsBuilder.builder(plugin.getInformationSchemaViews());
        PgCatalogViews.queries(serverVersion).forEach(views::withSql);
        SchemaRetrievalOptionsBuilder builder = SchemaRetrievalOptionsBuilder.builder(plugin).fromConnnection(connection);
        if (retrieval == Retrieval.DATA_DICTIONARY) {
            PgCatalogViews.dataDictionaryQueries().forEach(views::withSql);
            for (SchemaInfoMetadataRetrievalStrategy strategy : List.of(
                    SchemaInfoMetadataRetrievalStrategy.tableColumnsRetrievalStrategy,
                    SchemaInfoMetadataRetrievalStrategy.primaryKeysRetrievalStrategy,
                    SchemaInfoMetadataRetrievalStrategy.foreignKeysRetrievalStrategy,
                    SchemaInfoMetadataRetrievalStrategy.indexesRetrievalStrategy)) {
                builder.with(strategy, MetadataRetrievalStrategy.data_dictionary_all);
            }
        }
        return builder.withInformationSchemaViews(views.toOptions()).toOptions();
    }

    /** Asks only for what the model uses: no row counts, no column privileges, no server properties. */
    private static SchemaCrawlerOptions crawlOptions(CaptureOptions options) {
        LimitOptionsBuilder limits = LimitOptionsBuilder.builder()
                .tableTypes("TABLE", "PARTITIONED TABLE", "VIEW", "MATERIALIZED VIEW")
                .includeAllRoutines()
                .includeAllSequences();
        limits.includeSchemas(new SchemaRule(options.schemas()));
        SchemaInfoLevel level = SchemaInfoLevelBuilder.builder()
                .withTag("schemaparity")
                .setRetrieveDatabaseInfo(true)
                .setRetrieveTables(true)
                .setRetrieveTableColumns(true)
                .setRetrieveAdditionalTableAttributes(true)
                .setRetrieveAdditionalColumnAttributes(true)
                .setRetrievePrimaryKeys(true)
                .setRetrieveForeignKeys(true)
                .setRetrieveIndexes(true)
                .setRetrieveIndexInformation(true)
                .setRetrieveTableConstraints(true)
                .setRetrieveTableConstraintInformation(true)
                .setRetrieveViewInformation(true)
                .setRetrieveTriggerInformation(true)
                .setRetrieveRoutines(true)
                .setRetrieveRoutineInformation(true)
                .setRetrieveSequenceInformation(true)
                .setRetrieveTablePrivileges(options.privileges())
                .toOptions();
        return SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                .withLimitOptions(limits.toOptions())
                .withLoadOptions(LoadOptionsBuilder.builder().withSchemaInfoLevel(level).toOptions());
    }

    /**
     * The crawled schemas that are not an extension's, with what SchemaCrawler cannot give. A
     * requested schema that does not exist fails as {@code PgCatalogReader} fails it.
     */
    private static Catalog assemble(Connection connection, schemacrawler.schema.Catalog crawled,
            CaptureOptions options, int serverVersion, List<io.github.schemaparity.model.Setting> settings)
            throws SQLException {
        Map<String, String> comments = PgCatalogQueries.schemas(connection, options.schemas());
        Map<String, schemacrawler.schema.Schema> bySchema = new TreeMap<>();
        for (schemacrawler.schema.Schema schema : crawled.getSchemas()) {
            if (comments.containsKey(schema.getName())) {
                bySchema.put(schema.getName(), schema);
            }
        }
        for (String name : comments.keySet()) {
            if (!bySchema.containsKey(name)) {
                throw new SQLException("SchemaCrawler did not crawl schema '" + name + "', which exists");
            }
        }
        PgObjectsOutsideCrawler outside = PgObjectsOutsideCrawler.read(connection, List.copyOf(bySchema.keySet()),
                serverVersion);
        List<Schema> schemas = new ArrayList<>();
        bySchema.forEach((name, schema) -> schemas.add(schema(crawled, schema, comments.get(name), outside,
                options.privileges())));
        List<String> captured = List.copyOf(bySchema.keySet());
        // the kinds SchemaCrawler has no place for, read by the fast reader's queries
        List<Schema> complete = PgCatalogQueries.withSchemaKinds(connection, schemas);
        return PgCatalogQueries.withDatabaseKinds(connection, new Catalog(Engine.POSTGRESQL,
                PgCatalogReader.serverVersion(crawled.getDatabaseInfo().getProductVersion()),
                PgCatalogQueries.withInheritance(connection, complete),
                outside.extensions(), settings)
                .withLedger(PgCatalogQueries.databaseSettings(connection, options.privileges()),
                        PgCatalogQueries.notCompared(connection, captured, options.privileges()),
                        // foreign tables and servers, and column grants, are in its ledger instead
                        io.github.schemaparity.model.Coverage.POSTGRESQL.stream()
                                .filter(c -> !c.equals(io.github.schemaparity.model.Coverage.FOREIGN_TABLES)
                                        && !c.equals(io.github.schemaparity.model.Coverage.COLUMN_PRIVILEGES))
                                .toList()));
    }

    private static Schema schema(schemacrawler.schema.Catalog crawled, schemacrawler.schema.Schema schema,
            String comment, PgObjectsOutsideCrawler outside, boolean privileges) {
        String name = schema.getName();
        Map<String, List<RowPolicy>> policies = outside.policies().getOrDefault(name, Map.of());
        List<Table> tables = new ArrayList<>();
        List<View> views = new ArrayList<>();
        for (schemacrawler.schema.Table table : crawled.getTables(schema)) {
            if (CrawledModel.booleanAttribute(table, PgCatalogViews.EXTENSION_MEMBER, false)) {
                continue;
            }
            if (table.getTableType().isView()) {
                views.add(CrawledModel.view(table, privileges));
            } else {
                tables.add(CrawledModel.table(table, policies.getOrDefault(table.getName(), List.of()), privileges));
            }
        }
        List<Sequence> sequences = crawled.getSequences(schema).stream().map(CrawledModel::sequence).toList();
        List<Routine> routines = new ArrayList<>(outside.aggregates().getOrDefault(name, List.of()));
        crawled.getRoutines(schema).stream()
                .filter(r -> !CrawledModel.booleanAttribute(r, PgCatalogViews.EXTENSION_MEMBER, false))
                .map(CrawledModel::routine).forEach(routines::add);
        return new Schema(name, comment, tables, views, sequences, routines,
                outside.types().enums().getOrDefault(name, List.of()),
                outside.types().domains().getOrDefault(name, List.of()), List.of(),
                outside.userTypes().composites().getOrDefault(name, List.of()),
                outside.userTypes().ranges().getOrDefault(name, List.of()), List.of(), List.of(), List.of());
    }
}
