package io.github.schemaparity.diff;

import static io.github.schemaparity.diff.Matching.match;
import static io.github.schemaparity.diff.Matching.matchBySignature;

import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.PrimaryKey;
import io.github.schemaparity.model.RowPolicy;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two tables both sides have: their columns (with the {@link Fact}s of each change, and their
 * order if asked), primary key, foreign keys, unique and check constraints, indexes, triggers, row policies
 * and grants. {@link CatalogDiffer} hands it each pair of tables; views borrow its index comparison.
 */
final class TableDiffer {
    private final Findings found;
    private final boolean columnOrder;
    /** MySQL/MariaDB: InnoDB's implicit foreign key indexes come and go (see {@link ForeignKeyIndexes}). */
    private final boolean innoDb;

    TableDiffer(Findings found, boolean columnOrder, boolean innoDb) {
        this.found = found;
        this.columnOrder = columnOrder;
        this.innoDb = innoDb;
    }

    void table(String path, Table expected, Table actual) {
        if (expected.equals(actual)) {
            return;
        }
        found.compare(ObjectType.TABLE, path, expected.attributes(), actual.attributes());
        columns(path, expected.columns(), actual.columns());
        primaryKey(path, expected.primaryKey(), actual.primaryKey());
        matchBySignature(expected.foreignKeys(), actual.foreignKeys(), ForeignKey::signature,
                ForeignKey::nameGenerated,
                (e, a) -> found.renamed(ObjectType.FOREIGN_KEY, path, e, a, ForeignKey::nameGenerated,
                        ForeignKey::attributes),
                e -> found.missing(ObjectType.FOREIGN_KEY, path + "." + e.name(), Descriptions.foreignKey(e)),
                a -> found.unexpected(ObjectType.FOREIGN_KEY, path + "." + a.name(), Descriptions.foreignKey(a)));
        matchBySignature(expected.uniques(), actual.uniques(), UniqueConstraint::signature,
                UniqueConstraint::nameGenerated,
                (e, a) -> found.renamed(ObjectType.UNIQUE, path, e, a, UniqueConstraint::nameGenerated,
                        UniqueConstraint::attributes),
                e -> found.missing(ObjectType.UNIQUE, path + "." + e.name(), Descriptions.unique(e)),
                a -> found.unexpected(ObjectType.UNIQUE, path + "." + a.name(), Descriptions.unique(a)));
        matchBySignature(expected.checks(), actual.checks(), CheckConstraint::signature,
                CheckConstraint::nameGenerated,
                (e, a) -> found.renamed(ObjectType.CHECK, path, e, a, CheckConstraint::nameGenerated,
                        CheckConstraint::attributes),
                e -> found.missing(ObjectType.CHECK, path + "." + e.name(), Descriptions.check(e)),
                a -> found.unexpected(ObjectType.CHECK, path + "." + a.name(), Descriptions.check(a)));
        if (innoDb) {
            indexes(path, ForeignKeyIndexes.comparable(expected, actual), ForeignKeyIndexes.comparable(actual, expected));
        } else {
            indexes(path, expected.indexes(), actual.indexes());
        }
        match(expected.triggers(), actual.triggers(), Trigger::name,
                (e, a) -> found.compare(ObjectType.TRIGGER, path + "." + e.name(), e, a, Trigger::attributes),
                e -> found.missing(ObjectType.TRIGGER, path + "." + e.name(), Descriptions.trigger(e)),
                a -> found.unexpected(ObjectType.TRIGGER, path + "." + a.name(), Descriptions.trigger(a)));
        match(expected.policies(), actual.policies(), RowPolicy::name,
                (e, a) -> found.compare(ObjectType.POLICY, path + "." + e.name(), e, a, RowPolicy::attributes),
                e -> found.missing(ObjectType.POLICY, path + "." + e.name(), Descriptions.policy(e)),
                a -> found.unexpected(ObjectType.POLICY, path + "." + a.name(), Descriptions.policy(a)));
        found.privileges(path, expected.privileges(), actual.privileges());
    }

    /** The indexes of a table or a materialized view: by name, then by signature. */
    void indexes(String parentPath, List<Index> expected, List<Index> actual) {
        matchBySignature(expected, actual, Index::signature, Index::nameGenerated,
                (e, a) -> found.renamed(ObjectType.INDEX, parentPath, e, a, Index::nameGenerated, Index::attributes,
                        attribute -> "valid".equals(attribute) && (invalidUnique(e) || invalidUnique(a))
                                ? Set.of(Fact.UNIQUE) : Set.of()),
                e -> found.missing(ObjectType.INDEX, parentPath + "." + e.name(), e.signature(), Facts.of(e)),
                a -> found.unexpected(ObjectType.INDEX, parentPath + "." + a.name(), a.signature(), Facts.of(a)));
    }

    /** A unique index left invalid: it enforces nothing, which the risk table rates higher. */
    private static boolean invalidUnique(Index index) {
        return index.unique() && !index.usable();
    }

    private void columns(String tablePath, List<Column> expected, List<Column> actual) {
        List<Column[]> shared = new ArrayList<>(expected.size());
        match(expected, actual, Column::name, (e, a) -> {
            shared.add(new Column[] {e, a});
            if (!e.equals(a)) {
                found.compareWithFacts(ObjectType.COLUMN, tablePath + "." + e.name(), e.attributes(), a.attributes(),
                        attribute -> Facts.ofChange(attribute, e, a));
            }
        }, e -> found.missing(ObjectType.COLUMN, tablePath + "." + e.name(), Descriptions.column(e), Facts.of(e)),
                a -> found.unexpected(ObjectType.COLUMN, tablePath + "." + a.name(), Descriptions.column(a), Facts.of(a)));
        if (columnOrder) {
            columnOrder(tablePath, shared);
        }
    }

    /**
     * Compares the order of the columns both sides have, so that one missing column does not make every
     * later column "moved". Positions are reported 1-based among those shared columns.
     */
    private void columnOrder(String tablePath, List<Column[]> shared) {
        List<Column[]> byActual = new ArrayList<>(shared);
        byActual.sort(Comparator.comparingInt(pair -> pair[1].position()));
        Map<String, Integer> actualRank = new HashMap<>();
        for (int i = 0; i < byActual.size(); i++) {
            actualRank.put(byActual.get(i)[1].name(), i + 1);
        }
        for (int i = 0; i < shared.size(); i++) {
            Column column = shared.get(i)[0];
            int rank = actualRank.get(column.name());
            if (rank != i + 1) {
                found.changed(ObjectType.COLUMN, tablePath + "." + column.name(), "position", String.valueOf(i + 1),
                        String.valueOf(rank));
            }
        }
    }

    private void primaryKey(String tablePath, PrimaryKey expected, PrimaryKey actual) {
        if (expected != null && actual != null) {
            found.renamed(ObjectType.PRIMARY_KEY, tablePath, expected, actual, PrimaryKey::nameGenerated,
                    PrimaryKey::attributes);
        } else if (expected != null) {
            found.missing(ObjectType.PRIMARY_KEY, tablePath + "." + expected.name(), Descriptions.primaryKey(expected));
        } else if (actual != null) {
            found.unexpected(ObjectType.PRIMARY_KEY, tablePath + "." + actual.name(), Descriptions.primaryKey(actual));
        }
    }
}
