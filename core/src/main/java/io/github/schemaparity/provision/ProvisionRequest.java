package io.github.schemaparity.provision;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.model.Engine;
import java.util.Locale;
import java.util.Objects;

/**
 * What candidate to provision: production's engine and major version, and optionally the user's
 * choices (image, provider, existing server, database name). Build one with
 * {@link #of(ProductionVersion)} and the {@code with...} methods.
 *
 * @param dialect what provisioning needs to know about production's engine (from the engine's support)
 * @param production engine and major version the candidate must match
 * @param image a Docker image overriding the official one (e.g. {@code registry.example/postgres:17-postgis});
 *     {@code null} for the engine's official image
 * @param provider which provider to use; {@link ProviderChoice#AUTO} picks one
 * @param server the existing server for {@link ProviderChoice#SERVER}; {@code null} otherwise
 * @param databaseName the database name the candidate should have (e.g. production's, for migrations
 *     that mention it); {@code null} for a generated one. On an existing server a unique suffix is
 *     always added, so two builds never share a scratch database.
 */
public record ProvisionRequest(ServerDialect dialect, ProductionVersion production, String image, ProviderChoice provider,
        ExistingServer server, String databaseName) {

    /** What a candidate database name hint must look like: a plain identifier of at most 41 characters. */
    public static final String DATABASE_NAME = "[A-Za-z_][A-Za-z0-9_]{0,40}";

    public ProvisionRequest {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(production, "production");
        if (dialect.engine() != production.engine()) {
            throw new IllegalArgumentException("A " + dialect.engine().id() + " server dialect cannot provision "
                    + production.label());
        }
        provider = provider == null ? ProviderChoice.AUTO : provider;
        image = image == null || image.isBlank() ? null : image.trim();
        if (databaseName != null && !databaseName.matches(DATABASE_NAME)) {
            throw new SchemaParityException("Candidate database name '" + databaseName
                    + "' must be a plain identifier (letters, digits, underscore; at most 41 characters)");
        }
        if (provider == ProviderChoice.SERVER && server == null) {
            throw new SchemaParityException("Candidate provider 'server' needs the JDBC URL of an existing server");
        }
    }

    /** A request for a candidate matching production, every choice left to {@link ProviderChoice#AUTO}. */
    public static ProvisionRequest of(ServerDialect dialect, ProductionVersion production) {
        return new ProvisionRequest(dialect, production, null, ProviderChoice.AUTO, null, null);
    }

    /** Shorthand for {@code of(dialect, new ProductionVersion(dialect.engine(), major))}. */
    public static ProvisionRequest of(ServerDialect dialect, String major) {
        return of(dialect, new ProductionVersion(dialect.engine(), major));
    }

    /** This request with a Docker image override ({@code null} for the official image). */
    public ProvisionRequest withImage(String newImage) {
        return new ProvisionRequest(dialect, production, newImage, provider, server, databaseName);
    }

    /** This request with a provider choice. */
    public ProvisionRequest withProvider(ProviderChoice newProvider) {
        return new ProvisionRequest(dialect, production, image, newProvider, server, databaseName);
    }

    /** This request on an existing server (and provider {@link ProviderChoice#SERVER} unless one was chosen). */
    public ProvisionRequest withServer(ExistingServer newServer) {
        ProviderChoice choice = provider == ProviderChoice.AUTO ? ProviderChoice.SERVER : provider;
        return new ProvisionRequest(dialect, production, image, choice, newServer, databaseName);
    }

    /** This request with a database name hint. */
    public ProvisionRequest withDatabaseName(String newName) {
        return new ProvisionRequest(dialect, production, image, provider, server, newName);
    }

    /** The engine production runs. */
    public Engine engine() {
        return production.engine();
    }

    /** Production's major version, e.g. {@code 17} or {@code 10.11}. */
    public String major() {
        return production.major();
    }

    /** The image to run: the override or the official image of production's engine and major. */
    public String imageToRun() {
        return image != null ? image : dialect.officialImage(production.major());
    }

    /** The database name to use when the user gave none, or the hint in lower case. */
    String databaseNameOr(String fallback) {
        return databaseName == null ? fallback : databaseName.toLowerCase(Locale.ROOT);
    }
}
