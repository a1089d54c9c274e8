package io.github.schemaparity.diff;

import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Domain;
import io.github.schemaparity.model.EnumType;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.PrimaryKey;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.RowPolicy;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.TableKind;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.UniqueConstraint;
import java.util.Locale;

/**
 * The short human descriptions a {@link Difference} carries for a MISSING or UNEXPECTED object, e.g.
 * {@code varchar(50) not null default 'new'} for a column. They are text for people: nothing reads them
 * back (what the risk table and the fix planner need is in {@link Difference#facts()}).
 */
public final class Descriptions {
    private static final String NOT_NULL = " not null";
    private static final String DEFAULT = " default ";
    private static final String GENERATED = " generated ";

    private Descriptions() {
    }

    /**
     * A column as {@code type [not null] [default expr] [generated ...]}, e.g.
     * {@code bigint not null generated ALWAYS as identity}.
     */
    public static String column(Column column) {
        StringBuilder text = new StringBuilder(column.type());
        if (!column.nullable()) {
            text.append(NOT_NULL);
        }
        if (column.defaultValue() != null) {
            text.append(DEFAULT).append(column.defaultValue());
        }
        if (column.identity() != null) {
            text.append(GENERATED).append(column.identity()).append(" as identity");
        }
        if (column.generated() != null) {
            text.append(GENERATED).append("always as (").append(column.generated()).append(')');
        }
        return text.toString();
    }

    static String schema(Schema schema) {
        return "schema with " + schema.tables().size() + " tables, " + schema.views().size() + " views";
    }

    static String table(Table table) {
        return (table.kind() == TableKind.PARTITIONED ? "partitioned table, " : "table, ")
                + table.columns().size() + " columns";
    }

    static String primaryKey(PrimaryKey key) {
        return "primary key (" + String.join(", ", key.columns()) + ")";
    }

    static String foreignKey(ForeignKey key) {
        StringBuilder text = new StringBuilder("(").append(String.join(", ", key.columns())).append(") references ")
                .append(key.referencedTable()).append(" (").append(String.join(", ", key.referencedColumns()))
                .append(')');
        if (key.onDelete() != null && !"NO ACTION".equals(key.onDelete())) {
            text.append(" on delete ").append(key.onDelete().toLowerCase(Locale.ROOT));
        }
        if (key.onUpdate() != null && !"NO ACTION".equals(key.onUpdate())) {
            text.append(" on update ").append(key.onUpdate().toLowerCase(Locale.ROOT));
        }
        return text.toString();
    }

    static String unique(UniqueConstraint constraint) {
        return "unique (" + String.join(", ", constraint.columns()) + ")";
    }

    static String check(CheckConstraint check) {
        return "check " + check.expression();
    }

    static String trigger(Trigger trigger) {
        return trigger.timing() + " " + String.join(" OR ", trigger.events()) + " FOR EACH " + trigger.level()
                + " EXECUTE " + trigger.function();
    }

    static String policy(RowPolicy policy) {
        return (policy.permissive() ? "permissive" : "restrictive") + " for " + policy.command() + " to "
                + String.join(", ", policy.roles());
    }

    static String routine(Routine routine) {
        String kind = routine.kind() == null ? "routine" : routine.kind().toLowerCase(Locale.ROOT);
        return routine.returnType() == null ? kind : kind + " returns " + routine.returnType();
    }

    static String enumType(EnumType type) {
        return "enum (" + String.join(", ", type.labels()) + ")";
    }

    static String domain(Domain domain) {
        return domain.baseType() + (domain.nullable() ? "" : NOT_NULL);
    }
}
