package io.github.schemaparity.database.postgres;

import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.Step;
import static io.github.schemaparity.database.postgres.PgNames.ident;
import static io.github.schemaparity.database.postgres.PgNames.literal;
import static io.github.schemaparity.database.postgres.PgNames.qualified;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Domain;
import io.github.schemaparity.model.EnumType;
import io.github.schemaparity.model.Extension;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** PostgreSQL fix statements for enum types, domains, extensions and privileges. */
final class PgTypes {
    private static final String OLD_ENUM_SUFFIX = "__schemaparity_old";

    private final PgPlan plan;

    PgTypes(PgPlan plan) {
        this.plan = plan;
    }

    void enumType(ObjectChange change, Emitter emit) {
        String name = qualified(change.schema(), change.name());
        if (change.missing()) {
            createEnum(change.schema(), plan.target.enumType(change.schema(), change.name()).orElseThrow(), emit);
            return;
        }
        if (change.unexpected()) {
            emit.sql(Step.DROP_TYPE, "DROP TYPE " + name);
            return;
        }
        EnumType want = plan.target.enumType(change.schema(), change.name()).orElseThrow();
        EnumType have = plan.current.enumType(change.schema(), change.name()).orElseThrow();
        if (change.changed("labels").isPresent()) {
            if (isSubsequence(have.labels(), want.labels())) {
                List<String> present = new ArrayList<>(have.labels());
                for (int i = 0; i < want.labels().size(); i++) {
                    String label = want.labels().get(i);
                    if (!present.contains(label)) {
                        String position = i == 0 ? " BEFORE " + literal(present.get(0))
                                : " AFTER " + literal(want.labels().get(i - 1));
                        plan.attributes(change, "labels").sql(Step.CREATE_TYPE, "ALTER TYPE " + name + " ADD VALUE " + literal(label)
                                + (present.isEmpty() ? "" : position));
                        present.add(label);
                    }
                }
            } else {
                recreateEnum(change.schema(), want, have, plan.attributes(change, "labels"));
            }
        }
        change.changed("comment").ifPresent(d -> plan.attributes(change, "comment").sql(Step.COMMENT, "COMMENT ON TYPE " + name + " IS "
                + literal(d.expected())));
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int at = 0;
        for (String label : whole) {
            if (at < part.size() && part.get(at).equals(label)) {
                at++;
            }
        }
        return at == part.size();
    }

    /**
     * Labels cannot be removed or reordered in place: the type is renamed, created anew and every column
     * of the current side that uses it converted through text; rows holding a removed label make the
     * conversion fail, so this is destructive when a label goes.
     */
    private void recreateEnum(String schema, EnumType want, EnumType have, Emitter emit) {
        boolean removes = !want.labels().containsAll(have.labels());
        String name = qualified(schema, want.name());
        String old = qualified(schema, want.name() + OLD_ENUM_SUFFIX);
        emit.sql(Step.CREATE_TYPE, "ALTER TYPE " + name + " RENAME TO " + ident(want.name() + OLD_ENUM_SUFFIX), removes);
        emit.sql(Step.CREATE_TYPE, "CREATE TYPE " + name + " AS ENUM (" + want.labels().stream().map(PgNames::literal)
                .collect(Collectors.joining(", ")) + ")", removes);
        String typeName = schema + "." + want.name();
        for (Schema s : plan.current.catalog().schemas()) {
            for (Table table : s.tables()) {
                for (Column column : table.columns()) {
                    if (!column.type().equals(typeName) && !column.type().equals(typeName + "[]")) {
                        continue;
                    }
                    String alter = "ALTER TABLE " + qualified(s.name(), table.name()) + " ALTER COLUMN "
                            + ident(column.name());
                    if (column.defaultValue() != null) {
                        emit.sql(Step.CREATE_TYPE, alter + " DROP DEFAULT", removes);
                    }
                    String cast = column.type().endsWith("[]") ? "::text[]::" + name + "[]" : "::text::" + name;
                    emit.sql(Step.CREATE_TYPE, alter + " TYPE " + column.type().replace(typeName, name) + " USING "
                            + ident(column.name()) + cast, removes);
                    if (column.defaultValue() != null) {
                        emit.sql(Step.CREATE_TYPE, alter + " SET DEFAULT " + column.defaultValue(), removes);
                    }
                }
            }
        }
        emit.sql(Step.CREATE_TYPE, "DROP TYPE " + old, removes);
    }

    static void createEnum(String schema, EnumType type, Emitter emit) {
        String name = qualified(schema, type.name());
        emit.sql(Step.CREATE_TYPE, "CREATE TYPE " + name + " AS ENUM (" + type.labels().stream().map(PgNames::literal)
                .collect(Collectors.joining(", ")) + ")");
        if (type.comment() != null) {
            emit.sql(Step.COMMENT, "COMMENT ON TYPE " + name + " IS " + literal(type.comment()));
        }
    }

