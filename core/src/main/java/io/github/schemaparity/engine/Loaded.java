package io.github.schemaparity.engine;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.report.Origin;
import io.github.schemaparity.report.Side;

/**
 * One side of a comparison, loaded: how the reports describe it and its catalog.
 *
 * @param side    what the reports say about the side (source, engine, version)
 * @param catalog the captured or snapshotted catalog
 */
record Loaded(Side side, Catalog catalog) {
    /** A catalog built from the project's migrations (a captured or cached candidate). */
    static Loaded candidate(Catalog catalog) {
        return new Loaded(Side.of(Side.MIGRATIONS, catalog), catalog);
    }

    /** The same side with another catalog (renamed, or without the provisioner's settings). */
    Loaded with(Catalog other) {
        return new Loaded(side, other);
    }

    /** The same side, come from {@code origin} (as the user gave it, for the reports). */
    Loaded withOrigin(Origin origin) {
        return new Loaded(side.withOrigin(origin), catalog);
    }

    /** How many tables the catalog holds, for progress lines. */
    int tableCount() {
        return catalog.schemas().stream().mapToInt(s -> s.tables().size()).sum();
    }
}
