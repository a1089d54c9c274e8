package io.github.schemaparity.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What of a {@link CandidateConfig} goes into the candidate cache key as the user wrote it. The answer is
 * derived from the record itself: every component feeds the key, by name and value, except those listed in
 * {@link #RESOLVED_OR_IRRELEVANT} with the reason each reaches the key in another form or cannot change the
 * captured catalog. A component added to {@code CandidateConfig} later therefore changes the key without
 * anyone remembering to add it (a needless miss at worst, never a wrong hit), and the JUnit extension shares
 * a running candidate per equal {@code CandidateConfig}: nothing lists what identifies a candidate by hand.
 */
final class CandidateIdentity {
    /**
     * The components not fed as written, each with why. Keep the reasons true: an entry here that does
     * change what is captured would make the cache return another build's catalog.
     */
    static final Map<String, String> RESOLVED_OR_IRRELEVANT = Map.ofEntries(
            Map.entry("reference", "production, not the candidate: its engine and major version are in the key"),
            Map.entry("projectDir", "where the files are: each migration file's relative path and digest is in the key"),
            Map.entry("flywayLocations", "resolved: the migration tool and every file's path and digest are in the key"),
            Map.entry("liquibaseChangelog", "resolved: the migration tool and every file's path and digest are in the key"),
            Map.entry("sqlFolder", "resolved: the migration tool and every file's path and digest are in the key"),
            Map.entry("resources", "where classpath: files are read from: their paths and digests are in the key"),
            Map.entry("provider", "which way the server is started; the key has the engine, major version and image"),
            Map.entry("server", "where the scratch database goes; the key has the engine, major version and image"),
            Map.entry("binaries", "where embedded binaries of the key's major version are found"),
            Map.entry("docker", "how Docker is probed"),
            Map.entry("schemas", "resolved against the reference: the captured schemas are in the key"),
            Map.entry("privileges", "in the key with the captured schemas (the capture options)"),
            Map.entry("schemaMapping", "resolved: the mapping as applied (on MySQL/MariaDB the candidate's database"
                    + " always stands for the reference's) is in the key"),
            Map.entry("versionAware", "resolved: how far the candidate is built (the version plan's target) is in the key"),
            Map.entry("cache", "whether the key is used, not what it identifies"),
            Map.entry("cacheDir", "where keyed entries are kept, not what they identify"));

    private CandidateIdentity() {
    }

    /**
     * The components of {@code config} that feed the cache key as written, in declaration order, each as
     * text ({@code null} as empty).
     *
     * @throws IllegalStateException when a fed component has a type without a stable text form: add it to
     *                               {@link #RESOLVED_OR_IRRELEVANT} with its reason, or give it one here
     */
    static Map<String, String> settings(CandidateConfig config) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (RecordComponent component : CandidateConfig.class.getRecordComponents()) {
            if (!RESOLVED_OR_IRRELEVANT.containsKey(component.getName())) {
                settings.put(component.getName(), text(component, value(component, config)));
            }
        }
        return settings;
    }

    private static Object value(RecordComponent component, CandidateConfig config) {
        try {
            return component.getAccessor().invoke(config);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read CandidateConfig." + component.getName(), e);
        }
    }

    private static String text(RecordComponent component, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        throw new IllegalStateException("CandidateConfig." + component.getName() + " (" + value.getClass().getName()
                + ") has no stable text for the cache key: list it in CandidateIdentity.RESOLVED_OR_IRRELEVANT"
                + " with its reason, or give its type a text form there");
    }
}
