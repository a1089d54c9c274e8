package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.jdbc.JdbcUrls;
import io.github.schemaparity.report.Origin;
import io.github.schemaparity.report.Side;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/** One side of a comparison: a live database reached over JDBC, or a snapshot file captured earlier. */
public sealed interface Source permits Source.Jdbc, Source.Snapshot {

    /**
     * Reads a source as users write it: text starting with {@code jdbc:} is a JDBC URL (credentials,
     * if any, in its query string), another URL (such as {@code postgres://host/db}) is rejected, and
     * anything else is a snapshot file path.
     *
     * @throws SchemaParityException when the text is empty, or a malformed or unsupported JDBC URL
     */
    static Source parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SchemaParityException(
                    "No database given: pass a JDBC URL (e.g. jdbc:postgresql://host:5432/db) or a snapshot file path");
        }
        String trimmed = text.trim();
        if (JdbcUrls.isJdbcUrl(trimmed)) {
            return new Jdbc(JdbcSource.of(trimmed));
        }
        if (JdbcUrls.isOtherUrl(trimmed)) {
            // postgres://..., mysql://...: a database URL that is not JDBC, never a snapshot path.
            throw new SchemaParityException("Not a JDBC URL: '" + JdbcUrls.mask(trimmed)
                    + "'; expected e.g. jdbc:postgresql://host:5432/db (or a snapshot file path)");
        }
        try {
            return new Snapshot(Path.of(trimmed));
        } catch (InvalidPathException e) {
            throw new SchemaParityException("Not a JDBC URL nor a file path: '" + JdbcUrls.mask(trimmed)
                    + "'; pass a JDBC URL (e.g. jdbc:postgresql://host:5432/db) or a snapshot file path");
        }
    }

    /** A live database, opened read-only. */
    static Source jdbc(String url, String user, String password) {
        return new Jdbc(new JdbcSource(url, user, password));
    }

    /**
     * A live database built from the project's migrations (a candidate): read like any JDBC source, and
     * reported with source {@code migrations}.
     */
    static Source migrations(JdbcSource candidate) {
        return new Jdbc(candidate, Side.MIGRATIONS);
    }

    /** A snapshot file written by {@link ParityEngine#snapshot}. */
    static Source snapshot(Path file) {
        return new Snapshot(file);
    }

    /** {@code jdbc}, {@code migrations} or {@code snapshot}, as the JSON report's {@code source} field says. */
    String kind();

    /** What to show the user: the masked URL or the file path. */
    String describe();

    /**
     * How the reports name this source as the user gave it, as {@code role}; the URL masked. A snapshot's
     * capture time is added when the file is read.
     */
    Origin origin(String role);

    /**
     * A live database reached over JDBC.
     *
     * @param jdbc where to connect
     * @param kind what the report calls it: {@code jdbc}, or {@code migrations} for a candidate built from
     *             the project's migrations
     * @param serverId the {@code settings.xml} server the credentials came from (reported, so a reader knows
     *                 which database the reference was), or {@code null}
     */
    record Jdbc(JdbcSource jdbc, String kind, String serverId) implements Source {
        public Jdbc {
            Objects.requireNonNull(jdbc, "jdbc");
            kind = kind == null ? Side.JDBC : kind;
            serverId = serverId == null || serverId.isBlank() ? null : serverId.trim();
        }

        /** A database reported as {@code kind}, its credentials not from a settings.xml server. */
        public Jdbc(JdbcSource jdbc, String kind) {
            this(jdbc, kind, null);
        }

        /** A database reported as {@code jdbc}. */
        public Jdbc(JdbcSource jdbc) {
            this(jdbc, Side.JDBC);
        }

        /** This database with its credentials from the settings.xml server {@code id}. */
        public Jdbc withServerId(String id) {
            return new Jdbc(jdbc, kind, id);
        }

        @Override
        public String describe() {
            return jdbc.maskedUrl();
        }

        @Override
        public Origin origin(String role) {
            return Origin.jdbc(role, jdbc.maskedUrl(), serverId);
        }

        @Override
        public String toString() {
            return "Jdbc[" + jdbc.maskedUrl() + ", " + kind + (serverId == null ? "" : ", server " + serverId) + "]";
        }
    }

    /** A snapshot file. */
    record Snapshot(Path file) implements Source {
        public Snapshot {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String kind() {
            return Side.SNAPSHOT;
        }

        @Override
        public String describe() {
            return file.toString();
        }

        @Override
        public Origin origin(String role) {
            return Origin.snapshot(role, file.toString(), null);
        }
    }
}
