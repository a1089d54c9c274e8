package io.github.schemaparity.fix;

import io.github.schemaparity.migrate.FlywayMigrations;
import io.github.schemaparity.migrate.LiquibaseChangelog;
import io.github.schemaparity.migrate.MigrationSource;
import io.github.schemaparity.migrate.SqlFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The migration that adopts production's drift into the project: the statements that turn what the
 * migrations build into what production has, as the next file for the project's migration tool.
 *
 * <ul>
 *   <li>Flyway: {@code V<next>__adopt_production_drift.sql}, {@code next} being the highest version
 *       among the project's migrations plus one (in its last component: {@code 1.4} gives {@code 1.5});</li>
 *   <li>Liquibase: {@code adopt_production_drift.changelog.sql}, a formatted-SQL changelog with one
 *       changeset per statement, to include in the master changelog;</li>
 *   <li>a SQL folder: the next-numbered file after the last one, e.g. {@code 004_adopt_production_drift.sql};</li>
 *   <li>no project (compare): {@code adopt_production_drift.sql}.</li>
 * </ul>
 *
 * @param fileName the file's name
 * @param content  the file's text
 */
public record AdoptMigration(String fileName, String content) {
    /** What every adopt file is called after its version. */
    public static final String STEM = "adopt_production_drift";

    private static final Pattern VERSIONED = Pattern.compile("^([A-Za-z]*)([0-9]+(?:[._][0-9]+)*)(__|_|-|\\.)?.*");
    private static final Pattern FLYWAY_VERSIONED = Pattern.compile("^V([0-9]+(?:[._][0-9]+)*)__.*\\.sql$");

    /**
     * The adopt migration for a project.
     *
     * @param source      the project's migrations, or {@code null} when there is no project (compare)
     * @param projectDir  the project folder ({@code classpath:} Flyway locations are looked up under its
     *                    {@code src/main/resources}); may be {@code null}
     * @param script      {@link FixPlanner#adopt}'s script
     * @param destructive whether destructive statements are active or commented out
     * @param changeSetId a unique id stem for Liquibase changesets, e.g. a date stamp
     */
    public static AdoptMigration of(MigrationSource source, Path projectDir, FixScript script, boolean destructive,
            String changeSetId) {
        List<String> header = header(source, script);
        if (source instanceof FlywayMigrations flyway) {
            String version = next(flywayVersions(flyway, projectDir));
            return new AdoptMigration("V" + version + "__" + STEM + ".sql", script.render(header, destructive));
        }
        if (source instanceof LiquibaseChangelog) {
            return new AdoptMigration(STEM + ".changelog.sql", liquibase(header, script, destructive, changeSetId));
        }
        if (source instanceof SqlFolder folder) {
            return new AdoptMigration(nextInFolder(folder.folder()), script.render(header, destructive));
        }
        return new AdoptMigration(STEM + ".sql", script.render(header, destructive));
    }

    private static List<String> header(MigrationSource source, FixScript script) {
        List<String> lines = new ArrayList<>();
        lines.add("Adopts production's schema drift into the project: run on a database built from the");
        lines.add("migrations, these statements make it what production is (SchemaParity generated them).");
        lines.add("Review them, move the file into your migrations, and mark it applied in production, which");
        lines.add("already has these changes (Flyway: skipExecutingMigrations; Liquibase: changelog-sync).");
        if (source != null) {
            lines.add("Migrations: " + source.describe());
        }
        if (script.isEmpty()) {
            lines.add("No drift: nothing to adopt.");
        }
        return lines;
    }

