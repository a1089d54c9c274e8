package io.github.schemaparity.migrate;

import java.nio.file.Path;

/**
 * A folder of plain {@code .sql} files (not its subfolders), applied one after the other in natural
 * version order: the numbers in a file's name compare as numbers, so {@code V2} runs before
 * {@code V10} and {@code 2024_01_02_x.sql} before {@code 2024_01_10_y.sql}. Only the part before a
 * {@code __} counts as the version when the name has one; files without a number run first, by name.
 *
 * @param folder the folder holding the files
 */
public record SqlFolder(Path folder) implements MigrationSource {

    /** Normalises the folder to an absolute path. */
    public SqlFolder {
        folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public MigrationTool tool() {
        return MigrationTool.SQL_FOLDER;
    }

    @Override
    public String describe() {
        return "SQL files in " + folder;
    }

    @Override
    public String location() {
        return folder.toString();
    }
}
