package io.github.schemaparity.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Database engines SchemaParity understands: their identity only. What each engine does (catalog reader,
 * fix dialect, driver, images, ...) is its {@code database.EngineSupport}'s.
 */
public enum Engine {
    POSTGRESQL("postgresql", 10),
    MYSQL("mysql", MajorVersion.ALWAYS_TWO_NUMBERS),
    MARIADB("mariadb", MajorVersion.ALWAYS_TWO_NUMBERS);

    private final String id;
    private final int singleNumberMajorsFrom;

    Engine(String id, int singleNumberMajorsFrom) {
        this.id = id;
        this.singleNumberMajorsFrom = singleNumberMajorsFrom;
    }

    /**
     * The first release whose major is one number ({@code 17}); before it a major is two ({@code 9.6},
     * {@code 10.11}, {@code 8.0}). {@link MajorVersion#ALWAYS_TWO_NUMBERS} for engines whose majors are
     * always two numbers. A fact of how the engine numbers its releases, so that every layer counts
     * majors alike.
     */
    public int singleNumberMajorsFrom() {
        return singleNumberMajorsFrom;
    }

    /** The lower-case identifier used in reports and snapshots, e.g. {@code postgresql}. */
    @JsonValue
    public String id() {
        return id;
    }

    /** Parses an identifier as written in reports and snapshots (case-insensitive). */
    @JsonCreator
    public static Engine fromId(String id) {
        for (Engine engine : values()) {
            if (engine.id.equals(id.toLowerCase(Locale.ROOT))) {
                return engine;
            }
        }
        throw new IllegalArgumentException("Unknown database engine '" + id + "'; expected postgresql, mysql or mariadb");
    }
}
