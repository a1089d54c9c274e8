package io.github.schemaparity.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The goals and properties other tools and users rely on (README.md lists them), read from the built descriptor. */
class PluginDescriptorTest {
    private static Map<String, Element> mojos;

    @BeforeAll
    static void readDescriptor() throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("plugin.xml built by maven-plugin-plugin").isNotNull();
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            assertThat(text(document.getDocumentElement(), "goalPrefix")).isEqualTo("schemaparity");
            mojos = new LinkedHashMap<>();
            NodeList list = document.getElementsByTagName("mojo");
            for (int i = 0; i < list.getLength(); i++) {
                Element mojo = (Element) list.item(i);
                mojos.put(text(mojo, "goal"), mojo);
            }
        }
    }

    @Test
    void compareAndSnapshotNeedNoProject() {
        assertThat(mojos).containsKeys("compare", "snapshot", "history");
        for (String goal : List.of("compare", "snapshot", "history")) {
            assertThat(text(mojos.get(goal), "requiresProject")).isEqualTo("false");
        }
        mojos.values().forEach(mojo -> assertThat(text(mojo, "threadSafe")).isEqualTo("true"));
    }

    @Test
    void checkRunsInVerifyOnAProject() {
        assertThat(text(mojos.get("check"), "requiresProject")).isEqualTo("true");
        assertThat(text(mojos.get("check"), "phase")).isEqualTo("verify");
        assertThat(defaultValue("check", "reference"))
                .isEqualTo("${project.basedir}/src/test/resources/schemaparity/snapshot.json");
        assertThat(defaultValue("check", "provider")).isEqualTo("auto");
        assertThat(defaultValue("check", "cache")).isEqualTo("true");
        assertThat(defaultValue("check", "ignoreMigrationHistory")).isEqualTo("true");
        assertThat(defaultValue("check", "cacheDir")).isEqualTo("${project.build.directory}/schemaparity/cache");
        assertThat(defaultValue("check", "referenceUserEnv")).isEqualTo("SCHEMAPARITY_REFERENCE_USER");
        assertThat(defaultValue("check", "referencePasswordEnv")).isEqualTo("SCHEMAPARITY_REFERENCE_PASSWORD");
    }

    @Test
    void checkParametersAreTheContractsProperties() {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String name : List.of("reference", "flywayLocations", "liquibaseChangelog", "sqlFolder", "provider", "image",
                "serverUrl", "serverId", "schemas", "ignore", "failOn", "columnOrder", "privileges", "reportDir", "skip",
                "ignoreMigrationHistory", "cache", "cacheDir", "rules", "risks", "baseline", "baselineStrict", "versionAware",
                "schemaMapping", "tenants", "tenantReference")) {
            expected.put(name, "${schemaparity." + name + "}");
        }
        expected.put("referenceServerId", "${schemaparity.reference.serverId}");
        expected.put("referenceUserEnv", "${schemaparity.reference.userEnv}");
        expected.put("referencePasswordEnv", "${schemaparity.reference.passwordEnv}");
        expected.put("destructiveFixes", "${schemaparity.fix.destructive}");
        expected.put("captureRetries", "${schemaparity.capture.retries}");
        expected.put("captureRetryTime", "${schemaparity.capture.retryTime}");
        // several environments: <references> in the POM, -Dschemaparity.references=name=url,... on the command line
        expected.put("referenceList", "${schemaparity.references}");
        assertThat(userParameters("check")).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void everyParameterIsAlsoASchemaparityProperty() {
        assertThat(userParameters("compare")).containsOnlyKeys("expected", "actual", "schemas", "ignore", "failOn",
                "columnOrder", "privileges", "reportDir", "skip", "rules", "risks", "baseline", "baselineStrict",
                "destructiveFixes", "schemaMapping", "expectedServerId", "expectedUserEnv", "expectedPasswordEnv",
                "actualServerId", "actualUserEnv", "actualPasswordEnv", "captureRetries", "captureRetryTime",
                "tenants", "tenantReference");
        assertThat(userParameters("snapshot")).containsOnlyKeys("url", "snapshot", "schemas", "privileges", "skip",
                "referenceServerId", "referenceUserEnv", "referencePasswordEnv", "captureRetries", "captureRetryTime",
                "history", "historyHeartbeat");
        assertThat(userParameters("history")).containsOnlyKeys("history", "reportDir", "skip", "captureRetries",
                "captureRetryTime");
        Map<String, String> dotted = Map.of("destructiveFixes", "${schemaparity.fix.destructive}",
                "captureRetries", "${schemaparity.capture.retries}",
                "captureRetryTime", "${schemaparity.capture.retryTime}",
                "historyHeartbeat", "${schemaparity.history.heartbeat}");
        for (String goal : List.of("compare", "snapshot", "history")) {
            userParameters(goal).forEach((name, expression) ->
                    assertThat(expression).as("%s:%s", goal, name)
                            .isEqualTo(dotted.getOrDefault(name, expectedProperty(name))));
        }
    }

    @Test
    void everyGoalThatOpensADatabaseTakesAServerIdAndEnvironmentVariables() {
        for (String side : List.of("expected", "actual")) {
            assertThat(defaultValue("compare", side + "UserEnv")).isEqualTo("SCHEMAPARITY_" + side.toUpperCase() + "_USER");
            assertThat(defaultValue("compare", side + "PasswordEnv"))
                    .isEqualTo("SCHEMAPARITY_" + side.toUpperCase() + "_PASSWORD");
        }
        for (String goal : List.of("snapshot", "check", "baseline")) {
            assertThat(userParameters(goal)).containsEntry("referenceServerId", "${schemaparity.reference.serverId}");
            assertThat(defaultValue(goal, "referenceUserEnv")).isEqualTo("SCHEMAPARITY_REFERENCE_USER");
            assertThat(defaultValue(goal, "referencePasswordEnv")).isEqualTo("SCHEMAPARITY_REFERENCE_PASSWORD");
        }
    }

    /** {@code destructiveFixes} is {@code schemaparity.fix.destructive}; {@code fooServerId} is {@code schemaparity.foo.serverId}. */
    private static String expectedProperty(String name) {
        if (name.equals("destructiveFixes")) {
            return "${schemaparity.fix.destructive}";
        }
        java.util.regex.Matcher login = java.util.regex.Pattern.compile("(expected|actual|reference)(ServerId|UserEnv|PasswordEnv)")
                .matcher(name);
        if (login.matches()) {
            String suffix = login.group(2);
            return "${schemaparity." + login.group(1) + "." + Character.toLowerCase(suffix.charAt(0)) + suffix.substring(1) + "}";
        }
        return "${schemaparity." + name + "}";
    }

    @Test
    void baselineRunsTheCheckAndTakesItsOwnProperties() {
        assertThat(text(mojos.get("baseline"), "requiresProject")).isEqualTo("true");
        assertThat(text(mojos.get("baseline"), "phase")).isNull();
        Map<String, String> expected = new LinkedHashMap<>(userParameters("check"));
        expected.put("baselineReason", "${schemaparity.baseline.reason}");
        expected.put("baselineOwner", "${schemaparity.baseline.owner}");
        expected.put("baselineExpires", "${schemaparity.baseline.expires}");
        expected.put("baselineAllowInCi", "${schemaparity.baseline.allowInCi}");
        expected.put("baselineAcknowledge", "${schemaparity.baseline.acknowledge}");
        assertThat(userParameters("baseline")).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(defaultValue("baseline", "baselineAllowInCi")).isEqualTo("false");
        assertThat(defaultValue("check", "baselineStrict")).isEqualTo("false");
    }

    @Test
    void helpGoalAndDescriptionsReadAsWritten() {
        assertThat(mojos).containsKey("help");
        assertThat(text(mojos.get("help"), "requiresProject")).isEqualTo("false");
        // A {@code ${...}} in Javadoc used to lose its closing brace in the descriptor.
        assertThat(parameterDescription("snapshot", "snapshot"))
                .contains("${project.basedir}/src/test/resources/schemaparity/snapshot.json");
        assertThat(parameterDescription("check", "reportDir")).contains("${project.build.directory}/schemaparity,");
        // An XML example in the goal's Javadoc came out as its bare text values.
        assertThat(text(mojos.get("check"), "description")).doesNotContain("io.github.schemaparity schemaparity-maven-plugin");
        mojos.forEach((goal, mojo) -> {
            NodeList declared = mojo.getElementsByTagName("parameter");
            for (int i = 0; i < declared.getLength(); i++) {
                Element parameter = (Element) declared.item(i);
                assertThat(text(parameter, "description")).as("%s:%s", goal, text(parameter, "name")).isNotBlank();
            }
        });
    }

    private static String parameterDescription(String goal, String name) {
        NodeList declared = mojos.get(goal).getElementsByTagName("parameter");
        for (int i = 0; i < declared.getLength(); i++) {
            Element parameter = (Element) declared.item(i);
            if (name.equals(text(parameter, "name"))) {
                return text(parameter, "description");
            }
        }
        throw new AssertionError(goal + " has no parameter " + name);
    }

    @Test
    void failOnDefaultsToLow() {
        assertThat(defaultValue("compare", "failOn")).isEqualTo("LOW");
    }

    /** Parameter name to its expression, for parameters a user sets. */
    private static Map<String, String> userParameters(String goal) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Element configuration = (Element) mojos.get(goal).getElementsByTagName("configuration").item(0);
        List<String> readonly = new ArrayList<>();
        NodeList declared = mojos.get(goal).getElementsByTagName("parameter");
        for (int i = 0; i < declared.getLength(); i++) {
            Element parameter = (Element) declared.item(i);
            if ("false".equals(text(parameter, "editable"))) {
                readonly.add(text(parameter, "name"));
            }
        }
        NodeList values = configuration.getChildNodes();
        for (int i = 0; i < values.getLength(); i++) {
            if (values.item(i) instanceof Element value && !readonly.contains(value.getTagName())) {
                parameters.put(value.getTagName(), value.getTextContent().trim());
            }
        }
        return parameters;
    }

    private static String defaultValue(String goal, String name) {
        Element configuration = (Element) mojos.get(goal).getElementsByTagName("configuration").item(0);
        return ((Element) configuration.getElementsByTagName(name).item(0)).getAttribute("default-value");
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}
