package io.github.schemaparity.maven;

import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.engine.Source;
import io.github.schemaparity.jdbc.JdbcSource;
import java.util.function.UnaryOperator;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * How one database a goal opens gets its user and password, the same way in every goal ({@code check},
 * {@code baseline}, {@code snapshot}, {@code compare}, and any later goal that opens a database): the
 * {@code settings.xml} server named by {@code serverId} when one is given (its password decrypted
 * through Maven's settings decrypter), else the two environment variables, each where it is set. What
 * is found replaces the URL's own {@code user} and {@code password}; with nothing found the URL is used
 * as written.
 *
 * @param name             the database as the log names it, e.g. {@code reference}
 * @param serverId         the id of a {@code settings.xml} server, or {@code null}
 * @param serverIdProperty the property that names it, for the error when there is no such server
 * @param userEnv          the environment variable holding the user
 * @param passwordEnv      the environment variable holding the password
 */
record DatabaseLogin(String name, String serverId, String serverIdProperty, String userEnv, String passwordEnv) {

    /**
     * The source with its credentials resolved; a snapshot file is returned as it is. Logs one line
     * naming the database (masked URL), the user and where the credentials came from.
     *
     * @throws io.github.schemaparity.SchemaParityException when the server id is unknown or its password
     *                                                      cannot be decrypted (one line with the fix)
     */
    Source resolve(Source source, Settings settings, SettingsDecrypter decrypter, UnaryOperator<String> env,
            ParityLog log) {
        if (!(source instanceof Source.Jdbc jdbc)) {
            return source;
        }
        Source.Jdbc resolved = new Source.Jdbc(resolve(jdbc.jdbc(), settings, decrypter, env, log), jdbc.kind());
        // The reports name the server id: with the URL it says which database this was, as the user gave it.
        return usesServer() ? resolved.withServerId(serverId) : resolved;
    }

    /** Whether the credentials come from a settings.xml server. */
    private boolean usesServer() {
        return serverId != null && !serverId.isBlank();
    }

    /** As {@link #resolve(Source, Settings, SettingsDecrypter, UnaryOperator, ParityLog)}, for a JDBC source. */
    JdbcSource resolve(JdbcSource jdbc, Settings settings, SettingsDecrypter decrypter, UnaryOperator<String> env,
            ParityLog log) {
        ReferenceCredentials credentials = usesServer()
                ? ReferenceCredentials.fromServer(serverId.trim(), serverIdProperty, settings, decrypter)
                : ReferenceCredentials.fromEnvironment(userEnv, passwordEnv, env);
        if (credentials == ReferenceCredentials.NONE) {
            log.info(name + ": " + jdbc.maskedUrl());
            return jdbc;
        }
        log.info(name + ": " + jdbc.maskedUrl() + " as " + (credentials.user() != null ? credentials.user()
                : "the URL's user") + " (credentials from " + credentials.origin() + ")");
        return new JdbcSource(jdbc.url(), credentials.user() != null ? credentials.user() : jdbc.user(),
                credentials.password() != null ? credentials.password() : jdbc.password());
    }
}
