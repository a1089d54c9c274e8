package io.github.schemaparity.provision;

import java.util.Objects;

/**
 * The provider picked for a request, and why, in words for the log: e.g.
 * {@code Docker not available (no socket at /var/run/docker.sock), using embedded PostgreSQL 17}.
 *
 * @param provider the provider to use
 * @param reason why it was chosen
 */
public record ProviderSelection(CandidateProvider provider, String reason) {
    public ProviderSelection {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(reason, "reason");
    }
}
