package io.github.schemaparity.database.postgres;

import static io.github.schemaparity.database.postgres.PgNames.ident;
import static io.github.schemaparity.database.postgres.PgNames.literal;

import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.Step;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.ForeignDataWrapper;
import io.github.schemaparity.model.ForeignServer;
import io.github.schemaparity.model.Table;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * PostgreSQL fix statements for foreign data wrappers ({@code CREATE/ALTER/DROP FOREIGN DATA WRAPPER}, in
 * {@link Step#CREATE_WRAPPER} before the servers on them and {@link Step#DROP_WRAPPER} after those are gone),
 * foreign servers ({@code CREATE/ALTER/DROP SERVER}, in
 * {@link Step#CREATE_SERVER} after the extensions that bring the wrappers, and {@link Step#DROP_SERVER}
 * after the foreign tables using them) and the foreign-table parts of a table: {@code CREATE FOREIGN TABLE},
 * {@code ALTER FOREIGN TABLE ... OPTIONS (SET/ADD/DROP ...)}, also per column. A server's wrapper or type, or
 * a foreign table's server, cannot change in place: a note says so. No user mapping is ever written.
 */
final class PgForeign {
    static final String SERVER = "server";
    static final String OPTION = "foreign.";
    static final String COLUMN_OPTION = "foreign.column.";

    private final PgPlan plan;

    PgForeign(PgPlan plan) {
        this.plan = plan;
    }

    void server(ObjectChange change, Emitter emit) {
        String name = ident(change.name());
        if (change.unexpected()) {
            emit.sql(Step.DROP_SERVER, "DROP SERVER " + name);
            return;
        }
        ForeignServer want = server(plan.target, change.name()).orElseThrow();
        if (change.missing()) {
            StringBuilder sql = new StringBuilder("CREATE SERVER ").append(name);
            if (want.type() != null) {
                sql.append(" TYPE ").append(literal(want.type()));
            }
            if (want.version() != null) {
                sql.append(" VERSION ").append(literal(want.version()));
            }
            sql.append(" FOREIGN DATA WRAPPER ").append(ident(want.wrapper()));
            sql.append(optionsClause(want.options()));
            emit.sql(Step.CREATE_SERVER, sql.toString());
            if (want.comment() != null) {
                emit.sql(Step.COMMENT, comment("SERVER", name, want.comment()));
            }
            return;
        }
        for (Difference d : change.differences()) {
            Emitter one = new Emitter(plan.out, List.of(d));
            String attribute = d.attribute();
            if (attribute.startsWith("option.")) {
                one.sql(Step.CREATE_SERVER, optionChange("ALTER SERVER " + name, d));
            } else if (attribute.equals("version")) {
                one.sql(Step.CREATE_SERVER, "ALTER SERVER " + name + " VERSION " + literal(d.expected()));
            } else if (attribute.equals("comment")) {
                one.sql(Step.COMMENT, comment("SERVER", name, d.expected()));
            } else {
                one.cannot(Step.CREATE_SERVER, "server " + name + " " + attribute + " " + d.actual() + " -> "
                        + d.expected() + " cannot change in place: drop the server (and its foreign tables and user"
                        + " mappings) and create it again");
            }
        }
    }

    void wrapper(ObjectChange change, Emitter emit) {
        String name = ident(change.name());
        if (change.unexpected()) {
            emit.sql(Step.DROP_WRAPPER, "DROP FOREIGN DATA WRAPPER " + name);
            return;
        }
        ForeignDataWrapper want = io.github.schemaparity.fix.CatalogObjects.find(
                plan.target.catalog().foreignDataWrappers(), change.name()).orElseThrow();
        if (change.missing()) {
            StringBuilder sql = new StringBuilder("CREATE FOREIGN DATA WRAPPER ").append(name);
            if (want.handler() != null) {
                sql.append(" HANDLER ").append(want.handler());
            }
            if (want.validator() != null) {
                sql.append(" VALIDATOR ").append(want.validator());
            }
            sql.append(optionsClause(want.options()));
            emit.sql(Step.CREATE_WRAPPER, sql.toString());
            if (want.comment() != null) {
                emit.sql(Step.COMMENT, comment("FOREIGN DATA WRAPPER", name, want.comment()));
            }
            return;
        }
        String alter = "ALTER FOREIGN DATA WRAPPER " + name;
        for (Difference d : change.differences()) {
            Emitter one = new Emitter(plan.out, List.of(d));
            String attribute = d.attribute();
            if (attribute.startsWith("option.")) {
                one.sql(Step.CREATE_WRAPPER, optionChange(alter, d));
            } else if (attribute.equals("handler") || attribute.equals("validator")) {
                String keyword = attribute.toUpperCase(java.util.Locale.ROOT);
                one.sql(Step.CREATE_WRAPPER, alter + (d.expected() == null ? " NO " + keyword
                        : " " + keyword + " " + d.expected()));
            } else {
                one.sql(Step.COMMENT, comment("FOREIGN DATA WRAPPER", name, d.expected()));
            }
        }
    }

    /** {@code  OPTIONS (k 'v', ...)}, or empty for none. */
    private static String optionsClause(java.util.SortedMap<String, String> options) {
        return options.isEmpty() ? "" : " OPTIONS (" + options.entrySet().stream()
                .map(e -> ident(e.getKey()) + " " + literal(e.getValue())).collect(Collectors.joining(", ")) + ")";
    }

    /** {@code <alter> OPTIONS (SET/ADD/DROP ...)} for a CHANGED {@code option.<name>}. */
    private static String optionChange(String alter, Difference d) {
        return alter + " OPTIONS (" + optionAction(d.attribute().substring("option.".length()), d) + ")";
    }

    private static String comment(String kind, String name, String text) {
        return "COMMENT ON " + kind + " " + name + " IS " + literal(text);
    }

    /** {@code CREATE FOREIGN TABLE} for a foreign table of the model. */
    static String createTable(String name, Table table) {
        StringBuilder sql = new StringBuilder("CREATE FOREIGN TABLE ").append(name).append(" (");
        sql.append(table.columns().stream().map(c -> "\n    " + column(table, c)).collect(Collectors.joining(",")));
        sql.append("\n) SERVER ").append(ident(table.options().get(SERVER)));
        String options = table.options().entrySet().stream()
                .filter(e -> e.getKey().startsWith(OPTION) && !e.getKey().startsWith(COLUMN_OPTION))
                .map(e -> ident(e.getKey().substring(OPTION.length())) + " " + literal(e.getValue()))
                .collect(Collectors.joining(", "));
        if (!options.isEmpty()) {
            sql.append(" OPTIONS (").append(options).append(')');
        }
        return sql.toString();
    }

    private static String column(Table table, Column column) {
        String prefix = COLUMN_OPTION + column.name() + ".";
        String options = table.options().entrySet().stream().filter(e -> e.getKey().startsWith(prefix)
                        && e.getKey().indexOf('.', prefix.length()) < 0)
                .map(e -> ident(e.getKey().substring(prefix.length())) + " " + literal(e.getValue()))
                .collect(Collectors.joining(", "));
        String definition = PgTables.columnDefinition(column);
        if (options.isEmpty()) {
            return definition;
        }
        // OPTIONS comes right after the type, before COLLATE and the constraints
        int afterType = (ident(column.name()) + " " + column.type()).length();
        return definition.substring(0, afterType) + " OPTIONS (" + options + ")" + definition.substring(afterType);
    }

    /** Whether a table attribute is one of a foreign table's ({@code server}, {@code foreign.*}). */
    static boolean isForeignAttribute(String attribute) {
        return attribute.equals(SERVER) || attribute.startsWith(OPTION);
    }

    /** The statement resolving one CHANGED foreign-table attribute of {@code table}. */
    static void tableAttribute(String table, Difference d, Emitter one) {
        String attribute = d.attribute();
        if (attribute.equals(SERVER)) {
            one.cannot(Step.ALTER_TABLE, "foreign table " + table + " server " + d.actual() + " -> " + d.expected()
                    + " cannot change in place: drop the foreign table and create it again");
        } else if (attribute.startsWith(COLUMN_OPTION)) {
            String rest = attribute.substring(COLUMN_OPTION.length());
            int dot = rest.lastIndexOf('.');
            one.sql(Step.ALTER_TABLE, "ALTER FOREIGN TABLE " + table + " ALTER COLUMN " + ident(rest.substring(0, dot))
                    + " OPTIONS (" + optionAction(rest.substring(dot + 1), d) + ")");
        } else {
            one.sql(Step.ALTER_TABLE, "ALTER FOREIGN TABLE " + table + " OPTIONS ("
                    + optionAction(attribute.substring(OPTION.length()), d) + ")");
        }
    }

    /** {@code SET k 'v'}, {@code ADD k 'v'} or {@code DROP k}: from the current value to the target's. */
    private static String optionAction(String option, Difference d) {
        if (d.expected() == null) {
            return "DROP " + ident(option);
        }
        return (d.actual() == null ? "ADD " : "SET ") + ident(option) + " " + literal(d.expected());
    }

    private static Optional<ForeignServer> server(io.github.schemaparity.fix.CatalogObjects side, String name) {
        return side.catalog().foreignServers().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
