package io.github.schemaparity.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Database engines SchemaParity understands: their identity only. What each engine does (catalog reader,
 * fix dialect, driver, images, ...) is its {@code database.EngineSupport}'s.
 */
public enum Engine {
    POSTGRESQL("postgresql", "PostgreSQL", "postgresql", 10, false),
    MYSQL("mysql", "MySQL", "mysql", MajorVersion.ALWAYS_TWO_NUMBERS, true),
    MARIADB("mariadb", "MariaDB", "mysql", MajorVersion.ALWAYS_TWO_NUMBERS, true);

    private final String id;
    private final String displayName;
    private final String protocol;
    private final int singleNumberMajorsFrom;
    private final boolean innoDbTables;

    Engine(String id, String displayName, String protocol, int singleNumberMajorsFrom, boolean innoDbTables) {
        this.id = id;
        this.displayName = displayName;
        this.protocol = protocol;
        this.singleNumberMajorsFrom = singleNumberMajorsFrom;
        this.innoDbTables = innoDbTables;
    }

    /**
     * Whether the engine's tables behave as InnoDB's, which the engine-neutral diff must know: an index
     * is created for a foreign key that has none and dropped again when another index covers the key, and
     * a table's partitioning is held in its options ({@code partitions}), not as partition tables of
     * their own. A fact of the engine's storage, like {@link #singleNumberMajorsFrom()} is one of its
     * numbering, so that the diff asks the catalog's engine instead of naming engines.
     */
    public boolean innoDbTables() {
        return innoDbTables;
    }

    /** The engine's name for people, e.g. {@code PostgreSQL}. */
    public String displayName() {
        return displayName;
    }

    /**
     * Whether the two engines speak one wire protocol, so that one can be reached through the other's URL
     * and driver (MariaDB through {@code jdbc:mysql:}): a connection or snapshot that claims one may be the other.
     */
    public boolean sharesProtocolWith(Engine other) {
        return protocol.equals(other.protocol);
    }

    /**
     * The engine a server version string names, if it names another engine than {@code declared} by its
     * id ({@code 10.11.6-MariaDB} names MariaDB), else {@code declared}.
     */
    public static Engine namedIn(String serverVersion, Engine declared) {
        String lower = serverVersion == null ? "" : serverVersion.toLowerCase(Locale.ROOT);
        for (Engine engine : values()) {
            if (engine != declared && lower.contains(engine.id)) {
                return engine;
            }
        }
        return declared;
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
        throw new IllegalArgumentException("Unknown database engine '" + id + "'; expected " + ids());
    }

    /** The engines' ids for an error, {@code postgresql, mysql or mariadb}: a new constant joins it by itself. */
    private static String ids() {
        Engine[] all = values();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < all.length; i++) {
            text.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(all[i].id);
        }
        return text.toString();
    }
}
