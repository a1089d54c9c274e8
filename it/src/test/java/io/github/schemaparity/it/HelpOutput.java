package io.github.schemaparity.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks what {@code mvn schemaparity:help -Ddetail} printed against the plugin's own descriptor
 * ({@code META-INF/maven/plugin.xml} in the installed jar): every goal, and for each goal every parameter
 * a user sets with its user property and default value.
 */
public final class HelpOutput {
    private HelpOutput() {
    }

    /** A parameter a user can set, as the descriptor declares it. */
    record Parameter(String name, String property, String defaultValue) {
    }

    /**
     * Asserts that the help text in {@code buildLog} lists every goal and every editable parameter of the
     * descriptor in {@code pluginJar}, each with its property and default; returns the number of
     * parameters checked over all goals.
     */
    public static int assertMatches(File buildLog, File pluginJar) throws Exception {
        Map<String, List<Parameter>> goals = descriptor(pluginJar);
        String log = Files.readString(buildLog.toPath(), StandardCharsets.UTF_8);
        if (!log.contains("This plugin has " + goals.size() + " goals:")) {
            throw new AssertionError("help does not say the plugin has " + goals.size() + " goals " + goals.keySet());
        }
        int checked = 0;
        for (Map.Entry<String, List<Parameter>> goal : goals.entrySet()) {
            String section = section(log, goal.getKey(), goals.keySet());
            for (Parameter parameter : goal.getValue()) {
                String heading = parameter.name() + (parameter.defaultValue() == null ? ""
                        : " (Default: " + parameter.defaultValue() + ")");
                if (!List.of(section.split("\n ")).contains(heading)) {
                    throw new AssertionError("help of " + goal.getKey() + " lacks '" + heading + "':\n" + section);
                }
                if (parameter.property() != null && !section.contains("User property: " + parameter.property())) {
                    throw new AssertionError("help of " + goal.getKey() + " lacks 'User property: "
                            + parameter.property() + "' for " + parameter.name());
                }
                checked++;
            }
        }
        return checked;
    }

    /**
     * The help text of one goal, from its {@code schemaparity:goal} line to the next goal's, with the
     * wrapping undone: each line's leading indentation becomes one space.
     */
    private static String section(String log, String goal, Iterable<String> goals) {
        int start = log.indexOf("\nschemaparity:" + goal + "\n");
        if (start < 0) {
            throw new AssertionError("help lists no goal schemaparity:" + goal);
        }
        int end = log.length();
        for (String other : goals) {
            int at = log.indexOf("\nschemaparity:" + other + "\n");
            if (at > start && at < end) {
                end = at;
            }
        }
        int finished = log.indexOf("\n[INFO] ----", start);
        if (finished > start && finished < end) {
            end = finished;
        }
        StringBuilder out = new StringBuilder();
        for (String line : log.substring(start, end).split("\n")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            // A wrapped heading such as "reference (Default:" + "${project.basedir}/...)" continues on the next line.
            boolean continuation = out.length() > 0 && out.toString().endsWith("(Default:");
            out.append(continuation ? " " : "\n ").append(text);
        }
        return out.toString();
    }

    /** Goal to its editable parameters, read from the jar's plugin.xml. */
    static Map<String, List<Parameter>> descriptor(File pluginJar) throws Exception {
        Document document;
        try (JarFile jar = new JarFile(pluginJar);
                InputStream in = jar.getInputStream(jar.getEntry("META-INF/maven/plugin.xml"))) {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("No plugin descriptor in " + pluginJar, e);
        }
        Map<String, List<Parameter>> goals = new LinkedHashMap<>();
        NodeList mojos = document.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            List<Parameter> parameters = new ArrayList<>();
            NodeList declared = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            for (int p = 0; p < declared.getLength(); p++) {
                Element parameter = (Element) declared.item(p);
                if (!"true".equals(text(parameter, "editable"))) {
                    continue;
                }
                String name = text(parameter, "name");
                String property = null;
                String defaultValue = null;
                NodeList values = configuration == null ? null : configuration.getElementsByTagName(name);
                if (values != null && values.getLength() > 0) {
                    Element value = (Element) values.item(0);
                    String expression = value.getTextContent().trim();
                    if (expression.startsWith("${") && expression.endsWith("}")) {
                        property = expression.substring(2, expression.length() - 1);
                    }
                    defaultValue = value.hasAttribute("default-value") ? value.getAttribute("default-value") : null;
                }
                parameters.add(new Parameter(name, property, defaultValue));
            }
            goals.put(text(mojo, "goal"), parameters);
        }
        return goals;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}
