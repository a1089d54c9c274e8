package io.github.schemaparity.capture.crawler;

import io.github.schemaparity.database.postgres.PgCatalogQueries;
import io.github.schemaparity.database.postgres.PgGeneratedNames;
import io.github.schemaparity.database.postgres.PgTypeNames;
import io.github.schemaparity.database.postgres.SqlText;
import io.github.schemaparity.database.postgres.TriggerDefinition;
import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.PrimaryKey;
import io.github.schemaparity.model.RowPolicy;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.Sequence;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.TableKind;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.UniqueConstraint;
import io.github.schemaparity.model.View;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import schemacrawler.schema.ColumnReference;
import schemacrawler.schema.ConditionTimingType;
import schemacrawler.schema.EventManipulationType;
import schemacrawler.schema.ForeignKeyDeferrability;
import schemacrawler.schema.ForeignKeyUpdateRule;
import schemacrawler.schema.Grant;
import schemacrawler.schema.Privilege;
import schemacrawler.schema.RoutineType;
import schemacrawler.schema.TableConstraint;
import schemacrawler.schema.TableConstraintColumn;
import schemacrawler.schema.TableConstraintType;

/**
 * Turns the objects of one SchemaCrawler catalog into model records, normalised with the same
 * {@code database.postgres} normalisers as {@code PgCatalogReader}. Which value comes from
 * SchemaCrawler's own fields and which from an attribute of {@link PgCatalogViews} is said at each
 * method.
 */
final class CrawledModel {
    private CrawledModel() {
    }

    // ---- tables -------------------------------------------------------------------------------

    /**
     * A table. From SchemaCrawler: name, type (table or partitioned table), comment, columns, primary
     * key, foreign keys, unique and check constraints (the set, names, unique columns, deferrability),
     * indexes (the set, names, uniqueness), triggers (the set, timing, level, events). From attributes:
     * the options (persistence, row security, storage parameters, partitioning).
     */
    static Table table(schemacrawler.schema.Table table, List<RowPolicy> policies, boolean privileges) {
        TableKind kind = "partitioned table".equalsIgnoreCase(table.getTableType().getTableType())
                ? TableKind.PARTITIONED : TableKind.TABLE;
        List<Column> columns = columns(table);
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (TableConstraint constraint : table.getTableConstraints()) {
            if (constraint instanceof schemacrawler.schema.ForeignKey foreignKey) {
                // pgjdbc also lists the hidden per-partition clones of a key that references a
                // partitioned table. PgCatalogViews' constraint queries leave them out, so they are
                // the keys SchemaCrawler found no pg_catalog row (and no attribute) for.
                if (foreignKey.hasAttribute(PgCatalogViews.CONSTRAINT_VALIDATED)) {
                    foreignKeys.add(foreignKey(table, foreignKey));
                }
            } else if (constraint.getType() == TableConstraintType.unique) {
                uniques.add(unique(table, constraint));
            } else if (constraint.getType() == TableConstraintType.check) {
                checks.add(check(table, constraint));
            }
        }
        return new Table(table.getName(), kind, remarks(table), columns, primaryKey(table), foreignKeys, uniques,
                checks, indexes(table), triggers(table), policies, options(table),
                privileges ? privileges(table) : List.of());
    }

