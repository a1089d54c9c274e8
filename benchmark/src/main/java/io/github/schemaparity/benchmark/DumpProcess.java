package io.github.schemaparity.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a dump tool (pg_dump, mariadb-dump) as a whole process, as a user would. */
final class DumpProcess {
    private DumpProcess() {
    }

    /**
     * Runs {@code command} to its end and returns what it printed.
     *
     * @throws IllegalStateException when it runs longer than 10 minutes or exits with another code than 0
     */
    static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        byte[] printed = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " did not finish within 10 minutes");
        }
        String text = new String(printed, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command.get(0) + " failed with exit code " + process.exitValue() + ": "
                    + text.strip());
        }
        return text;
    }
}
