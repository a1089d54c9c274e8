package io.github.schemaparity.provision;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random hex for candidate passwords and scratch database names. */
final class RandomTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    /** {@code bytes} random bytes as lower-case hex (twice as many characters). */
    static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