    /**
     * Columns: name, order, nullability (but see below), default or generation expression and comment
     * from SchemaCrawler (pgjdbc's column metadata); the type from the {@code format_type} attribute, since
     * pgjdbc reports {@code serial} for an integer with a sequence default, enum and domain types
     * without their schema and arrays without their element's length; identity kind and collation
     * from attributes (SchemaCrawler only knows "auto-incremented"); and the column's own NOT NULL
     * from an attribute where its type is a NOT NULL domain, which pgjdbc reports as not nullable.
     */
    static List<Column> columns(schemacrawler.schema.Table table) {
        List<schemacrawler.schema.Column> crawled = new ArrayList<>(table.getColumns());
        crawled.sort(Comparator.comparingInt(schemacrawler.schema.Column::getOrdinalPosition));
        List<Column> columns = new ArrayList<>(crawled.size());
        int position = 1;
        for (schemacrawler.schema.Column column : crawled) {
            String generatedKind = attribute(column, PgCatalogViews.GENERATED);
            // pgjdbc folds a domain's NOT NULL into the column's nullability; the model keeps the
            // column's own (the domain's is the domain's), so SchemaCrawler's "not nullable" is
            // overruled where the column itself has no NOT NULL.
            boolean nullable = column.isNullable()
                    || !booleanAttribute(column, PgCatalogViews.COLUMN_NOT_NULL, true);
            columns.add(PgCatalogQueries.column(column.getName(), position++,
                    attribute(column, PgCatalogViews.FORMATTED_TYPE), nullable, column.getDefaultValue(),
                    column.isGenerated() || generatedKind != null, "v".equals(generatedKind),
                    attribute(column, PgCatalogViews.IDENTITY), attribute(column, PgCatalogViews.COLLATION),
                    remarks(column)));
        }
        return columns;
    }

    /** Entirely from SchemaCrawler (JDBC primary key metadata). */
    static PrimaryKey primaryKey(schemacrawler.schema.Table table) {
        schemacrawler.schema.PrimaryKey key = table.getPrimaryKey();
        if (key == null) {
            return null;
        }
        return new PrimaryKey(key.getName(), PgGeneratedNames.isGenerated(key.getName(), table.getName(), List.of(), "pkey"),
                constrainedColumns(key));
    }

    /**
     * From SchemaCrawler (JDBC imported keys): name, columns, referenced table and columns, ON DELETE,
     * ON UPDATE, deferrability. From an attribute: NOT VALID, which JDBC metadata does not carry.
     */
    static ForeignKey foreignKey(schemacrawler.schema.Table table, schemacrawler.schema.ForeignKey key) {
        List<ColumnReference> references = new ArrayList<>(key.getColumnReferences());
        references.sort(Comparator.comparingInt(ColumnReference::getKeySequence));
        List<String> columns = references.stream().map(r -> r.getForeignKeyColumn().getName()).toList();
        List<String> referencedColumns = references.stream().map(r -> r.getPrimaryKeyColumn().getName()).toList();
        schemacrawler.schema.Table referenced = key.getPrimaryKeyTable();
        ForeignKeyDeferrability deferrability = key.getDeferrability();
        return new ForeignKey(key.getName(), PgGeneratedNames.isGenerated(key.getName(), table.getName(), columns, "fkey"),
                columns, referenced.getSchema().getName() + "." + referenced.getName(), referencedColumns,
                action(key.getDeleteRule()), action(key.getUpdateRule()),
                deferrability != ForeignKeyDeferrability.keyNotDeferrable,
                deferrability == ForeignKeyDeferrability.initiallyDeferred,
                booleanAttribute(key, PgCatalogViews.CONSTRAINT_VALIDATED, true),
                attribute(key, PgCatalogViews.CONSTRAINT_MATCH));
    }

    private static String action(ForeignKeyUpdateRule rule) {
        return switch (rule) {
            case noAction -> "NO ACTION";
            case restrict -> "RESTRICT";
            case cascade -> "CASCADE";
            case setNull -> "SET NULL";
            case setDefault -> "SET DEFAULT";
            default -> throw new IllegalStateException("SchemaCrawler reported an unknown foreign key rule " + rule);
        };
    }

    /**
     * From SchemaCrawler: name, columns in key order, deferrability. From attributes: NULLS NOT
     * DISTINCT and the backing index's column names, which decide whether the name is generated.
     */
    static UniqueConstraint unique(schemacrawler.schema.Table table, TableConstraint constraint) {
        return new UniqueConstraint(constraint.getName(),
                PgGeneratedNames.isGenerated(constraint.getName(), table.getName(),
                        listAttribute(constraint, PgCatalogViews.INDEX_COLUMNS), "key"),
                constrainedColumns(constraint), booleanAttribute(constraint, PgCatalogViews.NULLS_NOT_DISTINCT, false),
                constraint.isDeferrable());
    }

