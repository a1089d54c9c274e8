package io.github.schemaparity.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Proves which JUnit ran this suite: the build runs it once with surefire on JUnit 5 and once with
 * the JUnit 6 console launcher, each naming its version in {@code schemaparity.expectedJUnit}.
 */
class JUnitVersionTest {

    @org.junit.jupiter.api.Test
    void theSuiteRunsOnTheJUnitTheBuildChose() {
        String expected = System.getProperty("schemaparity.expectedJUnit", "5.");
        String jupiter = new JupiterTestEngine().getVersion().orElseThrow();
        String platform = LauncherFactory.class.getPackage().getImplementationVersion();

        System.out.println("JUnit Jupiter " + jupiter + ", Platform " + platform + " (expected " + expected + ")");
        assertThat(jupiter).startsWith(expected);
    }
}
