package io.github.schemaparity.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Database engines SchemaParity understands. */
public enum Engine {
    POSTGRESQL("postgresql"),
    MYSQL("mysql"),
    MARIADB("mariadb");

    private final String id;

    Engine(String id) {
        this.id = id;
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
