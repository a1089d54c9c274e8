package io.github.schemaparity.model;

import java.util.List;
import java.util.Map;

/**
 * A function or procedure.
 *
 * @param name            routine name
 * @param kind            {@code FUNCTION}, {@code PROCEDURE}, {@code AGGREGATE} or {@code WINDOW}
 * @param argumentTypes   normalised types of the identifying (input) arguments, in order
 * @param arguments       full argument list as declared (names, modes, defaults), normalised
 * @param returnType      normalised return type, or {@code null} for procedures
 * @param language        implementation language, e.g. {@code plpgsql}, {@code sql}
 * @param body            normalised body text
 * @param volatility      {@code IMMUTABLE}, {@code STABLE} or {@code VOLATILE}
 * @param strict          whether it RETURNS NULL ON NULL INPUT
 * @param securityDefiner whether it is SECURITY DEFINER
 * @param comment         comment, or {@code null}
 * @param settings        settings the routine runs with ({@code SET search_path = pg_catalog, public} on
 *                        PostgreSQL, {@code pg_proc.proconfig}) as {@code name=value}, sorted; empty for none
 * @param definer         MySQL/MariaDB {@code DEFINER} as {@code user@host}, or {@code null} (PostgreSQL: the
 *                        owner, not captured); compared only when {@code DiffOptions#definers()} asks
 */
public record Routine(String name, String kind, List<String> argumentTypes, String arguments, String returnType,
        String language, String body, String volatility, boolean strict, boolean securityDefiner, String comment,
        List<String> settings, String definer) implements Named {
    public Routine {
        argumentTypes = Canonical.list(argumentTypes);
        settings = Canonical.sortedStrings(settings);
    }

    /** A routine without a definer. */
    public Routine(String name, String kind, List<String> argumentTypes, String arguments, String returnType,
            String language, String body, String volatility, boolean strict, boolean securityDefiner, String comment,
            List<String> settings) {
        this(name, kind, argumentTypes, arguments, returnType, language, body, volatility, strict, securityDefiner,
                comment, settings, null);
    }

    /** A routine without settings of its own. */
    public Routine(String name, String kind, List<String> argumentTypes, String arguments, String returnType,
            String language, String body, String volatility, boolean strict, boolean securityDefiner, String comment) {
        this(name, kind, argumentTypes, arguments, returnType, language, body, volatility, strict, securityDefiner,
                comment, List.of());
    }

    /** The same routine with these settings ({@code name=value}). */
    public Routine withSettings(List<String> newSettings) {
        return new Routine(name, kind, argumentTypes, arguments, returnType, language, body, volatility, strict,
                securityDefiner, comment, newSettings, definer);
    }

    /** The same routine with this definer ({@code user@host}, or {@code null}). */
    public Routine withDefiner(String newDefiner) {
        return new Routine(name, kind, argumentTypes, arguments, returnType, language, body, volatility, strict,
                securityDefiner, comment, settings, newDefiner);
    }

    /** The overload-distinguishing signature used in object paths: {@code name(type,type)}. */
    public String signature() {
        return name + "(" + String.join(",", argumentTypes) + ")";
    }

    /** Attributes the diff compares; {@code settings} as {@code name=value; name=value}. */
    public Map<String, String> attributes() {
        return new Attributes().put("kind", kind).put("arguments", arguments).put("returnType", returnType)
                .put("language", language).put("body", body).put("volatility", volatility).put("strict", strict)
                .put("securityDefiner", securityDefiner).put("comment", comment)
                .put("settings", settings.isEmpty() ? null : String.join("; ", settings)).build();
    }
}
