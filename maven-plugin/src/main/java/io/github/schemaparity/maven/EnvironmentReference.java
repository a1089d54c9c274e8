package io.github.schemaparity.maven;

import java.io.File;
import java.util.List;

/**
 * One {@code <reference>} of the {@code check} goal's {@code <references>}: a named environment and,
 * where it has its own, its policy. Maven fills the fields from the POM; {@link CheckMojo} maps them once
 * into the engine's {@code Environment}.
 *
 * <pre>{@code
 * <reference>
 *   <name>production</name>
 *   <url>jdbc:postgresql://prod-replica/app</url>
 *   <serverId>prod-ro</serverId>
 *   <failOnPending>false</failOnPending>
 *   <rules><rule>allow INDEX:UNEXPECTED public.orders.*</rule></rules>
 *   <baseline>src/test/resources/schemaparity/production-baseline.json</baseline>
 * </reference>
 * }</pre>
 */
public class EnvironmentReference {
    /** The environment's name; its reports go to {@code <reportDir>/<name>}. */
    String name;

    /** Its JDBC URL (a read-only replica) or snapshot file; {@code -Dschemaparity.references} may set it. */
    String url;

    /** The id of a settings.xml {@code <server>} with its credentials. */
    String serverId;

    /** Whether migrations not yet applied there fail the build (default false: an environment may lag behind). */
    boolean failOnPending;

    /** Rules added to the goal's {@code <rules>} for this environment only. */
    List<String> rules;

    /** This environment's baseline file, instead of the goal's. */
    File baseline;

    /** Maven's constructor. */
    public EnvironmentReference() {
    }

    EnvironmentReference(String name, String url) {
        this.name = name;
        this.url = url;
    }
}
