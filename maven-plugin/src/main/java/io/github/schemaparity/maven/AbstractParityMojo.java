package io.github.schemaparity.maven;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.capture.CaptureRetry;
import io.github.schemaparity.engine.ParityEngine;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.engine.Source;
import io.github.schemaparity.jdbc.JdbcSource;
import java.io.File;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** What every SchemaParity goal shares: {@code skip}, the engine, and errors as one-line build failures. */
abstract class AbstractParityMojo extends AbstractMojo {

    /** Skips the goal. Also {@code -Dschemaparity.skip}, which skips every SchemaParity goal. */
    @Parameter(property = "schemaparity.skip", defaultValue = "false")
    boolean skip;

    /**
     * How many times a capture of a live database is tried again after a passing failure (a recovery
     * conflict on a hot standby, a lock timeout, DDL committed meanwhile), one log line each.
     */
    @Parameter(property = "schemaparity.capture.retries", defaultValue = "8")
    int captureRetries = CaptureRetry.DEFAULT_RETRIES;

    /** The longest, in seconds, all attempts of one capture may take together. */
    @Parameter(property = "schemaparity.capture.retryTime", defaultValue = "120")
    int captureRetryTime = (int) CaptureRetry.DEFAULT_TOTAL_TIME.toSeconds();

    /** The running build (settings, repository session); set by Maven. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** The project the goal runs in (Maven's stub project when there is none); set by Maven. */
    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    /** Decrypts {@code settings.xml} passwords (with {@code settings-security.xml}) as Maven itself does. */
    @Inject
    SettingsDecrypter settingsDecrypter;

    /** Reads the environment variables credentials come from; tests replace it. */
    UnaryOperator<String> environmentVariables = System::getenv;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("SchemaParity: skipped (schemaparity.skip)");
            return;
        }
        try {
            warnAboutPasswordsInUrls();
            run(new ParityEngine(engineLog(), CaptureRetry.of(captureRetries, captureRetryTime)));
        } catch (SchemaParityException e) {
            // The message is the whole story for the user. Without -e Maven would append the message of
            // every cause to it, so the technical cause is only attached when -e asks for it.
            if (session != null && session.getRequest().isShowErrors()) {
                throw new MojoExecutionException(e.getMessage(), e);
            }
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /**
     * A parameter's value, or a one-line error naming its property. Parameters are not marked
     * {@code required}: Maven would then refuse to run even with {@code -Dschemaparity.skip}.
     */
    static String require(String value, String name, String thing, String form) {
        if (value == null || value.isBlank()) {
            throw new SchemaParityException("No " + thing + " given: set -Dschemaparity." + name + "=<" + form
                    + "> or <" + name + "> in the plugin configuration");
        }
        return value;
    }

    /**
     * A side as the user wrote it; a relative snapshot path is taken from the project folder, so the
     * goal behaves the same whatever folder Maven is started from.
     */
    Source source(String text) {
        Source source = Source.parse(text);
        if (source instanceof Source.Snapshot snapshot && !snapshot.file().isAbsolute()) {
            return Source.snapshot(baseDirectory().resolve(snapshot.file()));
        }
        return source;
    }

    /** A source with its user and password resolved as {@code login} says (settings.xml server or environment). */
    Source withCredentials(Source source, DatabaseLogin login) {
        return login.resolve(source, session == null ? null : session.getSettings(), settingsDecrypter,
                environmentVariables, new MavenParityLog(getLog()));
    }

    /** As {@link #withCredentials(Source, DatabaseLogin)}, for a goal that opens only live databases ({@code data}). */
    JdbcSource withCredentials(JdbcSource source, DatabaseLogin login) {
        return login.resolve(source, session == null ? null : session.getSettings(), settingsDecrypter,
                environmentVariables, new MavenParityLog(getLog()));
    }

    /** Where a goal writes its reports: the configured {@code reportDir}, else {@code schemaparity} in the build folder. */
    Path reportFolder(File reportDir) {
        return reportDir != null ? reportDir.toPath() : buildDirectory().resolve("schemaparity");
    }

    /**
     * The project's folder, or the current folder when the goal runs without a project (Maven's stub
     * project then leaves {@code ${project.basedir}} unresolved in default values).
     */
    Path baseDirectory() {
        if (project != null && project.getFile() != null) {
            return project.getBasedir().toPath();
        }
        String base = session == null ? null : session.getRequest().getBaseDirectory();
        return Path.of(base != null ? base : System.getProperty("user.dir"));
    }

    /** The project's build folder, or {@code ./target} without a project. */
    Path buildDirectory() {
        if (project != null && project.getFile() != null) {
            return Path.of(project.getBuild().getDirectory());
        }
        return baseDirectory().resolve("target");
    }

    /** Where the engine's lines go: Maven's log at the engine's levels. */
    ParityLog engineLog() {
        return new MavenParityLog(getLog());
    }

    /** Where a password belongs instead of a URL, as this goal's settings name it. */
    static final String GOAL_CREDENTIALS = "give the password through the goal's settings.xml server id"
            + " (schemaparity.<side>.serverId, encryptable with mvn -ep) or its SCHEMAPARITY_<SIDE>_PASSWORD"
            + " environment variable, or the driver's password file (~/.pgpass)";

    /** The goal's URL parameters by property name, for the password warning. */
    java.util.Map<String, String> urlParameters() {
        return java.util.Map.of();
    }

    /** Where a password belongs instead of a URL for this goal. */
    String credentialAlternatives() {
        return GOAL_CREDENTIALS;
    }

    /** One warning line when any URL parameter holds a password (Maven's -X prints parameters). */
    private void warnAboutPasswordsInUrls() {
        java.util.List<String> holding = new java.util.ArrayList<>();
        new java.util.TreeMap<>(urlParameters()).forEach((name, url) -> {
            if (io.github.schemaparity.jdbc.JdbcUrls.passwordInUrlWarning(name, url, "") != null) {
                holding.add(name);
            }
        });
        if (!holding.isEmpty()) {
            getLog().warn(io.github.schemaparity.jdbc.JdbcUrls.passwordInUrlWarning(String.join(" and ", holding),
                    urlParameters().get(holding.get(0)), credentialAlternatives()));
        }
    }

    /** Runs the goal; {@link SchemaParityException}s become one-line build errors. */
    abstract void run(ParityEngine engine) throws MojoFailureException;
}
