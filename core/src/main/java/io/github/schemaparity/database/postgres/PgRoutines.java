package io.github.schemaparity.database.postgres;

import io.github.schemaparity.fix.CatalogObjects;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.Step;
import static io.github.schemaparity.database.postgres.PgNames.ident;
import static io.github.schemaparity.database.postgres.PgNames.literal;
import static io.github.schemaparity.database.postgres.PgNames.qualified;

import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.RowPolicy;
import io.github.schemaparity.model.Sequence;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.View;
import java.util.List;
import java.util.stream.Collectors;

/** PostgreSQL fix statements for sequences, functions, procedures, triggers and row-level security policies. */
final class PgRoutines {
    private final PgPlan plan;

    PgRoutines(PgPlan plan) {
        this.plan = plan;
    }

    void sequence(ObjectChange change, Emitter emit) {
        String name = qualified(change.schema(), change.name());
        if (change.missing()) {
            createSequence(change.schema(), plan.target.sequence(change.schema(), change.name()).orElseThrow(), emit);
            return;
        }
        if (change.unexpected()) {
            // IF EXISTS: a sequence owned by a column goes with its table or column when those are dropped.
            emit.destructive(Step.DROP_SEQUENCE, "DROP SEQUENCE IF EXISTS " + name);
            return;
        }
        Sequence want = plan.target.sequence(change.schema(), change.name()).orElseThrow();
        List<String> changed = change.changedAttributes();
        StringBuilder clauses = new StringBuilder();
        if (changed.contains("dataType")) {
            clauses.append(" AS ").append(want.dataType()).append(" MINVALUE ").append(want.minValue())
                    .append(" MAXVALUE ").append(want.maxValue());
        } else {
            if (changed.contains("minValue")) {
                clauses.append(" MINVALUE ").append(want.minValue());
            }
            if (changed.contains("maxValue")) {
                clauses.append(" MAXVALUE ").append(want.maxValue());
            }
        }
        if (changed.contains("start")) {
            clauses.append(" START WITH ").append(want.start());
        }
        if (changed.contains("increment")) {
            clauses.append(" INCREMENT BY ").append(want.increment());
        }
        if (changed.contains("cache")) {
            clauses.append(" CACHE ").append(want.cache());
        }
        if (changed.contains("cycle")) {
            clauses.append(want.cycle() ? " CYCLE" : " NO CYCLE");
        }
        if (!clauses.isEmpty()) {
            new Emitter(plan.out, change.differences().stream().filter(d -> !"ownedBy".equals(d.attribute())).toList())
                    .sql(Step.CREATE_SEQUENCE, "ALTER SEQUENCE " + name + clauses);
        }
        if (changed.contains("ownedBy")) {
            plan.attributes(change, "ownedBy").sql(Step.SEQUENCE_OWNER, "ALTER SEQUENCE " + name + " OWNED BY " + ownedBy(want.ownedBy()));
        }
    }

    static void createSequence(String schema, Sequence sequence, Emitter emit) {
        String name = qualified(schema, sequence.name());
        emit.sql(Step.CREATE_SEQUENCE, "CREATE SEQUENCE " + name + " AS " + sequence.dataType() + " START WITH "
                + sequence.start() + " INCREMENT BY " + sequence.increment() + " MINVALUE " + sequence.minValue()
                + " MAXVALUE " + sequence.maxValue() + " CACHE " + sequence.cache()
                + (sequence.cycle() ? " CYCLE" : " NO CYCLE"));
        if (sequence.ownedBy() != null) {
            emit.sql(Step.SEQUENCE_OWNER, "ALTER SEQUENCE " + name + " OWNED BY " + ownedBy(sequence.ownedBy()));
        }
    }

    /** {@code schema.table.column} quoted, or {@code NONE}. */
    static String ownedBy(String column) {
        if (column == null) {
            return "NONE";
        }
        int first = column.indexOf('.');
        int last = column.lastIndexOf('.');
        return qualified(column.substring(0, first), column.substring(first + 1, last)) + "."
                + ident(column.substring(last + 1));
    }

