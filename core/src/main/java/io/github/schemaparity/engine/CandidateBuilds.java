package io.github.schemaparity.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The candidates one several-environment check has built, by what decides a candidate beyond the
 * configuration they share: engine, major version, the version plan's target (production's applied
 * migrations) and the compared schemas. Environments at the same version reuse one build; the counts
 * are what the run's log reports.
 */
final class CandidateBuilds {
    private final Map<String, BuiltCandidate> builds = new HashMap<>();
    private int started;
    private int cached;
    private int reused;

    Optional<BuiltCandidate> reuse(String key) {
        BuiltCandidate built = builds.get(key);
        if (built != null) {
            reused++;
        }
        return Optional.ofNullable(built);
    }

    /** Records a candidate obtained for {@code key}: built in a database, or read from the disk cache. */
    void add(String key, BuiltCandidate built, boolean fromCache) {
        builds.put(key, built);
        if (fromCache) {
            cached++;
        } else {
            started++;
        }
    }

    /** Candidates built in a database. */
    int started() {
        return started;
    }

    /** Candidates read from the disk cache. */
    int cached() {
        return cached;
    }

    /** Environments that reused a candidate of this run. */
    int reused() {
        return reused;
    }

    /** E.g. {@code 3 candidate builds (0 from the cache), reused 1 time}. */
    String describe() {
        return started + (started == 1 ? " candidate build" : " candidate builds") + " (" + cached
                + " more from the cache), reused " + reused + (reused == 1 ? " time" : " times");
    }
}
