package io.github.schemaparity.diff;

import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Index;
import java.util.Set;

/** Derives the {@link Fact}s of a difference from the model objects compared, never from display text. */
final class Facts {
    private Facts() {
    }

    /** The facts of a column that is on one side only. */
    static Set<Fact> of(Column column) {
        boolean requiresValue = !column.nullable() && column.defaultValue() == null && column.identity() == null
                && column.generated() == null;
        return requiresValue ? Set.of(Fact.REQUIRES_VALUE) : Set.of();
    }

    /** The facts of an index that is on one side only. */
    static Set<Fact> of(Index index) {
        return index.unique() ? Set.of(Fact.UNIQUE) : Set.of();
    }

    /** The facts of a CHANGED attribute of a column both sides have. */
    static Set<Fact> ofChange(String attribute, Column expected, Column actual) {
        return switch (attribute) {
            case "type" -> switch (TypeWidth.compare(expected.type(), actual.type())) {
                case WIDENED -> Set.of(Fact.TYPE_WIDENED);
                case NARROWED -> Set.of(Fact.TYPE_NARROWED);
                case UNKNOWN -> Set.of();
            };
            case "nullable" -> Set.of(actual.nullable() ? Fact.NULLABLE_RELAXED : Fact.NULLABLE_TIGHTENED);
            default -> Set.of();
        };
    }
}
