package io.github.schemaparity.maven;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps Testcontainers' JVM shutdown hook from failing after the build.
 *
 * <p>Without Ryuk, Testcontainers registers a shutdown hook that prunes the containers of this JVM's
 * session (its "death note" of label filters). Inside Maven the hook runs after the plugin's class realm
 * is closed and dies with a {@code NoClassDefFoundError} stack trace below {@code BUILD SUCCESS}, though
 * every candidate was already removed when its check ended. So while no check of this plugin runs, the
 * death note is parked and the hook finds nothing to do; a check puts it back first, so a build killed
 * mid-check still has its containers pruned.
 */
final class TestcontainersShutdown {
    private static final String REAPER = "org.testcontainers.utility.ResourceReaper";
    private static final Object LOCK = new Object();
    private static final List<Object> PARKED = new ArrayList<>();
    private static int running;

    private TestcontainersShutdown() {
    }

    /** Before a check: the death note is complete again. */
    static void checkStarts() {
        synchronized (LOCK) {
            running++;
            if (!PARKED.isEmpty()) {
                deathNote().ifPresent(note -> {
                    synchronized (note) {
                        note.addAll(PARKED);
                    }
                });
                PARKED.clear();
            }
        }
    }

    /** After a check (its candidate already removed): park the death note when no other check runs. */
    static void checkEnded() {
        synchronized (LOCK) {
            running--;
            if (running == 0) {
                deathNote().ifPresent(note -> {
                    synchronized (note) {
                        PARKED.addAll(note);
                        note.clear();
                    }
                });
            }
        }
    }

    /** The death note, when Testcontainers is on the classpath; a later Testcontainers without it is left alone. */
    @SuppressWarnings("unchecked")
    private static Optional<List<Object>> deathNote() {
        try {
            Class<?> reaper = Class.forName(REAPER, true, TestcontainersShutdown.class.getClassLoader());
            Field field = reaper.getDeclaredField("DEATH_NOTE");
            field.setAccessible(true);
            return Optional.of((List<Object>) field.get(null));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }
}
