package io.github.schemaparity.diff;

import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * InnoDB's implicit foreign key indexes, which are not differences when another index covers the key.
 *
 * <p>InnoDB needs an index whose leading columns are a foreign key's columns; when none exists it creates
 * one (named after the constraint, or after its first column), and it drops that index again, silently,
 * when a later index also starts with those columns: a hotfix index {@code (customer_id, created_at)} in
 * production removes the implicit {@code (customer_id)} one. The foreign key is enforced the same either
 * way, so such an index missing on one side is no difference when, on that side, the same foreign key
 * exists and another index, unique key or primary key starts with its columns. The hotfix index itself
 * still is one.
 */
final class ForeignKeyIndexes {
    private ForeignKeyIndexes() {
    }

    /**
     * The indexes of {@code side} to compare with those of {@code other}: all of them but the implicit
     * foreign key indexes {@code other} lacks and does not need.
     */
    static List<Index> comparable(Table side, Table other) {
        if (side.foreignKeys().isEmpty() || side.indexes().isEmpty()) {
            return side.indexes();
        }
        List<Index> kept = new ArrayList<>(side.indexes().size());
        for (Index index : side.indexes()) {
            if (!(implicit(index, side) && coveredWithout(index, other))) {
                kept.add(index);
            }
        }
        return kept.size() == side.indexes().size() ? side.indexes() : kept;
    }

    /** Whether the index is one InnoDB would have made for a foreign key of the table: generated, plain, its columns. */
    private static boolean implicit(Index index, Table table) {
        return index.nameGenerated() && !index.unique() && index.predicate() == null && index.include().isEmpty()
                && table.foreignKeys().stream().anyMatch(fk -> fk.columns().equals(index.columns()));
    }

    /** Whether {@code other} lacks the index but has its foreign key and another index starting with its columns. */
    private static boolean coveredWithout(Index index, Table other) {
        List<String> columns = index.columns();
        if (other.indexes().stream().anyMatch(i -> i.name().equals(index.name()) || i.columns().equals(columns))) {
            return false; // present there: compare it as usual
        }
        boolean sameKey = other.foreignKeys().stream().map(ForeignKey::columns).anyMatch(columns::equals);
        Stream<List<String>> leading = Stream.of(
                other.indexes().stream().map(Index::columns),
                other.uniques().stream().map(UniqueConstraint::columns),
                other.primaryKey() == null ? Stream.<List<String>>empty() : Stream.of(other.primaryKey().columns()))
                .flatMap(s -> s);
        return sameKey && leading.anyMatch(l -> l.size() >= columns.size() && l.subList(0, columns.size()).equals(columns));
    }
}