    void routine(ObjectChange change, Emitter emit) {
        if (change.missing()) {
            createRoutine(change.schema(), plan.target.routine(change.schema(), change.name()).orElseThrow(), false, emit);
            return;
        }
        Routine have = plan.current.routine(change.schema(), change.name()).orElseThrow();
        if (change.unexpected()) {
            emit.sql(Step.DROP_ROUTINE, "DROP " + routineKeyword(have) + " " + routineSignature(change.schema(), have));
            return;
        }
        Routine want = plan.target.routine(change.schema(), change.name()).orElseThrow();
        List<String> changed = change.changedAttributes();
        if (changed.contains("kind") || changed.contains("arguments") || changed.contains("returnType")) {
            // CREATE OR REPLACE cannot change these.
            emit.sql(Step.DROP_ROUTINE, "DROP " + routineKeyword(have) + " " + routineSignature(change.schema(), have));
            createRoutine(change.schema(), want, false, emit);
        } else if (!changed.equals(List.of("comment"))) {
            createRoutine(change.schema(), want, true, emit);
        } else {
            emit.sql(Step.COMMENT, "COMMENT ON " + routineKeyword(want) + " " + routineSignature(change.schema(), want)
                    + " IS " + literal(want.comment()));
        }
    }

    private static String routineKeyword(Routine routine) {
        return switch (routine.kind() == null ? "FUNCTION" : routine.kind()) {
            case "PROCEDURE" -> "PROCEDURE";
            case "AGGREGATE" -> "AGGREGATE";
            default -> "FUNCTION";
        };
    }

    private static String routineSignature(String schema, Routine routine) {
        return qualified(schema, routine.name()) + "(" + String.join(", ", routine.argumentTypes()) + ")";
    }

    static void createRoutine(String schema, Routine routine, boolean replace, Emitter emit) {
        String kind = routine.kind() == null ? "FUNCTION" : routine.kind();
        if (kind.equals("AGGREGATE") || kind.equals("WINDOW")) {
            emit.cannot(Step.CREATE_ROUTINE, kind.toLowerCase(java.util.Locale.ROOT) + " "
                    + routineSignature(schema, routine) + ": the model does not hold its full definition");
            return;
        }
        if ("c".equals(routine.language()) || "internal".equals(routine.language())) {
            emit.cannot(Step.CREATE_ROUTINE, routineSignature(schema, routine) + " is written in "
                    + routine.language() + ": its object file is not part of the model");
            return;
        }
        boolean procedure = kind.equals("PROCEDURE");
        StringBuilder sql = new StringBuilder("CREATE ").append(replace ? "OR REPLACE " : "")
                .append(procedure ? "PROCEDURE " : "FUNCTION ").append(qualified(schema, routine.name())).append('(')
                .append(routine.arguments() == null ? "" : routine.arguments()).append(')');
        if (!procedure) {
            sql.append(" RETURNS ").append(routine.returnType());
        }
        sql.append(" LANGUAGE ").append(ident(routine.language()));
        if (!procedure) {
            sql.append(' ').append(routine.volatility());
            if (routine.strict()) {
                sql.append(" STRICT");
            }
        }
        if (routine.securityDefiner()) {
            sql.append(" SECURITY DEFINER");
        }
        for (String setting : routine.settings()) {
            int equals = setting.indexOf('=');
            String name = setting.substring(0, equals);
            sql.append("\nSET ").append(name).append(" = ").append(PgDatabaseSettings.value(name, setting.substring(equals + 1)));
        }
        String body = routine.body() == null ? "" : routine.body();
        boolean standardBody = "sql".equals(routine.language())
                && (body.startsWith("begin atomic") || body.startsWith("return "));
        sql.append(standardBody ? "\n" + body : "\nAS " + PgNames.dollarQuoted(body));
        emit.sql(standardBody ? Step.CREATE_ROUTINE_LATE : Step.CREATE_ROUTINE, sql.toString());
        if (routine.comment() != null) {
            emit.sql(Step.COMMENT, "COMMENT ON " + routineKeyword(routine) + " " + routineSignature(schema, routine)
                    + " IS " + literal(routine.comment()));
        }
    }