    /**
     * From SchemaCrawler: the name. The expression from the {@code pg_get_constraintdef} attribute: the
     * plugin's own check text comes from {@code information_schema}, whose parenthesisation differs
     * between PostgreSQL 14 and 17 and which a non-owner cannot read at all.
     */
    static CheckConstraint check(schemacrawler.schema.Table table, TableConstraint constraint) {
        List<String> columns = listAttribute(constraint, PgCatalogViews.CONSTRAINT_COLUMNS);
        return new CheckConstraint(constraint.getName(),
                PgGeneratedNames.isGenerated(constraint.getName(), table.getName(),
                        columns.size() == 1 ? columns : List.of(), "check"),
                PgCatalogQueries.checkExpression(attribute(constraint, PgCatalogViews.CONSTRAINT_DEFINITION)),
                booleanAttribute(constraint, PgCatalogViews.CONSTRAINT_VALIDATED, true));
    }

    private static List<String> constrainedColumns(TableConstraint constraint) {
        List<TableConstraintColumn> columns = new ArrayList<>(constraint.getConstrainedColumns());
        columns.sort(Comparator.comparingInt(TableConstraintColumn::getTableConstraintOrdinalPosition));
        return columns.stream().map(TableConstraintColumn::getName).toList();
    }

    /**
     * From SchemaCrawler: the set of indexes, names, uniqueness. From attributes: the key parts and
     * INCLUDE columns as {@code pg_get_indexdef(oid, n, true)} prints them (pgjdbc gives expressions
     * only in the non-pretty form and no NULLS order or operator class), method, predicate, and
     * whether the index backs a primary key or unique constraint (then the constraint stands for it).
     */
    static List<Index> indexes(schemacrawler.schema.Table table) {
        List<Index> indexes = new ArrayList<>();
        for (schemacrawler.schema.Index index : table.getIndexes()) {
            if (booleanAttribute(index, PgCatalogViews.INDEX_BACKS_CONSTRAINT, false)) {
                continue;
            }
            indexes.add(PgCatalogQueries.withValidity(PgCatalogQueries.index(index.getName(), table.getName(),
                    index.isUnique(), attribute(index, PgCatalogViews.INDEX_METHOD),
                    listAttribute(index, PgCatalogViews.INDEX_PARTS),
                    Integer.parseInt(attribute(index, PgCatalogViews.INDEX_KEY_COUNT)),
                    listAttribute(index, PgCatalogViews.INDEX_COLUMNS),
                    booleanAttribute(index, PgCatalogViews.INDEX_EXCLUSION, false),
                    attribute(index, PgCatalogViews.INDEX_PREDICATE)),
                    booleanAttribute(index, PgCatalogViews.INDEX_VALID, true)));
        }
        return indexes;
    }

    /**
     * From SchemaCrawler: the set of triggers, names, timing, row or statement level, the INSERT,
     * UPDATE and DELETE events, and the action statement (which {@link PgCatalogViews} fills with
     * {@code pg_get_triggerdef}, parsed here for the function call and WHEN condition). From
     * attributes: TRUNCATE and the columns of UPDATE OF (SchemaCrawler has no place for either), and
     * whether the trigger is enabled.
     */
    static List<Trigger> triggers(schemacrawler.schema.Table table) {
        List<Trigger> triggers = new ArrayList<>();
        for (schemacrawler.schema.Trigger trigger : table.getTriggers()) {
            TriggerDefinition definition = TriggerDefinition.parse(trigger.getActionStatement());
            List<String> events = new ArrayList<>();
            for (EventManipulationType event : trigger.getEventManipulationTypes()) {
                switch (event) {
                    case insert -> events.add("INSERT");
                    case delete -> events.add("DELETE");
                    case update -> events.add(PgCatalogQueries.triggerUpdateEvent(
                            listAttribute(trigger, PgCatalogViews.TRIGGER_UPDATE_COLUMNS)));
                    default -> {
                        // "unknown": the event list was empty, i.e. a TRUNCATE-only trigger.
                    }
                }
            }
            if (booleanAttribute(trigger, PgCatalogViews.TRIGGER_TRUNCATE, false)) {
                events.add("TRUNCATE");
            }
            triggers.add(new Trigger(trigger.getName(), timing(trigger.getConditionTiming()), events,
                    trigger.getActionOrientation().name().toUpperCase(java.util.Locale.ROOT),
                    definition.function(), definition.condition(),
                    PgCatalogQueries.triggerState(attribute(trigger, PgCatalogViews.TRIGGER_ENABLED))));
        }
        return triggers;
    }

