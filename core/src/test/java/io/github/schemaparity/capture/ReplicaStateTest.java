package io.github.schemaparity.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.model.ReplicaState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The replica line of the log and the retry settings' checks. */
class ReplicaStateTest {
    @Test
    void describesStandbyAndReplica() {
        assertThat(new ReplicaState(true, true, 2.44).describe("reference"))
                .isEqualTo("reference is a standby, 2.4 s behind its primary");
        assertThat(new ReplicaState(true, false, 3.0).describe("actual"))
                .isEqualTo("actual is a replica, 3.0 s behind its source");
        assertThat(new ReplicaState(true, false, null).describe("actual"))
                .startsWith("actual is a replica, lag behind its source unknown");
    }

    @Test
    void retrySettingsAreChecked() {
        assertThat(CaptureRetry.of(null, null)).isEqualTo(CaptureRetry.defaults());
        assertThat(CaptureRetry.of(0, 5)).isEqualTo(new CaptureRetry(0, Duration.ofSeconds(5)));
        assertThat(CaptureRetry.of(2, null).attempts()).isEqualTo(3);
        assertThatThrownBy(() -> CaptureRetry.of(-1, null)).isInstanceOf(SchemaParityException.class)
                .hasMessage("Capture retries must be 0 or more, not -1: set schemaparity.capture.retries to e.g. 8");
        assertThatThrownBy(() -> CaptureRetry.of(1, 0)).isInstanceOf(SchemaParityException.class)
                .hasMessage("Capture retry time must be positive, not PT0S: set schemaparity.capture.retryTime to"
                        + " seconds, e.g. 120");
    }
}
