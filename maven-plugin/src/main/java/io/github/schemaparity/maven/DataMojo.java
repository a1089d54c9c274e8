package io.github.schemaparity.maven;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.engine.DataParity;
import io.github.schemaparity.data.DataParityConfig;
import io.github.schemaparity.data.DataResult;
import io.github.schemaparity.data.DataVerdict;
import io.github.schemaparity.data.TableResult;
import io.github.schemaparity.data.TableStatus;
import io.github.schemaparity.data.report.DataConsoleReport;
import io.github.schemaparity.data.report.DataReportFiles;
import io.github.schemaparity.engine.ParityEngine;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.jdbc.JdbcUrls;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The data-parity gate: proves that the copy ({@code actual}) holds the same rows as the source
 * ({@code expected}), read-only, hashing inside both databases, and fails the build when rows are missing,
 * unexpected or changed, or the copy has orphans or sequences behind. Needs no project:
 *
 * <pre>
 * mvn io.github.schemaparity:schemaparity-maven-plugin:data \
 *     -Dschemaparity.expected=jdbc:postgresql://old-host:5432/shop -Dschemaparity.expected.serverId=old-host \
 *     -Dschemaparity.actual=jdbc:postgresql://new-host:5432/shop -Dschemaparity.actual.serverId=new-host
 * </pre>
 *
 * <p>Writes {@code data-report.json}, {@code data-report.md} and {@code TEST-schemaparity-data.xml} into
 * {@link #reportDir}. Shows keys and column names, never row values unless {@link #showValues}.
 */
@Mojo(name = "data", requiresProject = false, threadSafe = true)
public class DataMojo extends AbstractParityMojo {

    /** The source of truth: a JDBC URL (credentials in its query string, a settings.xml server or environment variables). */
    @Parameter(property = "schemaparity.expected")
    String expected;

    /** The copy under test: a JDBC URL, as for {@link #expected}. */
    @Parameter(property = "schemaparity.actual")
    String actual;

    /** The settings.xml {@code <server>} holding the expected side's user and password. */
    @Parameter(property = "schemaparity.expected.serverId")
    String expectedServerId;

    /** The settings.xml {@code <server>} holding the actual side's user and password. */
    @Parameter(property = "schemaparity.actual.serverId")
    String actualServerId;

    /** The environment variable with the expected side's user (used when set and no server id is given). */
    @Parameter(property = "schemaparity.expected.userEnv", defaultValue = "SCHEMAPARITY_EXPECTED_USER")
    String expectedUserEnv;

    /** The environment variable with the expected side's password. */
    @Parameter(property = "schemaparity.expected.passwordEnv", defaultValue = "SCHEMAPARITY_EXPECTED_PASSWORD")
    String expectedPasswordEnv;

    /** The environment variable with the actual side's user. */
    @Parameter(property = "schemaparity.actual.userEnv", defaultValue = "SCHEMAPARITY_ACTUAL_USER")
    String actualUserEnv;

    /** The environment variable with the actual side's password. */
    @Parameter(property = "schemaparity.actual.passwordEnv", defaultValue = "SCHEMAPARITY_ACTUAL_PASSWORD")
    String actualPasswordEnv;

    /** Schemas (MySQL/MariaDB: databases) to compare; default: PostgreSQL {@code public}, MySQL the URL's database. */
    @Parameter(property = "schemaparity.schemas")
    List<String> schemas;

    /** Tables to compare, globs over {@code schema.table}, e.g. {@code public.order*}; default: all. */
    @Parameter(property = "schemaparity.data.include")
    List<String> include;

    /** Tables to leave out, globs over {@code schema.table}. */
    @Parameter(property = "schemaparity.data.exclude")
    List<String> exclude;

    /** Columns to leave out, {@code table.column} or {@code schema.table.column} globs, e.g. {@code *.updated_at}. */
    @Parameter(property = "schemaparity.data.excludeColumns")
    List<String> excludeColumns;

    /**
     * Per-table row filters, {@code schema.table: condition}, separated by {@code ;} or new lines, e.g.
     * {@code public.orders: placed_at < '2026-12-01'}: both sides compare only those rows.
     */
    @Parameter(property = "schemaparity.data.rowFilters")
    String rowFilters;

    /**
     * Differences that do not fail the gate, {@code kind: table-glob}, e.g. {@code unexpected-rows: public.audit_*}.
     * Kinds: missing-rows, unexpected-rows, changed-rows, missing-table, unexpected-table, orphan-rows,
     * not-valid-constraint, disabled-triggers, sequence-behind, schema.
     */
    @Parameter(property = "schemaparity.data.allow")
    List<String> allow;

    /** Whether reports may show the differing values (off: keys and column names only). */
    @Parameter(property = "schemaparity.data.showValues", defaultValue = "false")
    boolean showValues;

    /** How many differing rows a table lists in the reports (the counts stay exact). */
    @Parameter(property = "schemaparity.data.maxRows", defaultValue = "100")
    int maxRows;

    /**
     * Sessions per side and tables at once; PostgreSQL shares one snapshot between a side's sessions, MySQL/MariaDB
     * use one. 0: as many sessions as the server gives one parallel query (one table at a time).
     */
    @Parameter(property = "schemaparity.data.parallelism", defaultValue = "0")
    int parallelism;

    /** Rows per side from which a table's first scan runs in pieces with a progress line (rows, rows/s, ETA) after each. */
    @Parameter(property = "schemaparity.data.progressRows", defaultValue = "1000000")
    long progressRows;

    /** The longest one hashing statement may run: seconds, or with a unit ({@code 500ms}, {@code 90s}, {@code 30m}). */
    @Parameter(property = "schemaparity.data.statementTimeout", defaultValue = "30m")
    String statementTimeout;

    /** Where the reports are written; default {@code ${project.build.directory}/schemaparity}. */
    @Parameter(property = "schemaparity.reportDir")
    File reportDir;

    @Override
    void run(ParityEngine unused) throws MojoFailureException {
        JdbcSource source = side("expected", expected, expectedServerId, expectedUserEnv, expectedPasswordEnv);
        JdbcSource copy = side("actual", actual, actualServerId, actualUserEnv, actualPasswordEnv);
        DataParityConfig config = DataParityConfig.builder(source, copy)
                .schemas(orEmpty(schemas)).include(orEmpty(include)).exclude(orEmpty(exclude))
                .excludeColumns(orEmpty(excludeColumns)).rowFilters(splitFilters(rowFilters)).allow(orEmpty(allow))
                .showValues(showValues).maxRows(maxRows).parallelism(parallelism).progressRows(progressRows)
                .statementTimeout(duration(statementTimeout)).build();
        DataResult result = DataParity.create(line -> getLog().info(line)).run(config);
        DataConsoleReport.lines(result).forEach(line -> getLog().info(line));
        Path folder = reportFolder(reportDir);
        DataReportFiles.write(folder, result);
        Path markdown = folder.resolve(DataReportFiles.MARKDOWN);
        String shown = baseDirectory().relativize(markdown.toAbsolutePath()).toString();
        if (result.verdict() == DataVerdict.FAIL) {
            String tables = result.tables().stream().filter(t -> t.differs() && !t.allowed()).map(TableResult::table)
                    .collect(Collectors.joining(", "));
            long findings = result.integrity().stream().filter(f -> "actual".equals(f.side()) && !f.allowed()).count();
            throw new MojoFailureException("Data parity FAIL: " + (tables.isEmpty() ? "no table differs" : tables
                    + " differ") + ", " + findings + " integrity finding(s) on the actual side"
                    + (result.schema().isEmpty() ? "" : ", schema differs (run schemaparity:compare)")
                    + "; see " + shown);
        }
        if (result.skippedTables() > 0) {
            getLog().warn("Data parity PASS with " + result.skippedTables() + " table(s) SKIPPED, not compared: "
                    + result.tables().stream().filter(t -> t.status() == TableStatus.SKIPPED)
                    .map(t -> t.table() + " (" + t.note() + ")").collect(Collectors.joining("; ")));
        }
        getLog().info("Reports: " + shown);
    }

    /**
     * One side as a live database with its credentials, found the way every goal finds them
     * ({@link DatabaseLogin}: settings.xml server, else the environment variables, else the URL).
     */
    private JdbcSource side(String name, String url, String serverId, String userEnv, String passwordEnv) {
        String text = require(url, name, name + " database", "JDBC URL");
        if (!JdbcUrls.isJdbcUrl(text)) {
            throw new SchemaParityException("schemaparity." + name + " is not a JDBC URL: '" + JdbcUrls.mask(text)
                    + "'; the data goal compares live databases, e.g. jdbc:postgresql://host:5432/db");
        }
        return withCredentials(JdbcSource.of(text.trim()), new DatabaseLogin(name, serverId,
                "schemaparity." + name + ".serverId", userEnv, passwordEnv));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    static List<String> splitFilters(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** {@code 90} (seconds), {@code 500ms}, {@code 90s}, {@code 30m} or {@code 2h}. */
    static Duration duration(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).strip()));
            }
            long number = Long.parseLong(value.replaceAll("[smh]$", "").strip());
            return switch (value.charAt(value.length() - 1)) {
                case 'm' -> Duration.ofMinutes(number);
                case 'h' -> Duration.ofHours(number);
                default -> Duration.ofSeconds(number);
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new SchemaParityException("schemaparity.data.statementTimeout '" + text + "' is not a duration:"
                    + " write seconds or a number with ms, s, m or h, e.g. 30m");
        }
    }
}
