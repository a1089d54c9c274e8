package io.github.schemaparity.junit;

import io.github.schemaparity.engine.LiveCandidate;
import io.github.schemaparity.policy.Severity;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.opentest4j.AssertionFailedError;

/**
 * Compares a database that is already migrated with production, for flows {@link SchemaParity} cannot
 * express, e.g. a Spring Boot test whose application ran Flyway on its own {@code DataSource}:
 *
 * <pre>{@code
 * @SpringBootTest
 * class SchemaMatchesProductionTest {
 *     @Autowired DataSource dataSource;
 *
 *     @Test
 *     void schemaMatchesProduction() {
 *         SchemaParityCheck.assertMatches(dataSource, "classpath:schemaparity/snapshot.json");
 *     }
 * }
 * }</pre>
 *
 * The database is only read, in a read-only transaction that is rolled back. Settings are those of
 * {@link SchemaParity} that concern the comparison; a failure message is the one a {@link SchemaParity}
 * class fails with.
 */
public final class SchemaParityCheck {
    private static final String OWNER = "SchemaParityCheck";

    private final DataSource dataSource;
    private String reference = "";
    private String referenceUrlVariable = "";
    private String referenceUserVariable = "";
    private String referencePasswordVariable = "";
    private List<String> schemas = List.of();
    private List<String> ignore = List.of();
    private Severity failOn = Severity.LOW;
    private boolean columnOrder;
    private boolean privileges;
    private boolean ignoreMigrationHistory = true;
    private String schemaMapping = "";
    private Path reportDir = Path.of(ParitySettings.DEFAULT_REPORT_DIR);
    private List<String> rules = List.of();
    private List<String> risks = List.of();
    private String baseline = "";
    private boolean baselineStrict;

    private SchemaParityCheck(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** A check of the database behind {@code dataSource}, with every setting at its default. */
    public static SchemaParityCheck of(DataSource dataSource) {
        return new SchemaParityCheck(dataSource);
    }

    /**
     * Compares the database behind {@code dataSource} with a reference snapshot under the default policy.
     *
     * @param reference {@code classpath:name} or a file path relative to the project folder
     * @return the result, when it passed
     * @throws AssertionFailedError listing each difference not allowed, object path first
     */
    public static SchemaParityResult assertMatches(DataSource dataSource, String reference) {
        return of(dataSource).reference(reference).assertMatches();
    }

    /** Production as a snapshot: {@code classpath:name}, or a file path relative to the project folder. */
    public SchemaParityCheck reference(String reference) {
        this.reference = reference;
        return this;
    }

    /** Production as a live replica: the system property or environment variable holding its JDBC URL. */
    public SchemaParityCheck referenceUrlVariable(String name) {
        this.referenceUrlVariable = name;
        return this;
    }

    /** The system property or environment variable holding the replica's user. */
    public SchemaParityCheck referenceUserVariable(String name) {
        this.referenceUserVariable = name;
        return this;
    }

    /** The system property or environment variable holding the replica's password. */
    public SchemaParityCheck referencePasswordVariable(String name) {
        this.referencePasswordVariable = name;
        return this;
    }

    /** Schemas to compare; none: the reference snapshot's schemas, else every non-system schema. */
    public SchemaParityCheck schemas(String... schemas) {
        this.schemas = Arrays.asList(schemas);
        return this;
    }

    /** Object-path globs whose differences are allowed, e.g. {@code public.audit_*}. */
    public SchemaParityCheck ignore(String... globs) {
        this.ignore = Arrays.asList(globs);
        return this;
    }

    /** The lowest severity that fails (default LOW: any difference). */
    public SchemaParityCheck failOn(Severity severity) {
        this.failOn = severity;
        return this;
    }

    /** Whether column order is compared (default no). */
    public SchemaParityCheck columnOrder(boolean columnOrder) {
        this.columnOrder = columnOrder;
        return this;
    }

    /**
     * Which schema of the checked database stands for which schema of the reference, as
     * {@code checked=reference} pairs, e.g. {@code staging=public} (default none; on MySQL/MariaDB the
     * connection's database always stands for the reference's).
     */
    public SchemaParityCheck schemaMapping(String schemaMapping) {
        this.schemaMapping = schemaMapping == null ? "" : schemaMapping;
        return this;
    }

    /** Whether granted privileges are compared (default no). */
    public SchemaParityCheck privileges(boolean privileges) {
        this.privileges = privileges;
        return this;
    }

    /** Whether differences in the migration tools' history tables are allowed (default yes). */
    public SchemaParityCheck ignoreMigrationHistory(boolean ignore) {
        this.ignoreMigrationHistory = ignore;
        return this;
    }

    /** Allow and deny rules, e.g. {@code allow INDEX:UNEXPECTED}, {@code deny public.payment*}. */
    public SchemaParityCheck rules(String... rules) {
        this.rules = Arrays.asList(rules);
        return this;
    }

    /** Re-ratings of kinds of difference, {@code KEY=RISK}, e.g. {@code COLUMN:CHANGED:default=80}. */
    public SchemaParityCheck risks(String... risks) {
        this.risks = Arrays.asList(risks);
        return this;
    }

    /**
     * The baseline of acknowledged differences: {@code classpath:name} or a file relative to the project
     * (default: {@code classpath:schemaparity/baseline.json} when it exists).
     */
    public SchemaParityCheck baseline(String baseline) {
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        return this;
    }

    /** Whether baseline entries that match no difference fail the comparison. */
    public SchemaParityCheck baselineStrict(boolean strict) {
        this.baselineStrict = strict;
        return this;
    }

    /** Where {@code report.json} is written, relative to the project folder (default target/schemaparity). */
    public SchemaParityCheck reportDir(Path reportDir) {
        this.reportDir = Objects.requireNonNull(reportDir, "reportDir");
        return this;
    }

    /**
     * Compares, writes {@code report.json}, and returns the result whatever the verdict.
     *
     * @throws IllegalArgumentException naming the setting, when the settings contradict each other or
     *                                  the reference does not exist
     * @throws io.github.schemaparity.SchemaParityException when the database cannot be read
     */
    public SchemaParityResult compare() {
        Path projectDir = Path.of("").toAbsolutePath();
        ParitySettings settings = new ParitySettings(reference, referenceUrlVariable, referenceUserVariable,
                referencePasswordVariable, List.of(), "", "", CandidateProvider.AUTO, "", "", schemas, ignore, failOn,
                columnOrder, privileges, ignoreMigrationHistory, reportDir.toString(), rules, risks, baseline,
                baselineStrict, true, schemaMapping);
        ParitySettings.Configs config = settings.toConfigs(OWNER, projectDir, classLoader(),
                projectDir.resolve(reportDir));
        String description = "DataSource " + dataSource.getClass().getSimpleName();
        try (Connection connection = dataSource.getConnection()) {
            return new SchemaParityResult(
                    LiveCandidate.compareMigrated(connection, description, config.candidate(), config.judging(),
                            new TestLog()), projectDir);
        } catch (SQLException e) {
            throw new io.github.schemaparity.SchemaParityException("Cannot connect through " + description + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Compares like {@link #compare()} and fails when the policy does not allow a difference.
     *
     * @return the result, when it passed
     * @throws AssertionFailedError listing each difference not allowed, object path first
     */
    public SchemaParityResult assertMatches() {
        SchemaParityResult result = compare();
        if (!result.passed()) {
            throw new AssertionFailedError(result.message());
        }
        return result;
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : SchemaParityCheck.class.getClassLoader();
    }
}
