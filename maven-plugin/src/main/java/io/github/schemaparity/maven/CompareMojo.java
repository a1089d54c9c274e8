package io.github.schemaparity.maven;

import io.github.schemaparity.engine.JudgingConfig;
import io.github.schemaparity.engine.ParityConfig;
import io.github.schemaparity.engine.ParityEngine;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares two databases, or a database and a snapshot, and fails the build when a difference is not
 * allowed by the policy. Both live sides are opened read-only. Needs no project:
 *
 * <pre>
 * mvn io.github.schemaparity:schemaparity-maven-plugin:compare \
 *     -Dschemaparity.expected=jdbc:postgresql://ci-db:5432/shop -Dschemaparity.expected.serverId=ci-db \
 *     -Dschemaparity.actual=jdbc:postgresql://replica:5432/shop -Dschemaparity.actual.serverId=prod-replica
 * </pre>
 *
 * <p>Each live side takes its user and password from its {@code settings.xml} server id, else from its
 * environment variables ({@code SCHEMAPARITY_EXPECTED_USER}/{@code _PASSWORD},
 * {@code SCHEMAPARITY_ACTUAL_USER}/{@code _PASSWORD}), else from its URL.
 *
 * <p>Writes {@code report.json} into {@link #reportDir} and prints a summary: each failing difference at
 * ERROR level, allowed ones at WARN, the rest at INFO.
 */
@Mojo(name = "compare", requiresProject = false, threadSafe = true)
public class CompareMojo extends AbstractComparisonMojo {

    /**
     * What the schema should be: a JDBC URL ({@code jdbc:postgresql://host:5432/db}, with
     * {@code user} and {@code password} in its query string if needed) or a snapshot file path.
     */
    @Parameter(property = "schemaparity.expected")
    String expected;

    /** What the schema is: a JDBC URL or a snapshot file path, as for {@link #expected}. */
    @Parameter(property = "schemaparity.actual")
    String actual;

    /** The id of a {@code settings.xml} {@code <server>} holding the expected database's username and password. */
    @Parameter(property = "schemaparity.expected.serverId")
    String expectedServerId;

    /** The environment variable holding the expected database's user; used when set and no server id is given. */
    @Parameter(property = "schemaparity.expected.userEnv", defaultValue = "SCHEMAPARITY_EXPECTED_USER")
    String expectedUserEnv;

    /** The environment variable holding the expected database's password; used when set and no server id is given. */
    @Parameter(property = "schemaparity.expected.passwordEnv", defaultValue = "SCHEMAPARITY_EXPECTED_PASSWORD")
    String expectedPasswordEnv;

    /** The id of a {@code settings.xml} {@code <server>} holding the actual database's username and password. */
    @Parameter(property = "schemaparity.actual.serverId")
    String actualServerId;

    /** The environment variable holding the actual database's user; used when set and no server id is given. */
    @Parameter(property = "schemaparity.actual.userEnv", defaultValue = "SCHEMAPARITY_ACTUAL_USER")
    String actualUserEnv;

    /** The environment variable holding the actual database's password; used when set and no server id is given. */
    @Parameter(property = "schemaparity.actual.passwordEnv", defaultValue = "SCHEMAPARITY_ACTUAL_PASSWORD")
    String actualPasswordEnv;

    @Override
    java.util.Map<String, String> urlParameters() {
        java.util.Map<String, String> urls = new java.util.HashMap<>();
        urls.put("schemaparity.expected", expected);
        urls.put("schemaparity.actual", actual);
        urls.values().removeIf(java.util.Objects::isNull);
        return urls;
    }

    @Override
    void run(ParityEngine engine) throws MojoFailureException {
        // Judging settings first, as before: a bad failOn or rule is named before the sides are looked at.
        JudgingConfig judging = judging();
        ParityConfig config = ParityConfig.builder()
                .expected(withCredentials(source(require(expected, "expected", "expected database",
                        "JDBC URL or snapshot file")), new DatabaseLogin("expected", expectedServerId,
                        "schemaparity.expected.serverId", expectedUserEnv, expectedPasswordEnv)))
                .actual(withCredentials(source(require(actual, "actual", "actual database",
                        "JDBC URL or snapshot file")), new DatabaseLogin("actual", actualServerId,
                        "schemaparity.actual.serverId", actualUserEnv, actualPasswordEnv)))
                .schemas(schemas)
                .privileges(privileges)
                .schemaMapping(schemaMapping)
                .judging(judging)
                .build();
        if (tenantsMode() != null) {
            failUnlessPassed(engine.compareTenants(config, tenantsMode()));
            return;
        }
        failUnlessPassed(engine.compare(config));
    }
}
