package io.github.schemaparity.maven;

import io.github.schemaparity.engine.ParityEngine;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The history report: reads the drift history {@code snapshot -Dschemaparity.history=<file>} keeps and
 * says, for each drift still there, when it was first seen (and the capture before, which did not have
 * it), the migration version then, whether it came by hand, and whether a migration was applied after it;
 * drifts a later capture no longer had are listed as gone. Writes {@code history.json} and
 * {@code history.md} into {@link #reportDir}. Needs no project and no database:
 *
 * <pre>
 * mvn io.github.schemaparity:schemaparity-maven-plugin:history \
 *     -Dschemaparity.history=src/test/resources/schemaparity/production-history.jsonl
 * </pre>
 */
@Mojo(name = "history", requiresProject = false, threadSafe = true)
public class HistoryMojo extends AbstractParityMojo {
    /** The drift history file to read, relative to the project (or current) folder. */
    @Parameter(property = "schemaparity.history")
    File history;

    /**
     * Where {@code history.json} and {@code history.md} go. Default:
     * <code>${project.build.directory}/schemaparity</code> (<code>./target/schemaparity</code> without a project).
     */
    @Parameter(property = "schemaparity.reportDir")
    File reportDir;

    @Override
    void run(ParityEngine engine) {
        Path file = baseDirectory().resolve(require(history == null ? null : history.getPath(), "history",
                "drift history file", "file").trim());
        engine.history(file, reportDir != null ? baseDirectory().resolve(reportDir.toPath())
                : buildDirectory().resolve("schemaparity"));
    }
}
