package io.github.schemaparity.engine;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.jdbc.JdbcUrls;
import io.github.schemaparity.mapping.SchemaMapping;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * Which schemas to capture on the candidate and how to rename them to the reference's names.
 *
 * <p>On MySQL/MariaDB a database is the schema and the candidate's database is never named like
 * production's, so the candidate's own database (the one its URL names) always stands for the
 * reference's database: the only one the reference holds, else the one the reference URL names, else the
 * first of {@code schemas}. Further reference databases are captured on the candidate under their own
 * names (or through the user's {@code schemaMapping}). On PostgreSQL only the user's mapping renames.
 */
final class CandidateSchemas {
    /** How the candidate's own database is written in cache keys: its real name changes every run. */
    private static final String CANDIDATE_DATABASE = "<candidate>";

    private final CandidateConfig config;
    private final Reference reference;

    CandidateSchemas(CandidateConfig config, Reference reference) {
        this.config = config;
        this.reference = reference;
    }

    /** Whether the reference is a MySQL/MariaDB database, whose candidate is one database of another name. */
    boolean databaseIsSchema() {
        return EngineRegistry.of(reference.loaded().catalog().engine()).databaseIsSchema();
    }

    /**
     * The reference's database the candidate's own database stands for (MySQL/MariaDB only), or
     * {@code null} when the reference holds none (an empty snapshot): the candidate keeps its name.
     */
    String primary() {
        List<String> names = referenceNames();
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.isEmpty()) {
            return null;
        }
        if (config.reference() instanceof Source.Jdbc jdbc) {
            String named = JdbcUrls.database(jdbc.jdbc().url());
            if (named != null && names.contains(named)) {
                return named;
            }
        }
        return names.get(0);
    }

    /**
     * The renaming as the cache key records it: the candidate's own database under a fixed placeholder,
     * since its real name changes from run to run while the cached catalog does not.
     */
    String keyText() {
        return databaseIsSchema() ? mapping(CANDIDATE_DATABASE).toString() : config.schemaMapping().toString();
    }

    /** What to capture on a candidate whose own database is {@code candidateDatabase} ({@code null} on PostgreSQL). */
    CaptureOptions options(String candidateDatabase) {
        List<String> actual = reference.schemas();
        if (!databaseIsSchema()) {
            return new CaptureOptions(config.schemaMapping().toExpected(actual), config.privileges());
        }
        SchemaMapping mapping = mapping(candidateDatabase);
        List<String> wanted = new ArrayList<>();
        String primary = primary();
        wanted.add(primary == null ? candidateDatabase : mapping.toExpected(primary));
        for (String name : actual) {
            String expected = mapping.toExpected(name);
            if (expected != null && !wanted.contains(expected)) {
                wanted.add(expected);
            }
        }
        return new CaptureOptions(wanted, config.privileges());
    }

    /** The renaming of the candidate's catalog to the reference's names. */
    SchemaMapping mapping(String candidateDatabase) {
        SchemaMapping explicit = config.schemaMapping();
        if (!databaseIsSchema() || candidateDatabase == null) {
            return explicit;
        }
        String primary = primary();
        // A user who maps one of the candidate's databases onto production's database wins.
        if (primary == null || explicit.expectedToActual().containsValue(primary)) {
            return explicit;
        }
        return explicit.with(candidateDatabase, primary);
    }

    /** The candidate database of a MySQL/MariaDB candidate URL, or {@code null} on PostgreSQL. */
    String candidateDatabase(String candidateUrl) {
        if (!databaseIsSchema()) {
            return null;
        }
        String name = JdbcUrls.database(candidateUrl);
        if (name == null) {
            throw new SchemaParityException("The candidate's URL " + JdbcUrls.mask(candidateUrl) + " names no database");
        }
        return name;
    }

    /** The candidate's catalog under the reference's names. */
    Catalog rename(Catalog candidate, String candidateDatabase) {
        return mapping(candidateDatabase).apply(candidate);
    }

    private List<String> referenceNames() {
        if (!reference.schemas().isEmpty()) {
            return reference.schemas();
        }
        return reference.loaded().catalog().schemas().stream().map(Schema::name).toList();
    }
}
