package io.github.schemaparity.maven;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.engine.ParityEngine;
import io.github.schemaparity.jdbc.JdbcSource;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Captures a live database, read-only, into a snapshot file to commit, so that later comparisons need
 * no access to it. The file is rewritten only when the schema changed. Needs no project:
 *
 * <pre>
 * mvn io.github.schemaparity:schemaparity-maven-plugin:snapshot \
 *     -Dschemaparity.url='jdbc:postgresql://replica:5432/shop?user=ro&amp;password=...'
 * </pre>
 */
@Mojo(name = "snapshot", requiresProject = false, threadSafe = true)
public class SnapshotMojo extends AbstractParityMojo {
    /** Where the snapshot goes by default, relative to the project (or current) folder. */
    static final String DEFAULT_SNAPSHOT = "src/test/resources/schemaparity/snapshot.json";

    /** The database: a JDBC URL, with {@code user} and {@code password} in its query string if needed. */
    @Parameter(property = "schemaparity.url")
    String url;

    /**
     * The snapshot file to write. Default: {@code ${project.basedir}/src/test/resources/schemaparity/snapshot.json},
     * on the project's test classpath where tests and {@code compare} can read it; outside a project,
     * the same path under the current folder.
     */
    @Parameter(property = "schemaparity.snapshot")
    File snapshot;

    /** Schemas to capture, comma-separated; default: every non-system schema. */
    @Parameter(property = "schemaparity.schemas")
    List<String> schemas;

    /** Whether granted privileges are captured. */
    @Parameter(property = "schemaparity.privileges", defaultValue = "false")
    boolean privileges;

    @Override
    java.util.Map<String, String> urlParameters() {
        return url == null ? java.util.Map.of() : java.util.Map.of("schemaparity.url", url);
    }

    @Override
    void run(ParityEngine engine) {
        Path file = baseDirectory().resolve(snapshot != null ? snapshot.toPath() : Path.of(DEFAULT_SNAPSHOT));
        JdbcSource source = JdbcSource.of(require(url, "url", "database URL", "JDBC URL"));
        engine.snapshot(source, new CaptureOptions(schemas, privileges), file);
    }
}
