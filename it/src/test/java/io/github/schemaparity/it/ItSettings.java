package io.github.schemaparity.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.cipher.PlexusCipherException;

/**
 * A build's own {@code settings.xml} holding a {@code <server>} whose password is encrypted, and the
 * {@code settings-security.xml} with the encrypted master password, made as {@code mvn
 * --encrypt-master-password} and {@code mvn --encrypt-password} make them (plexus-cipher, the cipher
 * Maven itself decrypts with). The settings keep the repositories of the shared {@code src/it/settings.xml}.
 */
public final class ItSettings {
    /** The pass phrase Maven encrypts the master password with (plexus-sec-dispatcher's). */
    private static final String MASTER_PASS_PHRASE = "settings.security";
    private static final String MASTER_PASSWORD = "it-master-Pw-7";

    private ItSettings() {
    }

    /**
     * Writes {@code it-settings.xml} (the shared settings file {@code sharedSettings} plus server {@code serverId}: {@code user} and the encrypted
     * {@code password}) and {@code settings-security.xml} into the project folder.
     *
     * @return the encrypted password as written, for the verify script to look for in neither log nor report
     */
    public static String writeEncrypted(File basedir, String sharedSettings, String serverId, String user, String password)
            throws IOException, PlexusCipherException {
        DefaultPlexusCipher cipher = new DefaultPlexusCipher();
        String master = cipher.encryptAndDecorate(MASTER_PASSWORD, MASTER_PASS_PHRASE);
        String encrypted = cipher.encryptAndDecorate(password, MASTER_PASSWORD);
        Path folder = basedir.toPath();
        Files.writeString(folder.resolve("settings-security.xml"), "<settingsSecurity>\n  <master>" + master
                + "</master>\n</settingsSecurity>\n", StandardCharsets.UTF_8);
        String shared = Files.readString(Path.of(sharedSettings), StandardCharsets.UTF_8);
        String server = "    <server>\n      <id>" + serverId + "</id>\n      <username>" + user
                + "</username>\n      <password>" + encrypted + "</password>\n    </server>\n";
        // Into the shared settings' own <servers> when it has one: settings.xml allows that tag once.
        String settings = shared.contains("<servers>\n") ? shared.replace("<servers>\n", "<servers>\n" + server)
                : shared.replace("<settings>\n", "<settings>\n  <servers>\n" + server + "  </servers>\n");
        Files.writeString(folder.resolve("it-settings.xml"), settings, StandardCharsets.UTF_8);
        return encrypted;
    }
}