    void trigger(ObjectChange change, Emitter emit) {
        String table = qualified(change.schema(), change.parent());
        // a trigger on a table, or on a view (INSTEAD OF): the same statements serve both
        Trigger want = plan.targetTable(change).map(Table::triggers)
                .or(() -> plan.target.view(change.schema(), change.parent()).map(View::triggers))
                .flatMap(t -> CatalogObjects.find(t, change.name())).orElse(null);
        Trigger have = plan.currentTable(change).map(Table::triggers)
                .or(() -> plan.current.view(change.schema(), change.parent()).map(View::triggers))
                .flatMap(t -> CatalogObjects.find(t, change.name())).orElse(null);
        if (want != null && have != null && change.changedAttributes().equals(List.of("enabled"))) {
            emit.sql(Step.CREATE_TRIGGER, triggerState(table, want));
            return;
        }
        if (have != null) {
            emit.sql(Step.DROP_TRIGGER, "DROP TRIGGER " + ident(have.name()) + " ON " + table);
        }
        if (want != null) {
            createTrigger(table, want, emit);
        }
    }

    private static String triggerState(String table, Trigger trigger) {
        String state = switch (trigger.enabled() == null ? "ENABLED" : trigger.enabled()) {
            case "DISABLED" -> "DISABLE TRIGGER ";
            case "REPLICA" -> "ENABLE REPLICA TRIGGER ";
            case "ALWAYS" -> "ENABLE ALWAYS TRIGGER ";
            default -> "ENABLE TRIGGER ";
        };
        return "ALTER TABLE " + table + " " + state + ident(trigger.name());
    }

    static void createTrigger(String table, Trigger trigger, Emitter emit) {
        String events = trigger.events().stream().map(PgRoutines::triggerEvent).collect(Collectors.joining(" OR "));
        emit.sql(Step.CREATE_TRIGGER, "CREATE TRIGGER " + ident(trigger.name()) + " " + trigger.timing() + " " + events
                + " ON " + table + " FOR EACH " + trigger.level()
                + (trigger.condition() == null ? "" : " WHEN (" + trigger.condition() + ")")
                + " EXECUTE FUNCTION " + trigger.function());
        if (trigger.enabled() != null && !"ENABLED".equals(trigger.enabled())) {
            emit.sql(Step.CREATE_TRIGGER, triggerState(table, trigger));
        }
    }

    static String triggerEvent(String event) {
        if (!event.startsWith("UPDATE OF ")) {
            return event;
        }
        return "UPDATE OF " + java.util.Arrays.stream(event.substring("UPDATE OF ".length()).split(", "))
                .map(PgNames::ident).collect(Collectors.joining(", "));
    }

    void policy(ObjectChange change, Emitter emit) {
        String table = qualified(change.schema(), change.parent());
        RowPolicy want = plan.targetTable(change).flatMap(t -> CatalogObjects.find(t.policies(), change.name())).orElse(null);
        if (!change.missing()) {
            emit.sql(Step.DROP_POLICY, "DROP POLICY " + ident(change.name()) + " ON " + table);
        }
        if (want != null) {
            createPolicy(table, want, emit);
        }
    }

    static void createPolicy(String table, RowPolicy policy, Emitter emit) {
        String roles = policy.roles().isEmpty() ? "PUBLIC" : policy.roles().stream()
                .map(r -> r.equals("public") ? "PUBLIC" : ident(r)).collect(Collectors.joining(", "));
        emit.sql(Step.CREATE_POLICY, "CREATE POLICY " + ident(policy.name()) + " ON " + table + " AS "
                + (policy.permissive() ? "PERMISSIVE" : "RESTRICTIVE") + " FOR " + policy.command() + " TO " + roles
                + (policy.using() == null ? "" : " USING (" + policy.using() + ")")
                + (policy.withCheck() == null ? "" : " WITH CHECK (" + policy.withCheck() + ")"));
    }
}
