package io.github.schemaparity.jdbc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Removes a password from a text in every form it may take there: as given, percent-encoded (as in a
 * URL), and the pieces a driver sees when a raw {@code &}, {@code ;}, {@code @}, {@code /}, {@code ?}
 * or {@code #} cuts it.
 */
final class Secrets {
    /** Pieces shorter than this are too common to mask without garbling the message. */
    private static final int SHORTEST_PIECE = 4;

    private Secrets() {
    }

    static String scrub(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        String scrubbed = text.replace(secret, JdbcUrls.MASK);
        String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        scrubbed = scrubbed.replace(encoded, JdbcUrls.MASK).replace(encoded.replace("+", "%20"), JdbcUrls.MASK);
        for (String piece : secret.split("[&;@/?#:%]")) {
            if (piece.length() >= SHORTEST_PIECE) {
                scrubbed = scrubbed.replace(piece, JdbcUrls.MASK);
            }
        }
        return scrubbed;
    }
}