    /** The versions of a Flyway project's versioned migrations ({@code V1__x.sql} gives {@code 1}). */
    static List<String> flywayVersions(FlywayMigrations flyway, Path projectDir) {
        List<String> versions = new ArrayList<>();
        for (String location : flyway.locations()) {
            Path folder = null;
            if (location.startsWith("filesystem:")) {
                folder = Path.of(location.substring("filesystem:".length()));
            } else if (projectDir != null) {
                String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
                folder = projectDir.resolve("src/main/resources").resolve(resource);
                if (!Files.isDirectory(folder)) {
                    // a test class's migrations (the JUnit extension) may live in the test resources
                    folder = projectDir.resolve("src/test/resources").resolve(resource);
                }
            }
            if (folder == null || !Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.map(p -> p.getFileName().toString()).map(FLYWAY_VERSIONED::matcher).filter(Matcher::matches)
                        .forEach(m -> versions.add(m.group(1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return versions;
    }

    /** The highest version plus one in its last component, keeping its separators; {@code 1} for none. */
    static String next(List<String> versions) {
        Optional<String> highest = versions.stream().max(AdoptMigration::compareVersions);
        return highest.map(AdoptMigration::increment).orElse("1");
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            BigInteger p = i < x.length ? new BigInteger(x[i]) : BigInteger.ZERO;
            BigInteger q = i < y.length ? new BigInteger(y[i]) : BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** {@code 3} gives {@code 4}, {@code 1_9} gives {@code 1_10}, {@code 007} gives {@code 008}. */
    static String increment(String version) {
        Matcher last = Pattern.compile("([0-9]+)$").matcher(version);
        if (!last.find()) {
            return version + "1";
        }
        String digits = last.group(1);
        String next = new BigInteger(digits).add(BigInteger.ONE).toString();
        while (next.length() < digits.length()) {
            next = "0" + next;
        }
        return version.substring(0, last.start()) + next;
    }

    /** The name of the file that sorts after the folder's last versioned {@code .sql} file. */
    static String nextInFolder(Path folder) {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".sql")).forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String best = null;
        String bestVersion = null;
        for (String name : names) {
            Matcher m = VERSIONED.matcher(name);
            if (m.matches() && (bestVersion == null || compareVersions(m.group(2), bestVersion) > 0)) {
                best = name;
                bestVersion = m.group(2);
            }
        }
        if (best == null) {
            return "1_" + STEM + ".sql";
        }
        Matcher m = VERSIONED.matcher(best);
        m.matches();
        String separator = m.group(3) == null || m.group(3).equals(".") ? "_" : m.group(3);
        return m.group(1) + increment(m.group(2)) + separator + STEM + ".sql";
    }

    /**
     * A Liquibase formatted-SQL changelog: one changeset per statement, each sent whole
     * ({@code splitStatements:false}), so routine bodies keep their semicolons and need no delimiter.
     */
    static String liquibase(List<String> header, FixScript script, boolean destructive, String changeSetId) {
        StringBuilder out = new StringBuilder("--liquibase formatted sql\n\n");
        header.forEach(line -> out.append("-- ").append(line).append('\n'));
        out.append('\n');
        int n = 0;
        for (FixStatement statement : script.statements()) {
            if (!statement.generated()) {
                out.append("-- cannot generate: ").append(statement.cannotGenerate()).append("\n\n");
                continue;
            }
            n++;
            StringBuilder changeSet = new StringBuilder("--changeset schemaparity:").append(changeSetId).append('-')
                    .append(n).append(" splitStatements:false\n");
            if (script.conventions().preambleBeforeRoutines() && (statement.step() == Step.CREATE_ROUTINE
                    || statement.step() == Step.CREATE_ROUTINE_LATE)) {
                script.preamble().forEach(p -> changeSet.append(p).append(";\n"));
            }
            changeSet.append(statement.sql()).append(";\n");
            if (statement.destructive() && !destructive) {
                out.append(FixScript.DESTRUCTIVE_NOTE).append('\n');
                changeSet.toString().lines().forEach(line -> out.append("-- ").append(line).append('\n'));
            } else {
                out.append(changeSet);
            }
            out.append('\n');
        }
        return out.toString();
    }
}
