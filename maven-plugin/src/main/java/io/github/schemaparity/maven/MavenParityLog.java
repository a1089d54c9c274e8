package io.github.schemaparity.maven;

import io.github.schemaparity.log.ParityLog;
import org.apache.maven.plugin.logging.Log;

/** The engine's log lines as Maven log lines, at the same level. */
final class MavenParityLog implements ParityLog {
    private final Log log;

    MavenParityLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }

    @Override
    public void error(String line) {
        log.error(line);
    }
}
