/**
 * SchemaParity: proves that a database built from a project's migrations matches production. This root
 * package holds only what every layer shares: {@link io.github.schemaparity.SchemaParityException} (an
 * error a user can act on, one line) and {@link io.github.schemaparity.ToolVersion}. The layers and what
 * each may import are described in {@code docs/architecture.md} and checked by {@code ArchitectureTest}.
 *
 * <p>May import: no SchemaParity package.
 */
package io.github.schemaparity;
