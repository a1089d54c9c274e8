package io.github.schemaparity.maven;

import io.github.schemaparity.SchemaParityException;
import java.util.function.UnaryOperator;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * A user and password kept out of the POM: from a {@code settings.xml} {@code <server>} (decrypted
 * when encrypted), or from environment variables.
 *
 * @param user     the user, or {@code null} (then the JDBC URL's own or the driver's default applies)
 * @param password the password, or {@code null}; never printed
 * @param origin   where they came from, for the log, e.g. {@code settings.xml server 'prod-replica'}
 */
record ReferenceCredentials(String user, String password, String origin) {
    static final ReferenceCredentials NONE = new ReferenceCredentials(null, null, "none given");

    /**
     * The credentials of a settings.xml server.
     *
     * @param parameter the parameter that named the id, for the message when it is unknown
     * @throws SchemaParityException when there is no server with that id, or its password cannot be decrypted
     */
    static ReferenceCredentials fromServer(String id, String parameter, Settings settings, SettingsDecrypter decrypter) {
        Server server = settings == null ? null : settings.getServer(id);
        if (server == null) {
            throw new SchemaParityException("No <server> with id '" + id + "' in settings.xml (" + parameter
                    + "): add it to ~/.m2/settings.xml with the username and password, or fix the id");
        }
        if (decrypter != null) {
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            for (SettingsProblem problem : result.getProblems()) {
                if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                    throw new SchemaParityException("Cannot decrypt the password of settings.xml server '" + id + "': "
                            + problem.getMessage() + "; check ~/.m2/settings-security.xml");
                }
            }
            server = result.getServer();
        }
        return new ReferenceCredentials(server.getUsername(), server.getPassword(),
                "settings.xml server '" + id + "'");
    }

    /** The credentials in the named environment variables, each used when set; {@link #NONE} when neither is. */
    static ReferenceCredentials fromEnvironment(String userVariable, String passwordVariable, UnaryOperator<String> env) {
        String user = value(userVariable, env);
        String password = value(passwordVariable, env);
        if (user == null && password == null) {
            return NONE;
        }
        StringBuilder origin = new StringBuilder("environment");
        if (user != null) {
            origin.append(' ').append(userVariable);
        }
        if (password != null) {
            origin.append(user != null ? ", " : " ").append(passwordVariable);
        }
        return new ReferenceCredentials(user, password, origin.toString());
    }

    private static String value(String variable, UnaryOperator<String> env) {
        if (variable == null || variable.isBlank()) {
            return null;
        }
        String value = env.apply(variable.trim());
        return value == null || value.isEmpty() ? null : value;
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "ReferenceCredentials[user=" + user + ", password=" + (password == null ? "none" : "****") + ", from "
                + origin + "]";
    }
}
