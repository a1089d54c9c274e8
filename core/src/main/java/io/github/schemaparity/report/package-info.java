/**
 * The report writers: {@code report.json} (the contract), Markdown, JUnit XML, HTML and the console lines,
 * all rendering one {@link io.github.schemaparity.report.ParityReport} (the assessment, the pending
 * migrations and the fix SQL beside them).
 *
 * <p>May import: {@code model}, {@code diff}, {@code baseline}, {@code policy}, {@code fix}. Never engine,
 * and nothing that touches a database (jdbc, capture, provision, cache).
 */
package io.github.schemaparity.report;
