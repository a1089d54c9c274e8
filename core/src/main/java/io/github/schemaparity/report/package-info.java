/**
 * The reports of one assessed comparison ({@link io.github.schemaparity.report.ParityReport}): the console
 * lines with their levels, {@code report.json}, Markdown, JUnit XML and HTML. Each format is a pure
 * rendering of the report; where the files go is the engine's decision. A check of several environments
 * adds the environment matrix ({@link io.github.schemaparity.report.EnvironmentRow} per environment,
 * {@link io.github.schemaparity.report.EnvironmentMatrix}, rendered by
 * {@link io.github.schemaparity.report.EnvironmentReports}) above each environment's own reports. A tenants-mode
 * run adds a {@link io.github.schemaparity.report.TenantRow} per tenant schema ({@code report.json}'s
 * {@code tenants} array) and its console ({@link io.github.schemaparity.report.TenantsConsole}: one line per
 * drifted tenant).
 *
 * <p>May import: {@code model}, {@code diff}, {@code baseline}, {@code policy}, {@code fix}. Never engine,
 * and nothing that touches a database (jdbc, capture, provision, cache).
 */
package io.github.schemaparity.report;
