package io.github.schemaparity.engine;

import io.github.schemaparity.capture.CatalogReader;
import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.model.Engine;

/** The {@link CatalogReader} of each engine: a delegate to {@link EngineRegistry}, kept for the old call sites. */
public final class CatalogReaders {

    private CatalogReaders() {
    }

    /** The reader for an engine, from its {@code EngineSupport}. */
    public static CatalogReader forEngine(Engine engine) {
        return EngineRegistry.of(engine).catalogReader();
    }
}
