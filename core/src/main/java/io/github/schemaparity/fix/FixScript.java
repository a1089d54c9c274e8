package io.github.schemaparity.fix;

import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.model.Engine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The statements that turn one catalog into another, in the order they must run, and how to render
 * them as a script or per difference.
 *
 * @param engine     the engine the statements are written for
 * @param conventions how the statements are written into a script file (from the engine's {@link FixDialect})
 * @param preamble   session settings the statements rely on (e.g. {@code SET check_function_bodies = false})
 * @param statements the statements, sorted by {@link Step} (stable within a step)
 */
public record FixScript(Engine engine, ScriptConventions conventions, List<String> preamble,
        List<FixStatement> statements) {
    /** The property that turns destructive statements on, as the commented-out ones name it. */
    public static final String DESTRUCTIVE_PROPERTY = "schemaparity.fix.destructive";

    static final String DESTRUCTIVE_NOTE = "-- destructive, enable with " + DESTRUCTIVE_PROPERTY + "=true";

    public FixScript {
        java.util.Objects.requireNonNull(conventions, "conventions");
        preamble = List.copyOf(preamble);
        List<FixStatement> sorted = new ArrayList<>(statements);
        sorted.sort(Comparator.comparing(FixStatement::step));
        statements = List.copyOf(sorted);
    }

    /** Whether there is nothing to do. */
    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /**
     * The SQL to send, one statement per element, in order: the preamble, then every generated
     * statement (the destructive ones only when asked for).
     */
    public List<String> executable(boolean destructive) {
        List<String> sql = new ArrayList<>(preamble);
        for (FixStatement statement : statements) {
            if (statement.generated() && (destructive || !statement.destructive())) {
                sql.add(statement.sql());
            }
        }
        return sql;
    }

    /**
     * The differences a run of {@link #executable(boolean)} leaves: those with a destructive statement
     * (when destructive statements are off) or one that could not be generated.
     */
    public Set<Difference> unresolved(boolean destructive) {
        Set<Difference> left = new LinkedHashSet<>();
        for (FixStatement statement : statements) {
            if (!statement.generated() || (statement.destructive() && !destructive)) {
                left.addAll(statement.resolves());
            }
        }
        return left;
    }

    /**
     * The script as a file: the header lines as {@code --} comments, the preamble, then each statement
     * with its delimiter; destructive statements commented out unless asked for, and a
     * {@code -- cannot generate: <why>} line where no statement could be generated.
     */
    public String render(List<String> header, boolean destructive) {
        return render(header, destructive, statements);
    }

    private String render(List<String> header, boolean destructive, List<FixStatement> statements) {
        StringBuilder out = new StringBuilder();
        for (String line : header) {
            out.append(line.isEmpty() ? "--" : "-- " + line).append('\n');
        }
        if (!header.isEmpty()) {
            out.append('\n');
        }
        for (String line : preamble) {
            out.append(line).append(";\n");
        }
        if (!preamble.isEmpty()) {
            out.append('\n');
        }
        for (FixStatement statement : statements) {
            out.append(render(statement, destructive)).append('\n');
        }
        return out.toString();
    }

    /**
     * The script as {@code fix.sql} writes it: as {@link #render}, with the engine's notes added to the header,
     * and on an engine with transactional DDL the statements inside one {@code BEGIN; ... COMMIT;}, those that
     * cannot run in a transaction block set apart before or after it under a comment saying why. The preamble
     * (session settings) comes first, so it holds for all of them.
     */
    public String renderScript(List<String> header, boolean destructive) {
        List<String> lines = new ArrayList<>(header);
        if (!conventions.scriptNotes().isEmpty()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(conventions.scriptNotes());
        }
        if (!conventions.transactional()) {
            return render(lines, destructive);
        }
        StringBuilder out = new StringBuilder(render(lines, destructive, List.of()));
        List<FixStatement> inside = statements.stream().filter(FixStatement::inTransaction).toList();
        outside(out, true, destructive);
        if (!inside.isEmpty()) {
            out.append("BEGIN;\n\n");
            inside.forEach(statement -> out.append(render(statement, destructive)).append('\n'));
            out.append("\nCOMMIT;\n");
        }
        outside(out, false, destructive);
        return out.toString();
    }

    private void outside(StringBuilder out, boolean before, boolean destructive) {
        String reason = null;
        for (FixStatement statement : statements) {
            if (statement.outside() != null && statement.outside().before() == before) {
                if (!statement.outside().reason().equals(reason)) {
                    if (!before || reason != null) {
                        out.append('\n');
                    }
                    reason = statement.outside().reason();
                    out.append("-- ").append(before ? "Before" : "After").append(" the transaction: ")
                            .append(reason).append('\n');
                }
                out.append(render(statement, destructive)).append('\n');
            }
        }
        if (before && reason != null) {
            out.append('\n');
        }
    }

    /**
     * The statements that remove one difference, rendered as in {@link #render}; {@code null} for none. Where
     * they are more than one statement on an engine with transactional DDL, they are wrapped in
     * {@code BEGIN; ... COMMIT;} as in {@link #renderScript} (a statement that cannot run in a transaction
     * block stays outside, after it).
     */
    public String fixFor(Difference difference, boolean destructive) {
        List<FixStatement> mine = statements.stream().filter(s -> s.resolves().contains(difference)).toList();
        if (mine.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<String> before = new ArrayList<>();
        long runs = mine.stream().filter(s -> s.generated() && s.inTransaction()
                && (destructive || !s.destructive())).count();
        boolean wrap = conventions.transactional() && runs > 1;
        for (FixStatement statement : mine) {
            (!wrap || statement.inTransaction() ? parts : statement.outside().before() ? before : after)
                    .add(render(statement, destructive));
        }
        if (wrap) {
            parts.add(0, "BEGIN;");
            parts.add("COMMIT;");
        }
        before.addAll(parts);
        before.addAll(after);
        return String.join("\n", before);
    }

    private String render(FixStatement statement, boolean destructive) {
        if (!statement.generated()) {
            return "-- cannot generate: " + statement.cannotGenerate();
        }
        String sql = terminated(statement.sql());
        if (statement.destructive() && !destructive) {
            return DESTRUCTIVE_NOTE + "\n" + sql.lines().map(line -> "-- " + line)
                    .reduce((a, b) -> a + "\n" + b).orElse("");
        }
        return sql;
    }

    /**
     * The statement with its delimiter. A MySQL routine or trigger body holds semicolons of its own, so
     * it is wrapped in the client's {@code DELIMITER} command, which the mysql client, Flyway and
     * SchemaParity's SQL-folder runner understand.
     */
    private String terminated(String sql) {
        if (conventions.delimiterBlocks() && sql.contains(";")) {
            return "DELIMITER $$\n" + sql + " $$\nDELIMITER ;";
        }
        return sql + ";";
    }
}
