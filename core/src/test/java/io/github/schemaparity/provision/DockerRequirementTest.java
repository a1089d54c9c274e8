package io.github.schemaparity.provision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DockerRequirementTest {
    @Test
    void theBuildPassesTheRequireDockerSwitchThrough() {
        // core/pom.xml hands -Dschemaparity.requireDocker (default false) to the test JVM; CI sets it to true
        assertThat(System.getProperty(DockerRequirement.PROPERTY)).isIn("true", "false");
    }
}
