package io.github.schemaparity.migrate;

import io.github.schemaparity.SchemaParityException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Applies a folder of plain SQL files, statement by statement, in natural version order. */
final class SqlFolderRunner {

    private SqlFolderRunner() {
    }

    static MigrationResult apply(SqlFolder source, Connection connection, ScriptSyntax syntax) throws SQLException {
        List<Path> files = scripts(source.folder());
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            for (Path file : files) {
                run(file, statement, syntax);
            }
        }
        return new MigrationResult(MigrationTool.SQL_FOLDER, files.size(),
                Optional.of(files.get(files.size() - 1).getFileName().toString()), List.of());
    }

    /** The folder's {@code .sql} files in natural version order; an empty folder is an error. */
    static List<Path> scripts(Path folder) {
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql"))
                    .sorted((a, b) -> NaturalVersionOrder.INSTANCE.compare(a.getFileName().toString(), b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new SchemaParityException("Cannot list SQL folder " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new SchemaParityException("SQL folder " + folder + " holds no .sql files: point sqlFolder at the folder with the migration scripts");
        }
        return files;
    }

    private static void run(Path file, Statement statement, ScriptSyntax syntax) {
        String script;
        try {
            script = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SchemaParityException("Cannot read SQL file " + file + ": " + e.getMessage(), e);
        }
        for (SqlStatement sql : SqlScriptSplitter.split(script, syntax)) {
            try {
                statement.execute(sql.sql());
            } catch (SQLException e) {
                throw new SchemaParityException("SQL file " + file.getFileName() + " failed at line " + sql.line()
                        + ": " + DatabaseErrors.message(e), e);
            }
        }
    }
}
