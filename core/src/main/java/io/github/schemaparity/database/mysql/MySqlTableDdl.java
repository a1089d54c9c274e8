package io.github.schemaparity.database.mysql;

import static io.github.schemaparity.database.mysql.MySqlNames.charset;
import static io.github.schemaparity.database.mysql.MySqlNames.ident;
import static io.github.schemaparity.database.mysql.MySqlNames.keyParts;
import static io.github.schemaparity.database.mysql.MySqlNames.literal;

import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.Fact;
import io.github.schemaparity.fix.CatalogObjects;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.Step;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * MySQL and MariaDB fix statements for tables and their columns: {@code CREATE TABLE} with everything it
 * holds, table options, and one {@code MODIFY COLUMN} carrying a changed column's whole target definition.
 */
final class MySqlTableDdl {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private final MySqlFixContext ctx;
    private final MySqlKeyDdl keys;

    MySqlTableDdl(MySqlFixContext ctx, MySqlKeyDdl keys) {
        this.ctx = ctx;
        this.keys = keys;
    }

    void table(ObjectChange change, Emitter emit) {
        String table = ctx.name(change.schema(), change.name());
        if (change.missing()) {
            createTable(change.schema(), ctx.target().table(change.schema(), change.name()).orElseThrow(), emit);
            return;
        }
        if (change.unexpected()) {
            emit.destructive(Step.DROP_TABLE, "DROP TABLE " + table);
            return;
        }
        Table have = ctx.current().table(change.schema(), change.name()).orElseThrow();
        if (change.changedAttributes().stream().anyMatch(MySqlPartitions.ATTRIBUTES::contains)) {
            emit.sql(Step.ALTER_TABLE, MySqlPartitions.repartition(table,
                    ctx.target().table(change.schema(), change.name()).orElseThrow()));
        }
        for (Difference d : change.differences()) {
            String value = d.expected();
            if (MySqlPartitions.ATTRIBUTES.contains(d.attribute())) {
                continue;
            }
            switch (d.attribute()) {
                case "engine" -> emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + table + " ENGINE = " + value);
                case "rowFormat" -> emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + table + " ROW_FORMAT = "
                        + (value == null ? "DEFAULT" : value.toUpperCase(Locale.ROOT)));
                case "comment" -> emit.sql(Step.COMMENT, "ALTER TABLE " + table + " COMMENT = "
                        + literal(value == null ? "" : value));
                case "collation" -> {
                    if (value == null) {
                        emit.cannot(Step.ALTER_TABLE, table + " has no collation in the target");
                    } else {
                        // CONVERT rewrites the columns into the collation's character set: lossy when the set changes.
                        boolean charsetChanges = !charset(value).equals(charset(have.options().get("collation")));
                        emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + table + " CONVERT TO CHARACTER SET "
                                + charset(value) + " COLLATE " + value, charsetChanges);
                    }
                }
                default -> emit.cannot(Step.ALTER_TABLE, "table option " + d.attribute() + " of " + table);
            }
        }
    }

    private void createTable(String schema, Table table, Emitter emit) {
        String name = ctx.name(schema, table.name());
        List<String> parts = new ArrayList<>();
        table.columns().forEach(c -> parts.add(columnDefinition(c)));
        if (table.primaryKey() != null) {
            parts.add("PRIMARY KEY (" + keyParts(table.primaryKey().columns()) + ")");
        }
        table.uniques().forEach(u -> parts.add("UNIQUE KEY " + ident(u.name()) + " (" + keyParts(u.columns()) + ")"));
        table.indexes().forEach(i -> parts.add(keys.indexDefinition(i)));
        table.checks().forEach(c -> parts.add("CONSTRAINT " + ident(c.name()) + " CHECK (" + c.expression() + ")"));
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(name).append(" (")
                .append(parts.stream().map(p -> "\n    " + p).collect(Collectors.joining(","))).append("\n)");
        if (table.options().containsKey("engine")) {
            sql.append(" ENGINE = ").append(table.options().get("engine"));
        }
        if (table.options().containsKey("rowFormat")) {
            sql.append(" ROW_FORMAT = ").append(table.options().get("rowFormat").toUpperCase(Locale.ROOT));
        }
        if (table.options().containsKey("collation")) {
            String collation = table.options().get("collation");
            sql.append(" DEFAULT CHARSET = ").append(charset(collation)).append(" COLLATE = ").append(collation);
        }
        if (table.comment() != null) {
            sql.append(" COMMENT = ").append(literal(table.comment()));
        }
        sql.append(MySqlPartitions.clause(table));
        emit.sql(Step.CREATE_TABLE, sql.toString());
        table.foreignKeys().forEach(k -> emit.sql(Step.ADD_FOREIGN_KEY, keys.foreignKeySql(name, k)));
        table.triggers().forEach(t -> createTrigger(name, t, emit));
    }

    String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(ident(column.name())).append(' ').append(column.type());
        if (column.collation() != null) {
            sql.append(" CHARACTER SET ").append(charset(column.collation())).append(" COLLATE ")
                    .append(column.collation());
        }
        if (column.generated() != null) {
            String generated = column.generated();
            boolean stored = generated.endsWith(" STORED");
            String expression = generated.replaceFirst(" (STORED|VIRTUAL)$", "");
            sql.append(" GENERATED ALWAYS AS (").append(expression).append(stored ? ") STORED" : ") VIRTUAL");
        }
        if (column.generated() == null) {
            sql.append(column.nullable() ? " NULL" : " NOT NULL");
        } else if (!column.nullable() && ctx.spelling().notNullOnGeneratedColumn()) {
            sql.append(" NOT NULL"); // MariaDB takes no NULL clause on a generated column
        }
        if (column.defaultValue() != null) {
            String value = column.defaultValue();
            int onUpdate = value.indexOf("on update ");
            String plain = (onUpdate < 0 ? value : value.substring(0, onUpdate)).strip();
            if (!plain.isEmpty()) {
                sql.append(" DEFAULT ").append(defaultExpression(plain));
            }
            if (onUpdate >= 0) {
                sql.append(" ON UPDATE ").append(value.substring(onUpdate + "on update ".length()).strip());
            }
        }
        if (column.identity() != null) {
            sql.append(" AUTO_INCREMENT");
        }
        if (column.comment() != null) {
            sql.append(" COMMENT ").append(literal(column.comment()));
        }
        return sql.toString();
    }

    /** MySQL wants an expression default in parentheses; MariaDB takes it bare, and both take literals bare. */
    private String defaultExpression(String value) {
        boolean literal = value.startsWith("'") || value.startsWith("b'") || value.startsWith("x'")
                || NUMBER.matcher(value).matches() || value.equalsIgnoreCase("null")
                || value.toLowerCase(Locale.ROOT).startsWith("current_timestamp");
        return literal || !ctx.spelling().parenthesisedExpressionDefaults() ? value : "(" + value + ")";
    }

    void column(ObjectChange change, Emitter emit) {
        String table = ctx.name(change.schema(), change.parent());
        if (change.unexpected()) {
            emit.destructive(Step.DROP_COLUMN, "ALTER TABLE " + table + " DROP COLUMN " + ident(change.name()));
            return;
        }
        Table targetTable = ctx.target().table(change.schema(), change.parent()).orElseThrow();
        Column want = CatalogObjects.find(targetTable.columns(), change.name()).orElseThrow();
        String placement = placement(targetTable, want);
        if (change.missing()) {
            emit.sql(Step.ALTER_COLUMN, "ALTER TABLE " + table + " ADD COLUMN " + columnDefinition(want) + placement);
            return;
        }
        Column have = ctx.current().table(change.schema(), change.parent())
                .flatMap(t -> CatalogObjects.find(t.columns(), change.name())).orElseThrow();
        List<String> changed = change.changedAttributes();
        if (want.generated() != null && have.generated() != null && stored(want) != stored(have)) {
            // The servers cannot turn a virtual column into a stored one in place; its values are derived.
            emit.sql(Step.ALTER_COLUMN, "ALTER TABLE " + table + " DROP COLUMN " + ident(want.name()) + ", ADD COLUMN "
                    + columnDefinition(want) + placement);
            return;
        }
        boolean destructive = (changed.contains("type") && !change.changedHas("type", Fact.TYPE_NARROWED))
                || (changed.contains("nullable") && !want.nullable())
                || (want.generated() != null && have.generated() == null);
        emit.sql(Step.ALTER_COLUMN, "ALTER TABLE " + table + " MODIFY COLUMN " + columnDefinition(want)
                + (changed.contains("position") ? placement : ""), destructive);
    }

    private static boolean stored(Column column) {
        return column.generated().endsWith(" STORED");
    }

    /** {@code AFTER <previous column>} or {@code FIRST}, where the column stands in the ctx.target(). */
    private static String placement(Table table, Column column) {
        Column previous = null;
        for (Column c : table.columns()) {
            if (c.name().equals(column.name())) {
                break;
            }
            previous = c;
        }
        return previous == null ? " FIRST" : " AFTER " + ident(previous.name());
    }

    static void createTrigger(String table, Trigger trigger, Emitter emit) {
        emit.sql(Step.CREATE_TRIGGER, "CREATE TRIGGER " + ident(trigger.name()) + " " + trigger.timing() + " "
                + String.join(" OR ", trigger.events()) + " ON " + table + " FOR EACH " + trigger.level() + "\n"
                + trigger.function());
    }
}
