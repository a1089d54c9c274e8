package io.github.schemaparity.database.postgres;

import static io.github.schemaparity.database.postgres.PgNames.ident;
import static io.github.schemaparity.database.postgres.PgNames.literal;

import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.fix.CatalogObjects;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.Step;
import io.github.schemaparity.model.Publication;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL fix statements for publications: dropped first ({@link Step#DROP_PUBLICATION}), created and
 * altered in {@link Step#CREATE_PUBLICATION}, after every table and schema they name exists. The operations
 * and {@code publish_via_partition_root} are one {@code ALTER PUBLICATION ... SET (...)}; any difference in
 * what is published (tables, schemas, column lists, row filters) is one {@code ALTER PUBLICATION ... SET
 * TABLE ...} naming the whole wanted list, as replacing it is simpler and exacter than adding and dropping
 * members one by one. {@code FOR ALL TABLES} cannot be switched in place: the publication is dropped and
 * created again.
 */
final class PgPublications {
    private static final List<String> OPTIONS = List.of("publish", "viaRoot");

    private PgPublications() {
    }

    static void publication(PgPlan plan, ObjectChange change, Emitter emit) {
        Publication want = CatalogObjects.find(plan.target.catalog().publications(), change.name()).orElse(null);
        Publication have = CatalogObjects.find(plan.current.catalog().publications(), change.name()).orElse(null);
        String name = ident(change.name());
        if (want == null || have == null || want.allTables() != have.allTables()) {
            if (have != null) {
                emit.sql(Step.DROP_PUBLICATION, "DROP PUBLICATION " + name);
            }
            if (want != null) {
                create(want, emit);
            }
            return;
        }
        List<Difference> options = new ArrayList<>();
        List<Difference> members = new ArrayList<>();
        for (Difference d : change.differences()) {
            String attribute = d.attribute();
            if (attribute.equals("comment")) {
                new Emitter(plan.out, List.of(d)).sql(Step.COMMENT, comment(want));
            } else if (OPTIONS.contains(attribute)) {
                options.add(d);
            } else {
                members.add(d);
            }
        }
        if (!options.isEmpty()) {
            new Emitter(plan.out, options).sql(Step.CREATE_PUBLICATION, "ALTER PUBLICATION " + name + " SET ("
                    + with(want, options.stream().anyMatch(d -> d.attribute().equals("viaRoot"))) + ")");
        }
        if (!members.isEmpty()) {
            Emitter one = new Emitter(plan.out, members);
            String objects = objects(want);
            if (!objects.isEmpty()) {
                one.sql(Step.CREATE_PUBLICATION, "ALTER PUBLICATION " + name + " SET " + objects);
            } else {
                // SET needs at least one object: take each of the current ones out
                if (!have.tables().isEmpty()) {
                    one.sql(Step.CREATE_PUBLICATION, "ALTER PUBLICATION " + name + " DROP TABLE " + have.tables()
                            .stream().map(t -> PgNames.qualified(t.table())).collect(Collectors.joining(", ")));
                }
                if (!have.schemas().isEmpty()) {
                    one.sql(Step.CREATE_PUBLICATION, "ALTER PUBLICATION " + name + " DROP TABLES IN SCHEMA "
                            + have.schemas().stream().map(PgNames::ident).collect(Collectors.joining(", ")));
                }
            }
        }
    }

    private static void create(Publication want, Emitter emit) {
        StringBuilder sql = new StringBuilder("CREATE PUBLICATION ").append(ident(want.name()));
        if (want.allTables()) {
            sql.append(" FOR ALL TABLES");
        } else if (!objects(want).isEmpty()) {
            sql.append(" FOR ").append(objects(want));
        }
        sql.append(" WITH (").append(with(want, false)).append(')');
        emit.sql(Step.CREATE_PUBLICATION, sql.toString());
        if (want.comment() != null) {
            emit.sql(Step.COMMENT, comment(want));
        }
    }

    /** {@code TABLE a (x, y) WHERE (...), b, TABLES IN SCHEMA s}, or empty when it names nothing. */
    private static String objects(Publication publication) {
        List<String> parts = new ArrayList<>();
        if (!publication.tables().isEmpty()) {
            parts.add("TABLE " + publication.tables().stream().map(PgPublications::table)
                    .collect(Collectors.joining(", ")));
        }
        if (!publication.schemas().isEmpty()) {
            parts.add("TABLES IN SCHEMA " + publication.schemas().stream().map(PgNames::ident)
                    .collect(Collectors.joining(", ")));
        }
        return String.join(", ", parts);
    }

    private static String table(Publication.PublishedTable table) {
        StringBuilder sql = new StringBuilder(PgNames.qualified(table.table()));
        if (!table.columns().isEmpty()) {
            sql.append(" (").append(table.columns().stream().map(PgNames::ident).collect(Collectors.joining(", ")))
                    .append(')');
        }
        if (table.rowFilter() != null) {
            sql.append(" WHERE (").append(table.rowFilter()).append(')');
        }
        return sql.toString();
    }

    /**
     * The publication's parameters; {@code publish_via_partition_root} (PostgreSQL 13 and later) only when on
     * or when {@code viaRoot} asks, so that the statement runs on older servers too.
     */
    private static String with(Publication publication, boolean viaRoot) {
        String publish = "publish = " + literal(String.join(", ", publication.publish()));
        return publication.viaRoot() || viaRoot
                ? publish + ", publish_via_partition_root = " + publication.viaRoot() : publish;
    }

    private static String comment(Publication publication) {
        return "COMMENT ON PUBLICATION " + ident(publication.name()) + " IS " + literal(publication.comment());
    }
}
