package io.github.schemaparity.junit;

import io.github.schemaparity.policy.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proves, from a test class, that the database built from the project's migrations matches
 * production: the same verdict as the Maven plugin's {@code check} goal, from the same engine.
 *
 * <p>Before the class's first test, a candidate database of production's engine and major version is
 * provisioned and migrated (once per JVM for every class with the same migrations, reference and
 * provisioning settings), then compared with the reference. Differences the policy does not allow fail
 * the class with one line per difference, object path first; {@code report.json} goes to
 * {@code target/schemaparity/<test class>/}. Tests may declare parameters of type
 * {@link SchemaParityResult}, {@link MigratedDatabase}, {@link javax.sql.DataSource} (the migrated
 * candidate) and {@code @}{@link CandidateUrl} {@code String}.
 *
 * <pre>{@code
 * @SchemaParity(reference = "classpath:schemaparity/snapshot.json")
 * class SchemaMatchesProductionTest {
 *     @Test
 *     void ordersTableExists(DataSource candidate) throws SQLException { ... }
 * }
 * }</pre>
 *
 * <p>Meta-annotate a composed annotation with it to share one configuration between classes.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SchemaParityExtension.class)
public @interface SchemaParity {

    /** The reference used when neither {@link #reference()} nor {@link #referenceUrlVariable()} is set. */
    String DEFAULT_REFERENCE = "classpath:schemaparity/snapshot.json";

    /**
     * Production as a snapshot file: {@code classpath:name} (a resource of the test class path), or a
     * file path relative to the project folder. Empty: {@value #DEFAULT_REFERENCE}, unless
     * {@link #referenceUrlVariable()} is set.
     */
    String reference() default "";

    /**
     * Several named environments checked in one run, each {@code name=reference} (a snapshot file relative to
     * the project, or a JDBC URL), e.g. {@code {"staging=target/staging.json", "production=target/production.json"}}.
     * When given, every environment is compared at its own applied migration version, the candidate is built once
     * per distinct version, the class fails when any environment fails (the message names which), and the
     * environment matrix is written to the report folder; parameters (result, candidate) cannot be injected.
     */
    String[] references() default {};

    /**
     * Production as a live, read-only replica: the name of a system property or, when no such property
     * is set, an environment variable holding its JDBC URL. Credentials never belong in code.
     */
    String referenceUrlVariable() default "";

    /**
     * The system property or environment variable holding the replica's user. Empty:
     * {@code SCHEMAPARITY_REFERENCE_USER} when set, else the user in the URL.
     */
    String referenceUserVariable() default "";

    /**
     * The system property or environment variable holding the replica's password. Empty:
     * {@code SCHEMAPARITY_REFERENCE_PASSWORD} when set, else the password in the URL.
     */
    String referencePasswordVariable() default "";

    /**
     * Flyway locations, e.g. {@code classpath:db/migration} or
     * {@code filesystem:src/main/resources/db/migration}. Set at most one of flywayLocations,
     * liquibaseChangelog and sqlFolder; none: the project's layout is detected as the check goal does.
     */
    String[] flywayLocations() default {};

    /** A Liquibase changelog: a file path relative to the project folder, or {@code classpath:name}. */
    String liquibaseChangelog() default "";

    /** A folder of plain SQL files, applied in natural version order, relative to the project folder. */
    String sqlFolder() default "";

    /**
     * Where the candidate runs: {@code AUTO} (Testcontainers when Docker answers, else embedded),
     * {@code TESTCONTAINERS}, {@code EMBEDDED}, or {@code SERVER} (see {@link #serverUrlVariable()}).
     */
    CandidateProvider provider() default CandidateProvider.AUTO;

    /** A container image overriding the official image of production's engine and major version. */
    String image() default "";

    /**
     * For provider {@code SERVER}: the system property or environment variable holding the JDBC URL
     * (credentials in its query string) of a server on which a scratch database may be created.
     */
    String serverUrlVariable() default "";

    /** Schemas to compare; none: the reference snapshot's schemas, else every non-system schema. */
    String[] schemas() default {};

    /** Object-path globs whose differences are allowed, e.g. {@code public.audit_*}. */
    String[] ignore() default {};

    /** The lowest severity that fails the class. */
    Severity failOn() default Severity.LOW;

    /** Whether column order is compared. */
    boolean columnOrder() default false;

    /** Whether granted privileges are compared. */
    boolean privileges() default false;

    /** Whether differences in flyway_schema_history and databasechangelog(lock) are allowed. */
    boolean ignoreMigrationHistory() default true;

    /**
     * Whether the comparison is made at the version production has applied (read from its Flyway or
     * Liquibase history table), reporting later migrations as pending rather than as drift. The database
     * the tests use still gets every migration.
     */
    boolean versionAware() default true;

    /** Where reports go, relative to the project folder; each test class writes into a folder of its name. */
    String reportDir() default "target/schemaparity";

    /**
     * Allow and deny rules, e.g. {@code rules = {"allow INDEX:UNEXPECTED", "deny public.payment*"}}:
     * {@code allow|deny} followed by any of {@code TYPE[:CHANGE[:attribute]]}, an object-path glob and
     * {@code severity>=LEVEL}. A deny rule fails a difference whatever else allows it, the baseline included.
     */
    String[] rules() default {};

    /** Re-ratings of kinds of difference, {@code KEY=RISK} with risk 0-100, e.g. {@code "COLUMN:CHANGED:default=80"}. */
    String[] risks() default {};

    /**
     * The baseline of acknowledged differences (written by the Maven plugin's {@code baseline} goal):
     * {@code classpath:name} or a file relative to the project folder. Empty:
     * {@code classpath:schemaparity/baseline.json} when it exists, else none.
     */
    String baseline() default "";

    /** Whether baseline entries that match no difference any more fail the class (default: they are reported). */
    boolean baselineStrict() default false;

    /**
     * Which candidate schema stands for which production schema, as {@code candidate=production} pairs
     * separated by commas, e.g. {@code staging=public}; reports use production's names. Not needed on
     * MySQL/MariaDB, where the candidate's database always stands for production's.
     */
    String schemaMapping() default "";
}
