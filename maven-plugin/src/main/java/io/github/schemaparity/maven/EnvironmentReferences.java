package io.github.schemaparity.maven;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.engine.Environment;
import io.github.schemaparity.engine.JudgingConfig;
import io.github.schemaparity.engine.Source;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.log.ParityLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The {@code check} goal's named environments mapped once into the engine's {@link Environment}s: each
 * {@link EnvironmentReference}'s source with its {@code serverId} credentials, and the goal's judging with
 * the environment's own rules (added) and baseline (instead).
 *
 * @param sources     how the goal reads a side as the user wrote it (relative snapshots from the project)
 * @param settings    Maven's settings, for {@code serverId}s
 * @param decrypter   decrypts settings passwords
 * @param goalRules   the goal's own {@code <rules>}, which every environment keeps
 * @param base        the project folder, for relative baselines
 */
record EnvironmentReferences(Function<String, Source> sources, Settings settings, SettingsDecrypter decrypter,
        List<String> goalRules, Path base) {

    /**
     * The environments to check: {@code configured} ({@code <references>}) with {@code commandLine}'s URLs
     * ({@code staging=<url>,production=<url>}) applied by name, names not configured added; empty when
     * neither is given (the goal's single reference).
     */
    static List<EnvironmentReference> merge(List<EnvironmentReference> configured, String commandLine) {
        List<EnvironmentReference> all = new ArrayList<>();
        if (configured != null) {
            for (EnvironmentReference r : configured) {
                if (r == null || r.name == null || r.name.isBlank()) {
                    throw new SchemaParityException("A <reference> in <references> has no <name>: name each environment,"
                            + " e.g. <name>staging</name>");
                }
                all.add(r);
            }
        }
        if (commandLine != null && !commandLine.isBlank()) {
            Environment.parseNames(commandLine).forEach((name, url) -> all.stream()
                    .filter(r -> r.name.trim().equals(name)).findFirst()
                    .ifPresentOrElse(r -> r.url = url, () -> all.add(new EnvironmentReference(name, url))));
        }
        return all;
    }

    /** Every environment with its source and judging ({@code goal}'s, as {@link #judging} adapts it). */
    List<Environment> environments(List<EnvironmentReference> references, JudgingConfig goal, ParityLog log) {
        List<Environment> environments = new ArrayList<>();
        for (EnvironmentReference r : references) {
            environments.add(Environment.of(r.name.trim(), source(r, log))
                    .withJudging(judging(goal, r)).withFailOnPending(r.failOnPending));
        }
        return environments;
    }

    /** One environment's source; a live one with a {@code serverId} gets that server's credentials. */
    Source source(EnvironmentReference r, ParityLog log) {
        String url = AbstractParityMojo.require(r.url, "references", "url of reference " + r.name,
                "JDBC URL of a replica or snapshot file");
        Source source = sources.apply(url);
        if (!(source instanceof Source.Jdbc jdbc) || r.serverId == null || r.serverId.isBlank()) {
            return source;
        }
        ReferenceCredentials credentials = ReferenceCredentials.fromServer(r.serverId.trim(),
                "serverId of reference " + r.name, settings, decrypter);
        log.info("reference " + r.name + ": " + jdbc.describe() + " (credentials from " + credentials.origin() + ")");
        return new Source.Jdbc(new JdbcSource(jdbc.jdbc().url(),
                credentials.user() != null ? credentials.user() : jdbc.jdbc().user(),
                credentials.password() != null ? credentials.password() : jdbc.jdbc().password()))
                .withServerId(r.serverId);
    }

    /** The goal's judging with one environment's own rules (added) and baseline (instead). */
    JudgingConfig judging(JudgingConfig goal, EnvironmentReference r) {
        boolean ownRules = r.rules != null && !r.rules.isEmpty();
        if (!ownRules && r.baseline == null) {
            return goal;
        }
        JudgingConfig.Builder own = goal.toBuilder();
        if (ownRules) {
            List<String> all = new ArrayList<>(goalRules == null ? List.of() : goalRules);
            all.addAll(r.rules);
            own.rules(all);
        }
        if (r.baseline != null) {
            Path file = r.baseline.toPath();
            own.baseline(file.isAbsolute() ? file : base.resolve(file));
        }
        return own.build();
    }
}
