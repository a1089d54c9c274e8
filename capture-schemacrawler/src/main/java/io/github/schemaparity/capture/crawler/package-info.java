/**
 * A second PostgreSQL catalog reader, built on SchemaCrawler and its PostgreSQL plugin
 * ({@link io.github.schemaparity.capture.crawler.SchemaCrawlerCatalogReader}), with the catalog views it
 * needs for what SchemaCrawler does not read ({@code PgCatalogViews}). It lives in its own module so that
 * SchemaCrawler is not on the classpath of the Maven plugin or the JUnit extension: its equivalence test
 * proves it reads the same catalog as the default reader, and the capture benchmark measures both.
 *
 * <p>May import: {@code model}, {@code capture} and the PostgreSQL reader's normalisers. Never diff,
 * policy, fix, report or engine.
 */
package io.github.schemaparity.capture.crawler;
