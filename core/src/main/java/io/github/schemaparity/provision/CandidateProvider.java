package io.github.schemaparity.provision;

/**
 * Provisions candidate databases of one kind (containers, embedded servers, scratch databases).
 * Implementations must not leave anything running when {@link #provision} throws.
 */
public interface CandidateProvider {
    /** Short name for logs: {@code testcontainers}, {@code embedded}, {@code server}. */
    String name();

    /**
     * Starts (or creates) an empty candidate database matching the request's engine and major version.
     *
     * @throws io.github.schemaparity.SchemaParityException with a one-line, password-free message the
     *     user can act on when it cannot
     */
    CandidateDatabase provision(ProvisionRequest request);
}
