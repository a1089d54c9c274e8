package io.github.schemaparity.data;

/** Where a data comparison writes its progress lines; front ends map it to their own log. */
@FunctionalInterface
public interface DataLog {
    /** A line of progress. */
    void info(String line);

    /** A log that drops everything. */
    static DataLog silent() {
        return line -> { };
    }
}
