package io.github.schemaparity.capture.crawler;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Silences SchemaCrawler's java.util.logging output for the length of one crawl and keeps its
 * warnings instead.
 *
 * <p>SchemaCrawler logs tens of thousands of INFO lines on a large schema, and it reports a failed
 * retrieval (a query it could not run, a permission it lacked) as a WARNING and carries on with that
 * part of the catalog missing. A capture with silently missing objects would later show up as false
 * differences, so the reader turns any such warning into a failure instead.
 *
 * <p>The logger levels are process-wide: two crawls running at the same time in one JVM each see the
 * other's warnings.
 */
final class CrawlLog implements AutoCloseable {
    // Strong references: java.util.logging forgets the level of a logger nobody holds.
    private static final Logger[] LOGGERS = {Logger.getLogger("schemacrawler"), Logger.getLogger("us.fatehi")};

    private final List<LogRecord> warnings = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            if (logRecord.getLevel().intValue() >= Level.WARNING.intValue()) {
                synchronized (warnings) {
                    warnings.add(logRecord);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Level[] savedLevels = new Level[LOGGERS.length];
    private final boolean[] savedUseParent = new boolean[LOGGERS.length];

    private CrawlLog() {
        for (int i = 0; i < LOGGERS.length; i++) {
            savedLevels[i] = LOGGERS[i].getLevel();
            savedUseParent[i] = LOGGERS[i].getUseParentHandlers();
            LOGGERS[i].setLevel(Level.WARNING);
            LOGGERS[i].setUseParentHandlers(false);
            LOGGERS[i].addHandler(handler);
        }
    }

    /** Starts capturing; close the result when the crawl is over. */
    static CrawlLog capture() {
        return new CrawlLog();
    }

    /** The first warning SchemaCrawler logged as one line (with its cause), or {@code null} if none. */
    String firstWarning() {
        synchronized (warnings) {
            if (warnings.isEmpty()) {
                return null;
            }
            LogRecord first = warnings.get(0);
            String message = first.getMessage();
            if (first.getParameters() != null && first.getParameters().length > 0 && message != null) {
                message = java.text.MessageFormat.format(message, first.getParameters());
            }
            // "Error executing SQL <the whole query>": the query text is ours, the cause says what went wrong.
            if (message != null && message.indexOf(" <") > 0) {
                message = message.substring(0, message.indexOf(" <"));
            }
            Throwable cause = first.getThrown();
            if (cause != null) {
                message = message + ": " + cause.getMessage();
            }
            return message == null ? null : message.replaceAll("\\s+", " ").strip();
        }
    }

    /** The exception logged with the first warning, or {@code null}: the cause of the failed capture. */
    Throwable firstCause() {
        synchronized (warnings) {
            return warnings.isEmpty() ? null : warnings.get(0).getThrown();
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < LOGGERS.length; i++) {
            LOGGERS[i].removeHandler(handler);
            LOGGERS[i].setLevel(savedLevels[i]);
            LOGGERS[i].setUseParentHandlers(savedUseParent[i]);
        }
    }
}
