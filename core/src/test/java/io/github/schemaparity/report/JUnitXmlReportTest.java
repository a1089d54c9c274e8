package io.github.schemaparity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.schemaparity.baseline.BaselineEntry;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.policy.Acknowledgement;
import io.github.schemaparity.fix.FixPlan;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.BaselineOutcome;
import io.github.schemaparity.policy.Severity;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXParseException;

/**
 * Reads the report back with the parser behind maven-surefire-report-plugin (a real JUnit XML consumer), and
 * validates it against a strict JUnit XML schema before reading it with the JDK's parser, so malformed or
 * misnamed output fails here rather than in a CI test tab.
 */
class JUnitXmlReportTest {
    private static final Side EXPECTED = new Side(Side.MIGRATIONS, Engine.POSTGRESQL, "17.2");
    private static final Side ACTUAL = new Side(Side.JDBC, Engine.POSTGRESQL, "17.2");

    @TempDir
    Path dir;

    /** The fix SQL the failing differences of this test come with; it travels beside the assessment. */
    private final java.util.Map<Difference, String> fixes = new java.util.HashMap<>();

    private ParityReport report(AssessedDifference... differences) {
        List<AssessedDifference> all = List.of(differences);
        return new ParityReport(EXPECTED, ACTUAL, Assessment.of(all), List.of(),
                FixPlan.of(all.stream().map(AssessedDifference::difference).toList(), fixes::get));
    }

    private AssessedDifference failing(int risk, Difference difference, String fix) {
        if (fix != null) {
            fixes.put(difference, fix);
        }
        return new AssessedDifference(difference, risk, Severity.ofRisk(risk), false, null);
    }

    private static AssessedDifference allowed(Difference difference, String reason) {
        return new AssessedDifference(difference, 10, Severity.LOW, true, reason, null);
    }

    /** The suites the Surefire parser reads from the written file (it groups test cases by class name). */
    private List<ReportTestSuite> parseWithSurefire(ParityReport report, Duration elapsed) throws Exception {
        Path file = dir.resolve("target/schemaparity/TEST-schemaparity.xml");
        JUnitXmlReport.write(report, elapsed, file);
        return new TestSuiteXmlParser(new NullConsoleLogger()).parse(file.toString());
    }

    private static List<ReportTestCase> cases(List<ReportTestSuite> suites) {
        return suites.stream().flatMap(suite -> suite.getTestCases().stream()).toList();
    }

    private static ReportTestCase named(List<ReportTestCase> cases, String name) {
        return cases.stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
    }

