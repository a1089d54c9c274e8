package io.github.schemaparity.junit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The extension's log lines (java.util.logging, where System.Logger goes by default) while a test runs. */
final class CapturedLog extends Handler implements AutoCloseable {
    private static final Pattern EMBEDDED_PORT = Pattern.compile("Embedded PostgreSQL from .* on port (\\d+)");
    // Held strongly: java.util.logging forgets handlers of loggers nobody references.
    private static final Logger LOGGER = Logger.getLogger(TestLog.NAME);

    final List<String> lines = new CopyOnWriteArrayList<>();

    static CapturedLog start() {
        CapturedLog log = new CapturedLog();
        LOGGER.addHandler(log);
        return log;
    }

    @Override
    public void publish(LogRecord record) {
        lines.add(record.getLevel() + " " + record.getMessage());
    }

    /** How many candidate databases were provisioned. */
    long candidatesStarted() {
        return lines.stream().filter(l -> l.contains("Candidate provider: ")).count();
    }

    /** The ports embedded candidates were started on. */
    List<Integer> embeddedPorts() {
        return lines.stream().map(EMBEDDED_PORT::matcher).filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1))).toList();
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        LOGGER.removeHandler(this);
    }
}