    private static String timing(ConditionTimingType timing) {
        return switch (timing) {
            case before -> "BEFORE";
            case after -> "AFTER";
            case instead_of -> "INSTEAD OF";
            default -> throw new IllegalStateException("SchemaCrawler reported an unknown trigger timing");
        };
    }

    /** Table options, all from the {@code ADDITIONAL_TABLE_ATTRIBUTES} attributes: JDBC has none of them. */
    static SortedMap<String, String> options(schemacrawler.schema.Table table) {
        SortedMap<String, String> options = new TreeMap<>();
        boolean isTable = !table.getTableType().isView();
        if (isTable) {
            if ("u".equals(attribute(table, PgCatalogViews.PERSISTENCE))) {
                options.put("persistence", "unlogged");
            }
            if (booleanAttribute(table, PgCatalogViews.ROW_SECURITY, false)) {
                options.put("rowSecurity", "enabled");
            }
            if (booleanAttribute(table, PgCatalogViews.FORCE_ROW_SECURITY, false)) {
                options.put("forceRowSecurity", "enabled");
            }
            putIfPresent(options, "partitionKey", attribute(table, PgCatalogViews.PARTITION_KEY));
            putIfPresent(options, "partitionOf", attribute(table, PgCatalogViews.PARTITION_OF));
            putIfPresent(options, "partitionBound", SqlText.foldWhitespace(attribute(table, PgCatalogViews.PARTITION_BOUND)));
        }
        for (String option : listAttribute(table, PgCatalogViews.RELOPTIONS)) {
            int equals = option.indexOf('=');
            if (equals > 0) {
                options.put("storage." + option.substring(0, equals), option.substring(equals + 1));
            }
        }
        return options;
    }

    private static void putIfPresent(Map<String, String> options, String key, String value) {
        if (value != null) {
            options.put(key, value);
        }
    }

    /**
     * From SchemaCrawler (JDBC table privileges): grantee, privilege, grant option. The owner's own
     * grants are left out (owner name from an attribute), as the model keeps only what was granted.
     */
    static List<String> privileges(schemacrawler.schema.Table table) {
        String owner = attribute(table, PgCatalogViews.OWNER);
        List<String> privileges = new ArrayList<>();
        for (Privilege<schemacrawler.schema.Table> privilege : table.getPrivileges()) {
            for (Grant<schemacrawler.schema.Table> grant : privilege.getGrants()) {
                String grantee = grant.getGrantee();
                if (grantee.equals(owner)) {
                    continue;
                }
                privileges.add(("PUBLIC".equalsIgnoreCase(grantee) ? "public" : grantee) + ":"
                        + privilege.getName().toUpperCase(java.util.Locale.ROOT)
                        + (grant.isGrantable() ? ":grantable" : ""));
            }
        }
        return privileges;
    }

    // ---- views, sequences, routines -----------------------------------------------------------

    /**
     * From SchemaCrawler: name, materialized or not (its table type), the definition (which
     * {@link PgCatalogViews} fills with {@code pg_get_viewdef}: the plugin's {@code information_schema}
     * text is empty for a non-owner and for every materialized view), comment, indexes.
     */
    static View view(schemacrawler.schema.Table view, boolean privileges) {
        boolean materialized = "materialized view".equalsIgnoreCase(view.getTableType().getTableType());
        return new View(view.getName(), materialized, SqlText.normalize(view.getDefinition()), remarks(view),
                materialized ? indexes(view) : List.of(), privileges ? privileges(view) : List.of());
    }

