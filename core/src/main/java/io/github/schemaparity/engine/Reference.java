package io.github.schemaparity.engine;

import java.util.List;

/**
 * Production as a check compares with it: its loaded catalog and the schemas the comparison is
 * restricted to (the configured ones, else a snapshot's own; empty: every schema).
 *
 * @param loaded  the reference side
 * @param schemas the schemas compared, under the reference's names
 */
record Reference(Loaded loaded, List<String> schemas) {
    Reference {
        schemas = List.copyOf(schemas);
    }
}
