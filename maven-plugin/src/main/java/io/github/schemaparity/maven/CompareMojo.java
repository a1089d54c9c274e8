package io.github.schemaparity.maven;

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
 *     -Dschemaparity.expected='jdbc:postgresql://ci-db:5432/shop?user=ci&amp;password=...' \
 *     -Dschemaparity.actual='jdbc:postgresql://replica:5432/shop?user=ro&amp;password=...'
 * </pre>
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
        ParityConfig config = comparisonSettings(ParityConfig.builder())
                .expected(source(require(expected, "expected", "expected database", "JDBC URL or snapshot file")))
                .actual(source(require(actual, "actual", "actual database", "JDBC URL or snapshot file")))
                .build();
        failUnlessPassed(engine.compare(config));
    }
}
