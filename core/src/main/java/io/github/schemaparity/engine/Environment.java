package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One named environment of a several-reference {@link ParityEngine#check(CandidateConfig, JudgingConfig, List)
 * check}: its reference and, where it has its own, its policy.
 *
 * @param name          the environment's name ({@code staging}); letters, digits, {@code . _ -}: its reports go to
 *                      a folder of that name
 * @param reference     its database (read-only replica) or snapshot
 * @param judging       its own judging (rules, baseline, ...), or {@code null} for the run's
 * @param failOnPending whether migrations not yet applied there fail it (e.g. staging must be up to date,
 *                      production may lag behind)
 */
public record Environment(String name, Source reference, JudgingConfig judging, boolean failOnPending) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    public Environment {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new SchemaParityException("Invalid environment name '" + name + "': use letters, digits, '.', '_' or '-'"
                    + " (it names the environment's report folder)");
        }
        if (reference == null) {
            throw new SchemaParityException("Environment " + name + " has no reference: give its JDBC URL or snapshot file");
        }
    }

    /** An environment judged by the run's policy, where pending migrations do not fail. */
    public static Environment of(String name, Source reference) {
        return new Environment(name, reference, null, false);
    }

    /** The same environment with its own judging. */
    public Environment withJudging(JudgingConfig own) {
        return new Environment(name, reference, own, failOnPending);
    }

    /** The same environment, failing (or not) on pending migrations. */
    public Environment withFailOnPending(boolean fail) {
        return new Environment(name, reference, judging, fail);
    }

    /**
     * Parses {@code staging=<url>,production=<url>} (the {@code schemaparity.references} form).
     *
     * @throws SchemaParityException when an entry is not {@code name=reference}
     */
    public static List<Environment> parseList(String text) {
        return parseNames(text).entrySet().stream().map(e -> of(e.getKey(), Source.parse(e.getValue()))).toList();
    }

    /**
     * The names and reference texts of {@code staging=<url>,production=<url>}, in order, for a front end
     * that resolves the references itself (relative snapshot paths, credentials).
     *
     * @throws SchemaParityException when an entry is not {@code name=reference}
     */
    public static Map<String, String> parseNames(String text) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String entry : SettingLists.clean(List.of(text.split(",")))) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new SchemaParityException("Invalid reference '" + entry + "': write name=<JDBC URL or snapshot file>,"
                        + " e.g. staging=jdbc:postgresql://staging-replica/app");
            }
            names.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
        }
        return names;
    }

    /** @throws SchemaParityException when two environments share a name, or there are none */
    static List<Environment> distinct(List<Environment> environments) {
        if (environments == null || environments.isEmpty()) {
            throw new SchemaParityException("No environment given: name at least one reference");
        }
        Set<String> names = new HashSet<>();
        for (Environment e : environments) {
            if (!names.add(e.name())) {
                throw new SchemaParityException("Environment " + e.name() + " is named twice: give each reference its own name");
            }
        }
        return List.copyOf(environments);
    }
}
