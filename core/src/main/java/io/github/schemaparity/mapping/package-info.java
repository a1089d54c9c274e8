/**
 * Comparing schemas that are named differently on the two sides: {@link
 * io.github.schemaparity.mapping.SchemaMapping} renames the expected side's schemas to the actual
 * side's names before the diff, references to them included.
 *
 * <p>May import: {@code model}. Never diff, policy, fix, report or engine.
 */
package io.github.schemaparity.mapping;
