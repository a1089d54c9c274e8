package io.github.schemaparity.model;

import java.util.List;

/**
 * The parts of the model a catalog was captured with beyond those of the first snapshot format, listed in
 * {@link Catalog#coverage()}. A snapshot written before a part existed lacks its name: that side cannot
 * tell, so the other side's objects of that part are not compared but listed as not compared (a snapshot
 * without index validity would otherwise make every invalid index look like drift).
 */
public final class Coverage {
    /** {@link Catalog#databaseSettings()}. */
    public static final String DATABASE_SETTINGS = "databaseSettings";
    /** Whether an index is valid (PostgreSQL {@code pg_index.indisvalid}). */
    public static final String INDEX_VALIDITY = "indexValidity";
    /** Partitioning of tables on MySQL/MariaDB (table options {@code partitionKey} and {@code partitions}). */
    public static final String MYSQL_PARTITIONING = "mysqlPartitioning";
    /**
     * MySQL/MariaDB {@code SQL SECURITY} of views ({@link View#security()}) and the {@code DEFINER} of views,
     * routines, triggers and events.
     */
    public static final String MYSQL_SECURITY = "mysqlSecurity";
    /** MySQL/MariaDB subpartitions (table option {@code subpartitionKey}, each partition's subpartitions). */
    public static final String MYSQL_SUBPARTITIONS = "mysqlSubpartitions";
    /** MariaDB sequences ({@link Schema#sequences()} on MySQL/MariaDB). */
    public static final String MYSQL_SEQUENCES = "mysqlSequences";
    /** MySQL/MariaDB trigger fire order ({@link Trigger#order()}, {@code ACTION_ORDER}). */
    public static final String TRIGGER_ORDER = "triggerOrder";
    /** {@link Schema#compositeTypes()} (PostgreSQL). */
    public static final String COMPOSITE_TYPES = "compositeTypes";
    /** {@link Schema#rangeTypes()} (PostgreSQL). */
    public static final String RANGE_TYPES = "rangeTypes";
    /**
     * Table inheritance (PostgreSQL table option {@code inherits}); a child then holds only its own columns
     * and CHECK constraints, not those it has from its parents.
     */
    public static final String TABLE_INHERITANCE = "tableInheritance";
    /** Grants on columns among a table's or view's privileges ({@code grantee:PRIVILEGE(column)}). */
    public static final String COLUMN_PRIVILEGES = "columnPrivileges";
    /** {@link Catalog#foreignServers()} and foreign tables ({@link TableKind#FOREIGN}, PostgreSQL). */
    public static final String FOREIGN_TABLES = "foreignTables";
    /** Triggers on views ({@link View#triggers()}, PostgreSQL). */
    public static final String VIEW_TRIGGERS = "viewTriggers";
    /** {@link Catalog#eventTriggers()} (PostgreSQL). */
    public static final String EVENT_TRIGGERS = "eventTriggers";
    /** {@link Schema#statistics()}: extended statistics objects (PostgreSQL). */
    public static final String STATISTICS = "statistics";
    /** {@link Schema#rules()}: rewrite rules (PostgreSQL). */
    public static final String RULES = "rules";
    /** {@link Schema#collations()}: user-defined collations (PostgreSQL). */
    public static final String COLLATIONS = "collations";
    /** {@link Catalog#publications()} (PostgreSQL). */
    public static final String PUBLICATIONS = "publications";
    /** {@link Catalog#foreignDataWrappers()} (PostgreSQL). */
    public static final String FOREIGN_DATA_WRAPPERS = "foreignDataWrappers";
    /** {@link Catalog#notCompared()}: the capture listed what it does not compare. */
    public static final String NOT_COMPARED = "notCompared";

    /** Every part a PostgreSQL capture of this version covers. */
    public static final List<String> POSTGRESQL = List.of(DATABASE_SETTINGS, INDEX_VALIDITY, NOT_COMPARED,
            COMPOSITE_TYPES, RANGE_TYPES, TABLE_INHERITANCE, COLUMN_PRIVILEGES,
            FOREIGN_TABLES, COLLATIONS, EVENT_TRIGGERS, RULES, STATISTICS, VIEW_TRIGGERS,
            PUBLICATIONS, FOREIGN_DATA_WRAPPERS);
    /** Every part a MySQL/MariaDB capture of this version covers. */
    public static final List<String> MYSQL = List.of(MYSQL_PARTITIONING, MYSQL_SECURITY, TRIGGER_ORDER, MYSQL_SEQUENCES,
            MYSQL_SUBPARTITIONS, NOT_COMPARED);

    private Coverage() {
    }
}
