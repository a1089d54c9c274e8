package io.github.schemaparity.capture;

import java.util.List;

/** A schema asked for in the capture options does not exist in the database. */
public final class SchemaNotFoundException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String schema;

    /**
     * @param schema   the schema that was asked for
     * @param existing the non-system schemas the database does have
     */
    public SchemaNotFoundException(String schema, List<String> existing) {
        super("Schema '" + schema + "' does not exist in the database (existing schemas: "
                + (existing.isEmpty() ? "none" : String.join(", ", existing)) + "); fix the schema list");
        this.schema = schema;
    }

    /** The schema that was asked for. */
    public String schema() {
        return schema;
    }
}