    /** Parses with the JDK's strict parser after validating against the JUnit XML schema in the test resources. */
    private static Element parseStrictly(String xml) throws Exception {
        validate(xml);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    /**
     * Validates against the strict schema in the test resources and against the schema Surefire publishes for the
     * files it writes (unpacked from Surefire's source release on Maven Central by the build).
     */
    private static void validate(String xml) throws Exception {
        validate(xml, JUnitXmlReportTest.class.getResource("junit-testsuite.xsd"));
        validate(xml, surefireSchema().toUri().toURL());
    }

    private static void validate(String xml, java.net.URL xsd) throws Exception {
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Path surefireSchema() {
        String property = System.getProperty("schemaparity.surefireXsd");
        assertThat(property).as("schemaparity.surefireXsd, set by core/pom.xml's surefire configuration").isNotBlank();
        Path xsd = Path.of(property);
        assertThat(xsd).as("Surefire's surefire-test-report.xsd, unpacked at generate-test-resources").isRegularFile();
        return xsd;
    }

    @Test
    void surefiresOwnSchemaIsTheRealOneAndRejectsAMissingSkippedCount() throws Exception {
        assertThat(Files.readString(surefireSchema())).contains("<xs:element name=\"testsuite\">")
                .contains("name=\"flakyFailure\"");
        String noSkipped = "<testsuite name=\"s\" tests=\"1\" failures=\"0\" errors=\"0\"><testcase classname=\"c\" "
                + "name=\"n\" time=\"0\"/></testsuite>";
        assertThatThrownBy(() -> validate(noSkipped, surefireSchema().toUri().toURL()))
                .isInstanceOf(SAXParseException.class).hasMessageContaining("skipped");
    }

    @Test
    void theSchemaRejectsWhatCiToolsWouldMisread() {
        String noFailuresCount = "<testsuite name=\"s\" tests=\"1\" errors=\"0\"><testcase classname=\"c\" "
                + "name=\"n\"/></testsuite>";
        String failureWithoutType = "<testsuite name=\"s\" tests=\"1\" failures=\"1\" errors=\"0\">"
                + "<testcase classname=\"c\" name=\"n\"><failure message=\"m\"/></testcase></testsuite>";
        String commaTime = "<testsuite name=\"s\" tests=\"0\" failures=\"0\" errors=\"0\" time=\"1,5\"/>";

        for (String invalid : List.of(noFailuresCount, failureWithoutType, commaTime)) {
            assertThatThrownBy(() -> validate(invalid)).as(invalid).isInstanceOf(SAXParseException.class);
        }
    }

    @Test
    void oneTestCasePerDifferenceFailingOnesFailAllowedOnesAreSkipped() throws Exception {
        ParityReport report = report(
                failing(95, new Difference(ObjectType.TABLE, "public.orders", Change.MISSING, null,
                        "table, 3 columns", null), "CREATE TABLE public.orders (id integer);"),
                failing(70, new Difference(ObjectType.COLUMN, "public.users.email", Change.CHANGED, "type",
                        "varchar(255)", "varchar(50)"), null),
                allowed(new Difference(ObjectType.TABLE, "public.audit", Change.UNEXPECTED, null, null,
                        "table, 2 columns"), "ignored by pattern 'public.audit'"));

        List<ReportTestSuite> suites = parseWithSurefire(report, Duration.ofMillis(1234));
        List<ReportTestCase> cases = cases(suites);

        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfTests).sum()).isEqualTo(3);
        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfFailures).sum()).isEqualTo(2);
        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfSkipped).sum()).isEqualTo(1);
        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfErrors).sum()).isZero();
        assertThat(cases).extracting(ReportTestCase::getFullClassName, ReportTestCase::getName)
                .containsExactlyInAnyOrder(
                tuple("schemaparity.TABLE", "public.orders MISSING"),
                tuple("schemaparity.COLUMN", "public.users.email CHANGED [type]"),
                tuple("schemaparity.TABLE", "public.audit UNEXPECTED"));
        assertThat(cases).filteredOn(ReportTestCase::hasFailure).hasSize(2);
        assertThat(cases).filteredOn(ReportTestCase::hasSkipped).hasSize(1);
        assertThat(cases).noneMatch(ReportTestCase::hasError);

        ReportTestCase missing = named(cases, "public.orders MISSING");
        assertThat(missing.getFailureType()).isEqualTo("CRITICAL");
        assertThat(missing.getFailureMessage()).isEqualTo("CRITICAL: missing table: table, 3 columns");
        assertThat(missing.getFailureDetail()).contains("expected: table, 3 columns", "actual: none",
                "risk: 95 (CRITICAL)", "CREATE TABLE public.orders (id integer);");
        ReportTestCase changed = named(cases, "public.users.email CHANGED [type]");
        assertThat(changed.getFailureType()).isEqualTo("HIGH");
        assertThat(changed.getFailureMessage()).isEqualTo("HIGH: type varchar(255) -> varchar(50)");

        Element suite = parseStrictly(JUnitXmlReport.render(report, Duration.ofMillis(1234)));
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("schemaparity");
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        assertThat(suite.getAttribute("time")).isEqualTo("1.234");
        Element skipped = (Element) suite.getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).isEqualTo("allowed: ignored by pattern 'public.audit'");
    }

    /** A baseline run: one acknowledged, one expired (failing) difference, one stale entry; with two pending. */
    private ParityReport baselineRun(boolean strict) {
        Difference index = new Difference(ObjectType.INDEX, "public.orders.hotfix_idx", Change.UNEXPECTED, null, null,
                "btree (created_at)");
        Difference status = new Difference(ObjectType.COLUMN, "public.orders.status", Change.CHANGED, "type",
                "varchar(50)", "varchar(255)");
        BaselineEntry hotfix = BaselineEntry.of(index, "hotfix INC-42", "team-orders", LocalDate.of(2999, 12, 31));
        BaselineEntry widened = BaselineEntry.of(status, "partner import", null, LocalDate.of(2000, 1, 1));
        BaselineEntry gone = BaselineEntry.of(new Difference(ObjectType.INDEX, "public.orders.gone_idx",
                Change.UNEXPECTED, null, null, "btree (note)"), "dropped <later> & \"soon\"", "dba", null);
        List<AssessedDifference> differences = List.of(
                new AssessedDifference(index, 20, Severity.LOW, true, "acknowledged in baseline: "
                        + hotfix.describeAcknowledgement(),
                        new Acknowledgement(hotfix, Acknowledgement.Status.ACKNOWLEDGED)),
                new AssessedDifference(status, 55, Severity.MEDIUM, false, "baseline entry expired (expires 2000-01-01): "
                        + "partner import; fix the drift or renew the entry",
                        new Acknowledgement(widened, Acknowledgement.Status.EXPIRED)));
        List<PendingMigration> pending = List.of(
                new PendingMigration("4", "order notes", "V4__order_notes.sql", List.of()),
                new PendingMigration("5", "drop legacy", "V5__drop_legacy.sql", List.of()));
        return new ParityReport(EXPECTED, ACTUAL,
                Assessment.of(differences, new BaselineOutcome(null, strict, 3, List.of(gone))), pending);
    }

    @Test
    void underBaselineStrictAStaleEntryIsAFailingTestSoTheTabShowsWhyTheBuildFailed() throws Exception {
        ParityReport report = baselineRun(true);
        List<ReportTestSuite> suites = parseWithSurefire(report, Duration.ZERO);
        List<ReportTestCase> cases = cases(suites);

        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfTests).sum()).isEqualTo(3);
        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfFailures).sum()).isEqualTo(2);
        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfSkipped).sum()).isEqualTo(1);
        ReportTestCase stale = named(cases, "stale: INDEX public.orders.gone_idx UNEXPECTED");
        assertThat(stale.getFullClassName()).isEqualTo("schemaparity.baseline");
        assertThat(stale.getFailureType()).isEqualTo("STALE");
        assertThat(stale.getFailureMessage()).isEqualTo("baseline entry matches no difference (baselineStrict): "
                + "dropped <later> & \"soon\" (owner dba)");
        assertThat(stale.getFailureDetail()).contains("mvn schemaparity:baseline removes it", "actual: btree (note)",
                "owner: dba", "expires: never");

        ReportTestCase acknowledged = named(cases, "public.orders.hotfix_idx UNEXPECTED");
        assertThat(acknowledged.hasSkipped()).isTrue();
        ReportTestCase expired = named(cases, "public.orders.status CHANGED [type]");
        assertThat(expired.getFailureType()).isEqualTo("MEDIUM");
        assertThat(expired.getFailureDetail()).contains("reason: baseline entry expired (expires 2000-01-01): "
                + "partner import");

        Element suite = parseStrictly(JUnitXmlReport.render(report));
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        Element skipped = (Element) suite.getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).as("the baseline's reason, not 'allowed: acknowledged ...'")
                .isEqualTo("acknowledged in baseline: hotfix INC-42 (owner team-orders, expires 2999-12-31)");
    }

    @Test
    void withoutStrictAStaleEntryIsSkippedAndPendingMigrationsAreAPropertyNotTests() throws Exception {
        ParityReport report = baselineRun(false);
        List<ReportTestCase> cases = cases(parseWithSurefire(report, Duration.ZERO));

        ReportTestCase stale = named(cases, "stale: INDEX public.orders.gone_idx UNEXPECTED");
        assertThat(stale.hasSkipped()).isTrue();
        assertThat(stale.hasFailure()).isFalse();
        assertThat(cases).hasSize(3).noneMatch(c -> c.getName().contains("V4") || c.getName().contains("V5"));

        Element suite = parseStrictly(JUnitXmlReport.render(report));
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("2");
        org.w3c.dom.NodeList properties = suite.getElementsByTagName("property");
        String pending = null;
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (property.getAttribute("name").equals("pending")) {
                pending = property.getAttribute("value");
            }
        }
        assertThat(pending).isEqualTo("2 not applied in production (reported, never failing): "
                + "V4 order notes (V4__order_notes.sql), V5 drop legacy (V5__drop_legacy.sql)");
    }

    @Test
    void onlyAStrictStaleEntryIsStillAFailingTestNotAGreenTab() throws Exception {
        BaselineEntry gone = BaselineEntry.of(new Difference(ObjectType.TABLE, "public.old", Change.MISSING, null,
                "table, 1 column", null), "dropped", null, null);
        ParityReport report = new ParityReport(EXPECTED, ACTUAL,
                Assessment.of(List.of(), new BaselineOutcome(null, true, 1, List.of(gone))));

        List<ReportTestCase> cases = cases(parseWithSurefire(report, Duration.ZERO));

        assertThat(report.verdict().name()).isEqualTo("FAIL");
        assertThat(cases).singleElement().satisfies(only -> {
            assertThat(only.hasFailure()).isTrue();
            assertThat(only.getName()).isEqualTo("stale: TABLE public.old MISSING");
        });
        Element suite = parseStrictly(JUnitXmlReport.render(report));
        assertThat(suite.getAttribute("tests")).isEqualTo("1");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void noDifferencesIsOnePassingTestSoTheTabIsGreen() throws Exception {
        List<ReportTestCase> cases = cases(parseWithSurefire(report(), Duration.ZERO));

        assertThat(cases).singleElement().satisfies(only -> {
            assertThat(only.isSuccessful()).isTrue();
            assertThat(only.getFullClassName()).isEqualTo("schemaparity");
            assertThat(only.getName()).isEqualTo("catalogs match");
        });
        Element suite = parseStrictly(JUnitXmlReport.render(report()));
        assertThat(suite.getAttribute("tests")).isEqualTo("1");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        assertThat(suite.getAttribute("skipped")).isEqualTo("0");
    }

    @Test
    void theExactDocumentForOneDifference() {
        String xml = JUnitXmlReport.render(report(failing(70, new Difference(ObjectType.COLUMN, "public.users.email",
                Change.CHANGED, "type", "varchar(255)", "varchar(50)"), null)));

        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="schemaparity" tests="1" failures="1" skipped="0" errors="0" time="0.000">
                  <properties>
                    <property name="expected" value="migrations postgresql 17.2"/>
                    <property name="actual" value="jdbc postgresql 17.2"/>
                    <property name="verdict" value="FAIL"/>
                  </properties>
                  <testcase classname="schemaparity.COLUMN" name="public.users.email CHANGED [type]" time="0">
                    <failure message="HIGH: type varchar(255) -&gt; varchar(50)" type="HIGH">attribute: type
                expected: varchar(255)
                actual: varchar(50)
                risk: 70 (HIGH)
                </failure>
                  </testcase>
                </testsuite>
                """);
    }

    @Test
    void quotesMarkupAndForbiddenControlCharactersSurviveAsWellFormedXml() throws Exception {
        String nasty = "it's \"quoted\" <b>&amp;</b> ]]> \u0000nul \u0001soh \u001besc \uD800lone \uFFFF ok\ttab \uD83D\uDE00";
        ParityReport report = report(
                failing(40, new Difference(ObjectType.COLUMN, "public.\"odd<&>\".c", Change.CHANGED, "comment",
                        nasty, "line one\nline two\r\nline three"), "COMMENT ON COLUMN x IS '" + nasty + "';"),
                allowed(new Difference(ObjectType.VIEW, "public.v", Change.UNEXPECTED, null, null, nasty),
                        "ignored by pattern 'public.<v>' & \u0007bell"));

        Element suite = parseStrictly(JUnitXmlReport.render(report));
        Element testCase = (Element) suite.getElementsByTagName("testcase").item(0);
        assertThat(testCase.getAttribute("name")).isEqualTo("public.\"odd<&>\".c CHANGED [comment]");
        Element failure = (Element) testCase.getElementsByTagName("failure").item(0);
        String cleaned = "it's \"quoted\" <b>&amp;</b> ]]> \uFFFDnul \uFFFDsoh \uFFFDesc \uFFFDlone \uFFFD ok";
        assertThat(failure.getTextContent()).contains("expected: " + cleaned + "\ttab \uD83D\uDE00\n")
                .contains("actual: line one\nline two\nline three\n")
                .contains("COMMENT ON COLUMN x IS '" + cleaned);
        assertThat(failure.getAttribute("message"))
                .isEqualTo("MEDIUM: comment " + cleaned + " tab \uD83D\uDE00 -> line one line two line three");
        Element skipped = (Element) suite.getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).isEqualTo("allowed: ignored by pattern 'public.<v>' & \uFFFDbell");

        List<ReportTestCase> cases = cases(parseWithSurefire(report, Duration.ZERO));
        assertThat(cases).extracting(ReportTestCase::getName)
                .containsExactlyInAnyOrder("public.\"odd<&>\".c CHANGED [comment]", "public.v UNEXPECTED");
        assertThat(named(cases, "public.\"odd<&>\".c CHANGED [comment]").getFailureType()).isEqualTo("MEDIUM");
        assertThat(named(cases, "public.v UNEXPECTED").hasSkipped()).isTrue();
    }

    @Test
    void xmlSafeKeepsValidTextUntouchedAndReplacesOnlyForbiddenCharacters() {
        String valid = "tab\tnewline\ncr\r \uD83D\uDE00 \uE000 \uFFFD";
        assertThat(JUnitXmlReport.xmlSafe(valid)).isSameAs(valid);
        assertThat(JUnitXmlReport.xmlSafe("a\u0000b\u000Bc\uDC00d\uFFFEe")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    }

    @Test
    void longMessagesAreCutTheBodyKeepsTheWholeValue() throws Exception {
        String definition = "SELECT " + "x".repeat(1000);
        Element suite = parseStrictly(JUnitXmlReport.render(report(failing(60, new Difference(ObjectType.VIEW,
                "public.v", Change.CHANGED, "definition", definition, "SELECT 1"), null))));

        Element failure = (Element) suite.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).hasSize(JUnitXmlReport.MAX_MESSAGE_LENGTH).endsWith("\u2026");
        assertThat(failure.getTextContent()).contains("expected: " + definition + "\n");
    }
}
