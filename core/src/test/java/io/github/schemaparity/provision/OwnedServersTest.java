package io.github.schemaparity.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link OwnedServers#reportingThread()}: the thread whose end (or {@code System.exit}) tells the shutdown hook
 * that the build's failure has been reported is the JVM's main thread, whichever thread starts the server.
 * Surefire (and an IDE) runs the tests on the JVM's main thread, which is what these tests start from.
 */
class OwnedServersTest {
    private Thread main;

    @BeforeEach
    void onTheJvmsMainThread() {
        main = Thread.currentThread();
        assertThat(main.getName()).as("tests run on the JVM's main thread").isEqualTo("main");
        assertThat(main.getThreadGroup().getName()).isEqualTo("main");
    }

    @Test
    void theMainThreadReportsForItself() throws InterruptedException {
        assertThat(OwnedServers.reportingThread()).isSameAs(main);
        Thread[] caller = new Thread[1];
        Thread answer = on(main.getThreadGroup(), "main", caller);
        assertThat(answer).as("another thread named main reports for itself").isSameAs(caller[0]).isNotSameAs(main);
    }

    @Test
    void aWorkerThreadHandsTheReportToTheJvmsMainThread() throws InterruptedException {
        assertThat(on(main.getThreadGroup(), "environment-worker-1", new Thread[1])).isSameAs(main);
    }

    @Test
    void aThreadNamedMainOutsideTheMainGroupIsNotTakenForIt() throws InterruptedException {
        Object release = new Object();
        Thread impostor = new Thread(new ThreadGroup("not-main"), () -> {
            synchronized (release) {
                try {
                    release.wait(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "main");
        impostor.setDaemon(true);
        impostor.start();
        try {
            assertThat(on(main.getThreadGroup(), "environment-worker-2", new Thread[1])).isSameAs(main)
                    .isNotSameAs(impostor);
        } finally {
            impostor.interrupt();
            impostor.join(10_000);
        }
    }

    /** What {@code reportingThread()} answers on a new thread of that group and name (stored in {@code caller}). */
    private static Thread on(ThreadGroup group, String name, Thread[] caller) throws InterruptedException {
        AtomicReference<Thread> answer = new AtomicReference<>();
        Thread thread = new Thread(group, () -> answer.set(OwnedServers.reportingThread()), name);
        caller[0] = thread;
        thread.start();
        thread.join(10_000);
        assertThat(thread.isAlive()).as("reportingThread() returned").isFalse();
        return answer.get();
    }
}
