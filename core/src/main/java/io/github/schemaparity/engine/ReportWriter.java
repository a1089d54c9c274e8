package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;

/**
 * One output of a judged comparison: a report file, the fix SQL, or the console lines in the log. A run
 * hands its {@link Judgement} to each writer of its list in turn ({@link ReportWriters#standard}); a new
 * report format is one more writer in that list.
 */
interface ReportWriter {
    /**
     * Writes (or logs) this writer's output of {@code judgement}.
     *
     * @throws SchemaParityException when a file cannot be written, naming it and the fix
     */
    void write(Judgement judgement);
}
