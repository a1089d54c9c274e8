package io.github.schemaparity.maven;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.engine.ParityEngine;
import io.github.schemaparity.engine.SnapshotHistory;
import io.github.schemaparity.engine.Source;
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
 *     -Dschemaparity.url=jdbc:postgresql://replica:5432/shop -Dschemaparity.reference.serverId=prod-replica
 * </pre>
 *
 * <p>The user and password come from the {@code settings.xml} server {@link #referenceServerId} (an
 * encrypted password is decrypted), else from the environment variables {@code SCHEMAPARITY_REFERENCE_USER}
 * and {@code SCHEMAPARITY_REFERENCE_PASSWORD}, else from the URL: the same rule and properties as
 * {@code check}'s reference, so that the password never lands in the shell history.
 *
 * <p>With {@code -Dschemaparity.history=<file>} it also keeps a drift history: one JSON line per change of
 * the catalog, for a nightly job to watch production and the {@code history} goal to report on.
 */
@Mojo(name = "snapshot", requiresProject = false, threadSafe = true)
public class SnapshotMojo extends AbstractParityMojo {
    /** Where the snapshot goes by default, relative to the project (or current) folder. */
    static final String DEFAULT_SNAPSHOT = "src/test/resources/schemaparity/snapshot.json";

    /** The database: a JDBC URL; credentials from {@link #referenceServerId} or the environment, else its query string. */
    @Parameter(property = "schemaparity.url")
    String url;

    /** The id of a {@code settings.xml} {@code <server>} holding the database's username and password. */
    @Parameter(property = "schemaparity.reference.serverId")
    String referenceServerId;

    /** The environment variable holding the database's user; used when set and no server id is given. */
    @Parameter(property = "schemaparity.reference.userEnv", defaultValue = "SCHEMAPARITY_REFERENCE_USER")
    String referenceUserEnv;

    /** The environment variable holding the database's password; used when set and no server id is given. */
    @Parameter(property = "schemaparity.reference.passwordEnv", defaultValue = "SCHEMAPARITY_REFERENCE_PASSWORD")
    String referencePasswordEnv;

    /**
     * The snapshot file to write. Default: <code>${project.basedir}/src/test/resources/schemaparity/snapshot.json</code>,
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

    /**
     * A drift history to keep (JSON Lines, e.g. <code>src/test/resources/schemaparity/production-history.jsonl</code>,
     * relative to the project or current folder): whenever the captured catalog differs from the snapshot it
     * replaces, one line with the capture time, the masked URL, server and applied migration version and the
     * differences (report.json's records) is appended; an unchanged catalog appends nothing. Read it with the
     * {@code history} goal. Default: none.
     */
    @Parameter(property = "schemaparity.history")
    File history;

    /**
     * With {@link #history}: whether an unchanged catalog appends a heartbeat line (so the history shows the
     * watch ran); the snapshot file stays byte for byte as it is either way.
     */
    @Parameter(property = "schemaparity.history.heartbeat", defaultValue = "false")
    boolean historyHeartbeat;

    @Override
    java.util.Map<String, String> urlParameters() {
        return url == null ? java.util.Map.of() : java.util.Map.of("schemaparity.url", url);
    }

    @Override
    void run(ParityEngine engine) {
        Path file = baseDirectory().resolve(snapshot != null ? snapshot.toPath() : Path.of(DEFAULT_SNAPSHOT));
        JdbcSource source = ((Source.Jdbc) withCredentials(new Source.Jdbc(JdbcSource.of(require(url, "url",
                "database URL", "JDBC URL"))), new DatabaseLogin("database", referenceServerId,
                "schemaparity.reference.serverId", referenceUserEnv, referencePasswordEnv))).jdbc();
        SnapshotHistory watch = history == null ? SnapshotHistory.NONE
                : new SnapshotHistory(baseDirectory().resolve(history.toPath()), historyHeartbeat);
        engine.snapshot(source, new CaptureOptions(schemas, privileges), file, watch);
    }
}
