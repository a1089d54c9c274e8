package io.github.schemaparity.report;

import io.github.schemaparity.baseline.BaselineEntry;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The report as JUnit XML (the Ant/Surefire {@code testsuite} format), so the test tabs of Jenkins, GitLab and
 * GitHub show each difference: one {@code testcase} per difference, classed by object type; a failing difference
 * carries a {@code failure} typed by its severity, an allowed one is {@code skipped} with the reason (an acknowledged
 * one with its baseline entry's). A stale baseline entry (one that matches no difference) is a test case of class
 * {@code schemaparity.baseline}: a {@code failure} typed {@code STALE} under {@code baselineStrict}, where it fails
 * the build, else {@code skipped}. Without differences or stale entries a single passing test case keeps the tab
 * green rather than empty.
 *
 * <p>Pending migrations (version awareness) are no test cases: they never fail, and a skipped test reads as a check
 * that did not run, which would blur the tab's one job of showing drift. Their count and names are a suite
 * {@code property} ({@code pending}); the JSON, Markdown and HTML reports show what each does.
 *
 * <p>XML 1.0 cannot carry most control characters, not even escaped; catalog text (comments, defaults) may hold
 * them, so they are replaced with U+FFFD rather than making the whole file unreadable.
 */
public final class JUnitXmlReport {
    /**
     * The file name the report is conventionally written to, in the report directory: the {@code TEST-*.xml}
     * pattern that CI test-report globs and the Surefire report plugin look for.
     */
    public static final String FILE_NAME = "TEST-schemaparity.xml";
    /** The {@code testsuite} name, and the prefix of every {@code classname}. */
    public static final String SUITE = "schemaparity";
    /** The {@code classname} of stale baseline entries. */
    static final String BASELINE_CLASS = SUITE + ".baseline";
    /** The {@code failure} type of a stale baseline entry under {@code baselineStrict}. */
    static final String STALE = "STALE";
    /** Failure messages longer than this are cut with an ellipsis; the failure body keeps the values whole. */
    static final int MAX_MESSAGE_LENGTH = 200;

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private JUnitXmlReport() {
    }

    /** Writes the report to a file, with a suite time of zero; see {@link #write(ParityReport, Duration, Path)}. */
    public static void write(ParityReport report, Path file) {
        write(report, Duration.ZERO, file);
    }

    /**
     * Writes the report to a file, creating its parent directories.
     *
     * @param elapsed how long the comparison took, written as the suite's {@code time}
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(ParityReport report, Duration elapsed, Path file) {
        ReportFiles.write("JUnit XML report", file, render(report, elapsed));
    }

    /** The report as JUnit XML with a suite time of zero. */
    public static String render(ParityReport report) {
        return render(report, Duration.ZERO);
    }

    /**
     * The report as a UTF-8 JUnit XML document with {@code \n} line endings and a trailing newline.
     *
     * @param elapsed how long the comparison took, written as the suite's {@code time} in seconds
     */
    public static String render(ParityReport report, Duration elapsed) {
        Assessment assessment = report.assessment();
        int differences = assessment.differences().size();
        List<BaselineEntry> stale = assessment.stale();
        boolean staleFails = assessment.baseline() != null && assessment.baseline().strict();
        int cases = differences + stale.size();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE);
            xml.writeAttribute("tests", Integer.toString(Math.max(cases, 1)));
            xml.writeAttribute("failures", Integer.toString(assessment.failing() + (staleFails ? stale.size() : 0)));
            xml.writeAttribute("skipped", Integer.toString(assessment.allowed() + (staleFails ? 0 : stale.size())));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("time", seconds(elapsed));
            writeProperties(xml, report);
            if (cases == 0) {
                indent(xml, 1);
                xml.writeEmptyElement("testcase");
                xml.writeAttribute("classname", SUITE);
                xml.writeAttribute("name", "catalogs match");
                xml.writeAttribute("time", "0");
            }
            for (AssessedDifference assessed : assessment.differences()) {
                writeTestCase(xml, assessed, report.fixFor(assessed));
            }
            for (BaselineEntry entry : stale) {
                writeStaleCase(xml, entry, staleFails);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot render the JUnit XML report: " + e.getMessage(), e);
        }
        return out.append('\n').toString();
    }

    private static void writeProperties(XMLStreamWriter xml, ParityReport report) throws XMLStreamException {
        indent(xml, 1);
        xml.writeStartElement("properties");
        writeProperty(xml, "expected", describe(report.expected()));
        writeProperty(xml, "actual", describe(report.actual()));
        // Which databases these were, as the user gave them (only when known: older reports stay as they were).
        for (String side : List.of("expected", "actual")) {
            Side s = side.equals("expected") ? report.expected() : report.actual();
            String origin = s == null ? null : s.describeOrigin(side);
            if (origin != null) {
                writeProperty(xml, side + ".origin", origin);
            }
        }
        writeProperty(xml, "verdict", report.verdict().name());
        if (!report.pending().isEmpty()) {
            writeProperty(xml, "pending", report.pending().size() + " not applied in production (reported, never "
                    + "failing): " + report.pending().stream().map(PendingMigration::label)
                            .collect(Collectors.joining(", ")));
        }
        indent(xml, 1);
        xml.writeEndElement();
    }

    private static void writeProperty(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        indent(xml, 2);
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", oneLine(value));
    }

    private static void writeTestCase(XMLStreamWriter xml, AssessedDifference assessed, String fix)
            throws XMLStreamException {
        Difference d = assessed.difference();
        indent(xml, 1);
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", SUITE + "." + d.objectType().name());
        xml.writeAttribute("name", oneLine(testName(d)));
        xml.writeAttribute("time", "0");
        indent(xml, 2);
        if (assessed.allowed()) {
            xml.writeEmptyElement("skipped");
            String reason = assessed.reason() == null ? "" : assessed.reason();
            // An acknowledged difference's reason already says so ("acknowledged in baseline: ...").
            xml.writeAttribute("message", cut(oneLine(assessed.acknowledged() ? reason : "allowed: " + reason)));
        } else {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", cut(oneLine(message(assessed))));
            xml.writeAttribute("type", assessed.severity().name());
            xml.writeCharacters(xmlSafe(body(assessed, fix)));
            xml.writeEndElement();
        }
        indent(xml, 1);
        xml.writeEndElement();
    }

    /**
     * A baseline entry that matches no difference: failing under {@code baselineStrict} (the build fails on it, so
     * the test tab must show why), else skipped.
     */
    private static void writeStaleCase(XMLStreamWriter xml, BaselineEntry entry, boolean fails)
            throws XMLStreamException {
        Difference d = entry.difference();
        indent(xml, 1);
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", BASELINE_CLASS);
        xml.writeAttribute("name", oneLine("stale: " + d.objectType() + " " + testName(d)));
        xml.writeAttribute("time", "0");
        indent(xml, 2);
        String message = "baseline entry matches no difference" + (fails ? " (baselineStrict)" : "") + ": "
                + entry.describeAcknowledgement();
        if (fails) {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", cut(oneLine(message)));
            xml.writeAttribute("type", STALE);
            xml.writeCharacters(xmlSafe("The drift this entry acknowledges is gone or changed further; "
                    + "mvn schemaparity:baseline removes it.\n"
                    + (d.attribute() == null ? "" : "attribute: " + d.attribute() + "\n")
                    + "expected: " + orNone(d.expected()) + "\nactual: " + orNone(d.actual()) + "\n"
                    + "reason: " + entry.reason() + "\n"
                    + "owner: " + orNone(entry.owner()) + "\n"
                    + "expires: " + (entry.expires() == null ? "never" : entry.expires()) + "\n"));
            xml.writeEndElement();
        } else {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", cut(oneLine(message)));
        }
        indent(xml, 1);
        xml.writeEndElement();
    }

    /** {@code <object> <change>}, with {@code [<attribute>]} where there is one. */
    static String testName(Difference d) {
        String name = d.object() + " " + d.change();
        return d.attribute() == null ? name : name + " [" + d.attribute() + "]";
    }

    /** {@code HIGH: type varchar(255) -> varchar(50)}, or the description of a missing or unexpected object. */
    private static String message(AssessedDifference assessed) {
        Difference d = assessed.difference();
        String prefix = assessed.severity() + ": ";
        if (d.change() == Change.CHANGED) {
            return prefix + d.attribute() + " " + orNone(d.expected()) + " -> " + orNone(d.actual());
        }
        String description = d.change() == Change.MISSING ? d.expected() : d.actual();
        return prefix + d.change().name().toLowerCase(Locale.ROOT) + " "
                + d.objectType().name().toLowerCase(Locale.ROOT) + (description == null ? "" : ": " + description);
    }

    private static String body(AssessedDifference assessed, String fix) {
        Difference d = assessed.difference();
        StringBuilder body = new StringBuilder();
        if (d.attribute() != null) {
            body.append("attribute: ").append(d.attribute()).append('\n');
        }
        body.append("expected: ").append(orNone(d.expected())).append('\n');
        body.append("actual: ").append(orNone(d.actual())).append('\n');
        body.append("risk: ").append(assessed.risk()).append(" (").append(assessed.severity()).append(")\n");
        if (assessed.reason() != null) {
            // Why a rule or an expired baseline entry fails it.
            body.append("reason: ").append(assessed.reason()).append('\n');
        }
        if (fix != null) {
            body.append("fix:\n").append(fix).append('\n');
        }
        return body.toString();
    }

    private static String describe(Side side) {
        return side == null ? "unknown" : side.describe();
    }

    private static String orNone(String value) {
        return value == null ? "none" : value;
    }

    private static String seconds(Duration elapsed) {
        return String.format(Locale.ROOT, "%.3f", (elapsed == null ? Duration.ZERO : elapsed).toMillis() / 1000.0);
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Attribute text on one line (parsers turn raw newlines in attributes into spaces anyway), XML-safe. */
    private static String oneLine(String text) {
        return xmlSafe(text.strip().replaceAll("\\s+", " "));
    }

    private static String cut(String text) {
        if (text.length() <= MAX_MESSAGE_LENGTH) {
            return text;
        }
        int end = MAX_MESSAGE_LENGTH - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }

    /**
     * The text with every character XML 1.0 forbids (controls other than tab, newline and carriage return, lone
     * surrogates, U+FFFE and U+FFFF) replaced with U+FFFD.
     */
    static String xmlSafe(String text) {
        StringBuilder safe = null;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (!allowedInXml(codePoint)) {
                if (safe == null) {
                    safe = new StringBuilder(text.length()).append(text, 0, i);
                }
                safe.append('\uFFFD');
            } else if (safe != null) {
                safe.appendCodePoint(codePoint);
            }
            i += width;
        }
        return safe == null ? text : safe.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
