package io.github.schemaparity.data.report;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.data.DataResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the data gate's report files into a folder. */
public final class DataReportFiles {
    /** The JSON report's file name. */
    public static final String JSON = "data-report.json";
    /** The Markdown report's file name. */
    public static final String MARKDOWN = "data-report.md";
    /** The JUnit XML report's file name. */
    public static final String JUNIT = "TEST-schemaparity-data.xml";

    private DataReportFiles() {
    }

    /** Writes the three reports and returns their paths. */
    public static List<Path> write(Path folder, DataResult result) {
        try {
            Files.createDirectories(folder);
            Path json = Files.writeString(folder.resolve(JSON), DataJsonReport.render(result), StandardCharsets.UTF_8);
            Path markdown = Files.writeString(folder.resolve(MARKDOWN), DataMarkdownReport.render(result),
                    StandardCharsets.UTF_8);
            Path junit = Files.writeString(folder.resolve(JUNIT), DataJUnitReport.render(result), StandardCharsets.UTF_8);
            return List.of(json, markdown, junit);
        } catch (IOException e) {
            throw new SchemaParityException("Cannot write the data reports to " + folder + ": " + e.getMessage()
                    + "; check that the folder is writable", e);
        }
    }
}
