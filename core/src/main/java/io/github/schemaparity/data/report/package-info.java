/**
 * The data gate's reports: the console summary (one line per table), {@code data-report.json}
 * (format {@code schemaparity-data/1}, read by other tools), {@code data-report.md} and a JUnit XML
 * file with one test case per table. Keys and column names only, unless values were asked for.
 */
package io.github.schemaparity.data.report;
