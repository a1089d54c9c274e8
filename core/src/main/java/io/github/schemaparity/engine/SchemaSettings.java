package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.mapping.SchemaMapping;
import java.util.Arrays;
import java.util.List;

/**
 * The part of a configuration builder that says what is captured and how the two sides' schemas are paired:
 * the schemas, whether privileges are compared, and the schema mapping. {@link CandidateConfig.Builder} (the
 * candidate is the expected side, the reference the actual one) and {@link ParityConfig.Builder} share it, so
 * the three settings are read, cleaned and defaulted one way.
 *
 * @param <B> the builder itself, returned by every setter
 */
abstract class SchemaSettings<B extends SchemaSettings<B>> {
    List<String> schemas = List.of();
    boolean privileges;
    SchemaMapping schemaMapping = SchemaMapping.none();

    SchemaSettings() {
    }

    /** This builder, typed as itself. */
    abstract B self();

    /** Schemas to compare; none: a snapshot side's schemas where there is one, else every non-system schema. */
    public B schemas(List<String> schemas) {
        this.schemas = SettingLists.clean(schemas);
        return self();
    }

    /** Schemas to compare. */
    public B schemas(String... schemas) {
        return schemas(Arrays.asList(schemas));
    }

    /** Whether granted privileges are compared (off by default). */
    public B privileges(boolean privileges) {
        this.privileges = privileges;
        return self();
    }

    /** Which expected-side schema (the candidate's, in a check) stands for which actual-side schema ({@code null}: none). */
    public B schemaMapping(SchemaMapping mapping) {
        this.schemaMapping = mapping == null ? SchemaMapping.none() : mapping;
        return self();
    }

    /**
     * The schema mapping as a user writes it: {@code expected=actual} pairs separated by commas, e.g.
     * {@code staging=public} (the expected side's {@code staging} is compared with the actual side's
     * {@code public}; reports name {@code public}).
     *
     * @throws SchemaParityException when an entry is not of the form {@code expected=actual}
     */
    public B schemaMapping(String mapping) {
        return schemaMapping(SchemaMapping.parse(mapping));
    }
}
