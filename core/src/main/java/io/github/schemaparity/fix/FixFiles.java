package io.github.schemaparity.fix;

import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.migrate.MigrationSource;
import io.github.schemaparity.model.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fix SQL of one comparison: the fix of each difference for the reports, {@code fix.sql} (production
 * to what the migrations build) and the adopt migration (the migrations to what production is), written
 * into the report folder, never into the project's sources.
 */
public final class FixFiles {
    /** The name of the fix script in the report folder. */
    public static final String FIX_FILE = "fix.sql";

    private final FixDialect dialect;
    private final Catalog expected;
    private final Catalog actual;
    private final List<Difference> differences;
    private final DiffOptions diffOptions;
    private final boolean destructive;
    private final Set<String> leftAlone;
    private final FixScript each;
    private final FixScript fix;

    private FixFiles(FixDialect dialect, Catalog expected, Catalog actual, List<Difference> differences, DiffOptions diffOptions,
            boolean destructive, Collection<Difference> allowed) {
        this.dialect = dialect;
        this.expected = expected;
        this.actual = actual;
        this.differences = List.copyOf(differences);
        this.diffOptions = diffOptions;
        this.destructive = destructive;
        this.leftAlone = allowed.stream().map(FixFiles::key).collect(Collectors.toSet());
        this.each = FixPlanner.fix(dialect, expected, actual, differences);
        this.fix = leftAlone.isEmpty() ? each
                : FixPlanner.fix(dialect, expected, actual, differences.stream().filter(this::scripted).toList());
    }

    /** What identifies a difference in both directions: type, path, change and attribute, not the values. */
    private static String key(Difference d) {
        return d.objectType() + " " + d.object() + " " + d.change() + " " + d.attribute();
    }

    private boolean scripted(Difference d) {
        return !leftAlone.contains(key(d));
    }

    /**
     * Plans the fix of a comparison.
     *
     * @param dialect     the engine's fix dialect (from its {@code EngineSupport})
     * @param expected    what the migrations build
     * @param actual      production
     * @param differences {@code diff(expected, actual)}
     * @param diffOptions the options of that diff (the adopt migration diffs the other way with them)
     * @param destructive whether destructive statements are active (else commented out)
     * @param allowed     the differences the policy allows: each gets its fix in the report, but the scripts
     *                    leave them alone (a migration tool's history table, a pattern the team ignores)
     */
    public static FixFiles plan(FixDialect dialect, Catalog expected, Catalog actual, List<Difference> differences,
            DiffOptions diffOptions, boolean destructive, Collection<Difference> allowed) {
        return new FixFiles(dialect, expected, actual, differences, diffOptions, destructive, allowed);
    }

    /** The fix script, production to expected. */
    public FixScript script() {
        return fix;
    }

    /** The fix of every difference, for the reports (see {@link #fixFor(Difference)}). */
    public FixPlan perDifference() {
        return FixPlan.of(differences, this::fixFor);
    }

    /** The SQL that removes one difference as {@code fix.sql} writes it, or {@code null} where there is none. */
    public String fixFor(Difference difference) {
        return each.fixFor(difference, destructive);
    }

    /**
     * Writes {@code fix.sql} and, when there are differences, the adopt migration.
     *
     * @param reportDir    the report folder
     * @param expectedSide how the expected side is described in the header, e.g. {@code migrations postgresql 17.2}
     * @param actualSide   how the actual side is described
     * @param migrations   the project's migrations ({@code check}), or {@code null} ({@code compare})
     * @param projectDir   the project folder, or {@code null}
     * @return the files written: {@code fix.sql}, then the adopt migration if any
     * @throws UncheckedIOException when a file cannot be written
     */
    public List<Path> write(Path reportDir, String expectedSide, String actualSide, MigrationSource migrations,
            Path projectDir) {
        List<Path> written = new ArrayList<>();
        Path fixFile = reportDir.resolve(FIX_FILE);
        write(fixFile, fix.renderScript(header(expectedSide, actualSide), destructive));
        written.add(fixFile);
        if (differences.stream().anyMatch(this::scripted)) {
            FixScript adopt = FixPlanner.adopt(dialect, expected, actual, diffOptions, this::scripted);
            String stamp = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(Clock.systemUTC().instant()
                    .atZone(ZoneOffset.UTC));
            AdoptMigration migration = AdoptMigration.of(migrations, projectDir, adopt, destructive,
                    "adopt-production-drift-" + stamp);
            Path adoptFile = reportDir.resolve(migration.fileName());
            write(adoptFile, migration.content());
            written.add(adoptFile);
        }
        return written;
    }

    /** A one-line summary for the log: statements, destructive ones and differences without a fix. */
    public String summary() {
        long statements = fix.statements().stream().filter(FixStatement::generated).count();
        long off = destructive ? 0 : fix.statements().stream().filter(s -> s.generated() && s.destructive()).count();
        long cannot = fix.statements().stream().filter(s -> !s.generated()).count();
        return statements + " statements" + (off > 0 ? ", " + off + " destructive commented out (enable with "
                + FixScript.DESTRUCTIVE_PROPERTY + "=true)" : "") + (cannot > 0 ? ", " + cannot + " not generated" : "");
    }

    private List<String> header(String expectedSide, String actualSide) {
        List<String> lines = new ArrayList<>();
        lines.add("SchemaParity fix script: turns production (" + actualSide + ") into what the migrations build ("
                + expectedSide + ").");
        lines.add("Generated from the differences in report.json. REVIEW IT BEFORE RUNNING: run it in the");
        lines.add("production database as the objects' owner, in a maintenance window, after a backup.");
        if (destructive) {
            lines.add("Destructive statements are ON: drops of objects holding data, narrowing types, removed enum");
            lines.add("labels and new NOT NULLs run as written.");
        } else {
            lines.add("Destructive statements (drops of objects holding data, narrowing types, removed enum labels,");
            lines.add("new NOT NULLs) are commented out; enable them with -D" + FixScript.DESTRUCTIVE_PROPERTY + "=true.");
        }
        long allowed = differences.size() - differences.stream().filter(this::scripted).count();
        lines.add(differences.size() + " differences, " + fix.unresolved(destructive).size()
                + " of them left by this script (destructive or not generated)"
                + (allowed > 0 ? ", " + allowed + " allowed by the policy and left alone (their fix is in report.json)."
                : "."));
        if (differences.isEmpty()) {
            lines.add("No differences: nothing to fix.");
        }
        return lines;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
