package io.github.schemaparity.model;

import java.util.Map;

/**
 * A user-defined collation (PostgreSQL {@code CREATE COLLATION}): how text in the columns that use it sorts
 * and compares, so a difference changes {@code ORDER BY}, unique indexes and range queries on them.
 *
 * @param name          its name, unique in its schema
 * @param provider      {@code libc}, {@code icu} or {@code builtin}
 * @param collate       {@code LC_COLLATE} of a libc collation, else {@code null}
 * @param ctype         {@code LC_CTYPE} of a libc collation, else {@code null}
 * @param locale        the locale of an ICU or builtin collation, else {@code null}
 * @param rules         ICU tailoring rules (PostgreSQL 16 and later), or {@code null}
 * @param deterministic whether equal means byte-equal (false: e.g. case-insensitive ICU collations)
 */
public record Collation(String name, String provider, String collate, String ctype, String locale, String rules,
        boolean deterministic) implements Named {

    /** Attributes the diff compares. */
    public Map<String, String> attributes() {
        return new Attributes().put("provider", provider).put("collate", collate).put("ctype", ctype)
                .put("locale", locale).put("rules", rules).put("deterministic", deterministic).build();
    }
}
