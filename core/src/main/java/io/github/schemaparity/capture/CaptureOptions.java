package io.github.schemaparity.capture;

import java.util.List;

/**
 * What a {@link CatalogReader} captures.
 *
 * @param schemas    schemas to capture; empty means every non-system schema
 * @param privileges whether to capture granted privileges (off by default: grants usually differ
 *                   between environments on purpose)
 */
public record CaptureOptions(List<String> schemas, boolean privileges) {
    public CaptureOptions {
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
    }

    /** Every non-system schema, no privileges. */
    public static CaptureOptions defaults() {
        return new CaptureOptions(List.of(), false);
    }

    /** The given schemas only, no privileges. */
    public static CaptureOptions schemas(String... schemas) {
        return new CaptureOptions(List.of(schemas), false);
    }
}
