package io.github.schemaparity.maven;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.engine.ParityEngine;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every SchemaParity goal shares: {@code skip}, the engine, and errors as one-line build failures. */
abstract class AbstractParityMojo extends AbstractMojo {

    /** Skips the goal. Also {@code -Dschemaparity.skip}, which skips every SchemaParity goal. */
    @Parameter(property = "schemaparity.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("SchemaParity: skipped (schemaparity.skip)");
            return;
        }
        try {
            run(new ParityEngine(new MavenParityLog(getLog())));
        } catch (SchemaParityException e) {
            // The message is the whole story for the user. Without -e Maven would append the message of
            // every cause to it, so the technical cause is only attached when -e asks for it.
            if (session != null && session.getRequest().isShowErrors()) {
                throw new MojoExecutionException(e.getMessage(), e);
            }
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /** Runs the goal; {@link SchemaParityException}s become one-line build errors. */
    abstract void run(ParityEngine engine) throws MojoFailureException;
}