    void domain(ObjectChange change, Emitter emit) {
        String name = qualified(change.schema(), change.name());
        if (change.missing()) {
            createDomain(change.schema(), plan.target.domain(change.schema(), change.name()).orElseThrow(), emit);
            return;
        }
        if (change.unexpected()) {
            emit.sql(Step.DROP_DOMAIN, "DROP DOMAIN " + name);
            return;
        }
        Domain want = plan.target.domain(change.schema(), change.name()).orElseThrow();
        Domain have = plan.current.domain(change.schema(), change.name()).orElseThrow();
        for (Difference d : change.differences()) {
            Emitter one = new Emitter(plan.out, List.of(d));
            switch (d.attribute()) {
                case "nullable" -> {
                    if (want.nullable()) {
                        one.sql(Step.CREATE_DOMAIN, "ALTER DOMAIN " + name + " DROP NOT NULL");
                    } else {
                        one.destructive(Step.CREATE_DOMAIN, "ALTER DOMAIN " + name + " SET NOT NULL");
                    }
                }
                case "default" -> one.sql(Step.CREATE_DOMAIN, "ALTER DOMAIN " + name
                        + (want.defaultValue() == null ? " DROP DEFAULT" : " SET DEFAULT " + want.defaultValue()));
                case "checks" -> {
                    for (String check : have.checks()) {
                        if (!want.checks().contains(check)) {
                            one.sql(Step.CREATE_DOMAIN, dropDomainCheck(change.schema(), change.name(), check));
                        }
                    }
                    for (String check : want.checks()) {
                        if (!have.checks().contains(check)) {
                            one.sql(Step.CREATE_DOMAIN, "ALTER DOMAIN " + name + " ADD CHECK " + check);
                        }
                    }
                }
                case "comment" -> one.sql(Step.COMMENT, "COMMENT ON DOMAIN " + name + " IS " + literal(want.comment()));
                default -> one.cannot(Step.CREATE_DOMAIN, "domain " + name + " " + d.attribute() + " " + d.actual()
                        + " -> " + d.expected() + " cannot change in place: drop the domain and create it again");
            }
        }
    }

    /**
     * The model keeps a domain's checks by expression, not by name: the statement finds the constraint's
     * name in the catalog when it runs.
     */
    static String dropDomainCheck(String schema, String domain, String expression) {
        String name = qualified(schema, domain);
        String body = "DECLARE c name; BEGIN SELECT conname INTO c FROM pg_catalog.pg_constraint WHERE contypid = "
                + literal(name) + "::regtype AND contype = 'c' AND pg_catalog.regexp_replace("
                + "pg_catalog.pg_get_constraintdef(oid, true), ' NOT VALID$', '') = " + literal("CHECK " + expression)
                + "; EXECUTE pg_catalog.format('ALTER DOMAIN " + name.replace("'", "''")
                + " DROP CONSTRAINT %I', c); END";
        return "DO " + PgNames.dollarQuoted(body);
    }

    static void createDomain(String schema, Domain domain, Emitter emit) {
        String name = qualified(schema, domain.name());
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(name).append(" AS ").append(domain.baseType());
        if (domain.collation() != null) {
            sql.append(" COLLATE ").append(PgTables.collation(domain.collation()));
        }
        if (domain.defaultValue() != null) {
            sql.append(" DEFAULT ").append(domain.defaultValue());
        }
        if (!domain.nullable()) {
            sql.append(" NOT NULL");
        }
        domain.checks().forEach(c -> sql.append(" CHECK ").append(c));
        emit.sql(Step.CREATE_DOMAIN, sql.toString());
        if (domain.comment() != null) {
            emit.sql(Step.COMMENT, "COMMENT ON DOMAIN " + name + " IS " + literal(domain.comment()));
        }
    }

    void extension(ObjectChange change, Emitter emit) {
        String name = ident(change.name());
        if (change.unexpected()) {
            emit.destructive(Step.DROP_EXTENSION, "DROP EXTENSION " + name);
            return;
        }
        Extension want = plan.target.extension(change.name()).orElseThrow();
        if (change.missing()) {
            emit.sql(Step.CREATE_EXTENSION, "CREATE EXTENSION IF NOT EXISTS " + name + " WITH SCHEMA "
                    + ident(want.schema()) + " VERSION " + literal(want.version()));
            return;
        }
        change.changed("version").ifPresent(d -> plan.attributes(change, "version").sql(Step.CREATE_EXTENSION, "ALTER EXTENSION " + name
                + " UPDATE TO " + literal(want.version())));
        change.changed("schema").ifPresent(d -> plan.attributes(change, "schema").sql(Step.CREATE_EXTENSION, "ALTER EXTENSION " + name
                + " SET SCHEMA " + ident(want.schema())));
    }

    void privilege(ObjectChange change, Emitter emit) {
        String object = qualified(change.schema(), change.name());
        for (Difference d : change.differences()) {
            new Emitter(plan.out, List.of(d)).sql(d.change() == Change.MISSING ? Step.GRANT : Step.REVOKE,
                    d.change() == Change.MISSING ? grant(d.attribute(), object) : revoke(d.attribute(), object));
        }
    }

    /** {@code grantee:PRIVILEGE[(column)][:grantable]} as a GRANT. */
    static String grant(String privilege, String object) {
        String[] parts = privilege.split(":");
        return "GRANT " + PgColumnGrants.privilege(parts[1]) + " ON " + object + " TO " + grantee(parts[0])
                + (parts.length > 2 && "grantable".equals(parts[2]) ? " WITH GRANT OPTION" : "");
    }

    static String revoke(String privilege, String object) {
        String[] parts = privilege.split(":");
        return "REVOKE " + PgColumnGrants.privilege(parts[1]) + " ON " + object + " FROM " + grantee(parts[0]);
    }

    private static String grantee(String role) {
        return "public".equals(role) ? "PUBLIC" : ident(role);
    }
}
