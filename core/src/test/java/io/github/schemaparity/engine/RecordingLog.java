package io.github.schemaparity.engine;

import io.github.schemaparity.log.ParityLog;
import java.util.ArrayList;
import java.util.List;

/** Keeps what the engine logs, each line prefixed by its level. */
final class RecordingLog implements ParityLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void info(String line) {
        lines.add("INFO " + line);
    }

    @Override
    public void warn(String line) {
        lines.add("WARN " + line);
    }

    @Override
    public void error(String line) {
        lines.add("ERROR " + line);
    }
}
