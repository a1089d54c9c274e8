package io.github.schemaparity.database.mysql;

import io.github.schemaparity.fix.*;

import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * InnoDB refuses to drop the last index that starts with a foreign key's columns ("needed in a foreign key
 * constraint"). A hotfix index {@code (customer_id, created_at)} made InnoDB drop the implicit
 * {@code (customer_id)} index (which the diff therefore does not report), so dropping the hotfix index
 * needs the implicit one back first, as the side to reach has it.
 */
final class InnoDbForeignKeyIndexes {
    private InnoDbForeignKeyIndexes() {
    }

    /**
     * The indexes of {@code target} to create before {@code dropped} is dropped from {@code current}: for each
     * foreign key of {@code current} that only {@code dropped} covers, the target's index of exactly its
     * columns, when {@code current} lacks it.
     */
    static List<Index> neededAfterDropping(Index dropped, Table current, Table target) {
        List<Index> needed = new ArrayList<>();
        for (ForeignKey fk : current.foreignKeys()) {
            List<String> columns = fk.columns();
            if (!leads(dropped.columns(), columns) || coveredByAnotherThan(dropped, current, columns)) {
                continue;
            }
            target.indexes().stream()
                    .filter(i -> i.columns().equals(columns) && !i.name().equals(dropped.name()))
                    .filter(i -> current.indexes().stream().noneMatch(c -> c.name().equals(i.name())))
                    .findFirst().filter(i -> !needed.contains(i)).ifPresent(needed::add);
        }
        return needed;
    }

    private static boolean coveredByAnotherThan(Index dropped, Table table, List<String> columns) {
        return Stream.of(
                        table.indexes().stream().filter(i -> !i.name().equals(dropped.name())).map(Index::columns),
                        table.uniques().stream().map(u -> u.columns()),
                        table.primaryKey() == null ? Stream.<List<String>>empty() : Stream.of(table.primaryKey().columns()))
                .flatMap(s -> s).anyMatch(l -> leads(l, columns));
    }

    private static boolean leads(List<String> parts, List<String> columns) {
        return parts.size() >= columns.size() && parts.subList(0, columns.size()).equals(columns);
    }
}
