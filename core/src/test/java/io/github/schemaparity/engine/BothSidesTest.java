package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BothSidesTest {

    @Test
    void bothSidesRunAtTheSameTime() {
        CountDownLatch secondStarted = new CountDownLatch(1);
        CountDownLatch firstStarted = new CountDownLatch(1);
        RecordingLog log = new RecordingLog();
        // Each side waits for the other to have started: one after the other, neither would get through.
        BothSides.Pair<String, String> pair = BothSides.load(log, sideLog -> {
            firstStarted.countDown();
            await(secondStarted);
            sideLog.info("first done");
            return "expected";
        }, sideLog -> {
            secondStarted.countDown();
            await(firstStarted);
            sideLog.info("second done");
            return "actual";
        });
        assertThat(pair.first()).isEqualTo("expected");
        assertThat(pair.second()).isEqualTo("actual");
        assertThat(log.lines).containsExactlyInAnyOrder("INFO first done", "INFO second done");
        assertThat(pair.firstSpan().startMillis()).isLessThanOrEqualTo(pair.secondSpan().endMillis());
        assertThat(pair.secondSpan().startMillis()).isLessThanOrEqualTo(pair.firstSpan().endMillis());
        assertThat(pair.timing("expected", "actual"))
                .matches("loaded expected and actual at once: expected \\+\\d+ to \\+\\d+ ms, actual \\+\\d+ to \\+\\d+ ms");
        assertNoSideThreadLeft();
    }

    @Test
    void theFirstSidesErrorWinsAndTheSecondIsInterrupted() {
        SchemaParityException unreachable = new SchemaParityException("Cannot connect to expected: refused");
        CountDownLatch secondWaiting = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        assertThatThrownBy(() -> BothSides.load(new RecordingLog(), sideLog -> {
            await(secondWaiting);
            throw unreachable;
        }, sideLog -> {
            secondWaiting.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw new SchemaParityException("Cannot connect to actual: interrupted");
            }
            return "never";
        })).isSameAs(unreachable);
        assertThat(interrupted).isTrue();
        assertNoSideThreadLeft();
    }

    @Test
    void theSecondSidesErrorComesOutUnwrapped() {
        SchemaParityException missing = new SchemaParityException("Snapshot file not found: prod.json");
        assertThatThrownBy(() -> BothSides.load(new RecordingLog(), sideLog -> "expected", sideLog -> {
            throw missing;
        })).isSameAs(missing);
        assertNoSideThreadLeft();
    }

    @Test
    void whenBothFailTheFirstSidesErrorIsTheOneShown() {
        SchemaParityException first = new SchemaParityException("expected: authentication failed");
        CountDownLatch secondFailed = new CountDownLatch(1);
        assertThatThrownBy(() -> BothSides.load(new RecordingLog(), sideLog -> {
            await(secondFailed);
            throw first;
        }, sideLog -> {
            try {
                throw new SchemaParityException("actual: authentication failed");
            } finally {
                secondFailed.countDown();
            }
        })).isSameAs(first);
        assertNoSideThreadLeft();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("the other side started").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoSideThreadLeft() {
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().equals("schemaparity-side") && thread.isAlive());
    }
}