    /**
     * From SchemaCrawler: name, start, increment, minimum, maximum, cycle (which {@link PgCatalogViews}
     * fills from {@code pg_sequence}: the plugin's query has no start value and shows a non-owner
     * nothing). From attributes: data type, cache and owning column, for which SchemaCrawler has no field.
     */
    static Sequence sequence(schemacrawler.schema.Sequence sequence) {
        return new Sequence(sequence.getName(), PgTypeNames.normalize(attribute(sequence, PgCatalogViews.SEQUENCE_TYPE)),
                sequence.getStartValue().longValueExact(), sequence.getIncrement(),
                sequence.getMinimumValue().longValueExact(), sequence.getMaximumValue().longValueExact(),
                Long.parseLong(attribute(sequence, PgCatalogViews.SEQUENCE_CACHE)), sequence.isCycle(),
                attribute(sequence, PgCatalogViews.SEQUENCE_OWNED_BY));
    }

    /**
     * From SchemaCrawler: name, function or procedure, comment, and the source text (which
     * {@link PgCatalogViews} fills with {@code prosrc}: the plugin's {@code information_schema} text is
     * empty for a non-owner). From attributes: the window kind, the identifying argument
     * types, argument list and result as the server prints them (pgjdbc's parameter types drop
     * schemas and length modifiers), language, volatility, strictness, security definer, and the body
     * of a SQL-standard routine ({@code BEGIN ATOMIC}), which has no source text.
     */
    static Routine routine(schemacrawler.schema.Routine routine) {
        String kind = switch (attribute(routine, PgCatalogViews.ROUTINE_KIND)) {
            case "w" -> "WINDOW";
            default -> routine.getRoutineType() == RoutineType.procedure ? "PROCEDURE" : "FUNCTION";
        };
        String language = attribute(routine, PgCatalogViews.ROUTINE_LANGUAGE);
        return PgCatalogQueries.routine(routine.getName(), kind,
                listAttribute(routine, PgCatalogViews.ROUTINE_INPUT_TYPES),
                attribute(routine, PgCatalogViews.ROUTINE_ARGUMENTS), attribute(routine, PgCatalogViews.ROUTINE_RESULT),
                language, PgCatalogQueries.routineBody(language, routine.getDefinition(),
                        attribute(routine, PgCatalogViews.ROUTINE_SQL_BODY)),
                attribute(routine, PgCatalogViews.ROUTINE_VOLATILITY),
                booleanAttribute(routine, PgCatalogViews.ROUTINE_STRICT, false),
                booleanAttribute(routine, PgCatalogViews.ROUTINE_SECURITY_DEFINER, false), remarks(routine))
                .withSettings(listAttribute(routine, PgCatalogViews.ROUTINE_CONFIG));
    }

    // ---- attributes ---------------------------------------------------------------------------

    /** SchemaCrawler's remarks, {@code null} for none (it reports "no comment" as an empty string). */
    static String remarks(schemacrawler.schema.DescribedObject object) {
        String remarks = object.getRemarks();
        return remarks == null || remarks.isEmpty() ? null : remarks;
    }

    static String attribute(schemacrawler.schema.AttributedObject object, String name) {
        Object value = object.getAttributes().get(name);
        return value == null ? null : value.toString();
    }

    static boolean booleanAttribute(schemacrawler.schema.AttributedObject object, String name, boolean absent) {
        Object value = object.getAttributes().get(name);
        if (value == null) {
            return absent;
        }
        return value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString()) || "t".equals(value.toString());
    }

    static List<String> listAttribute(schemacrawler.schema.AttributedObject object, String name) {
        String value = attribute(object, name);
        return value == null || value.isEmpty() ? List.of()
                : Arrays.asList(value.split(PgCatalogViews.LIST_SEPARATOR, -1));
    }
}
