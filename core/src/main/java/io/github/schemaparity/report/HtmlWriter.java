package io.github.schemaparity.report;

/**
 * Builds polyglot markup (valid HTML that is also well-formed XML) in which every piece of text and every attribute
 * value is escaped: report content comes from catalogs (view bodies, comments, defaults) that anyone with DDL rights
 * in production wrote, so nothing of it may reach the page as markup. Only the report's own style sheet and script
 * go in unescaped, through {@link #trustedStyle} and {@link #trustedScript}.
 */
final class HtmlWriter {
    private final StringBuilder out = new StringBuilder(16_384);

    /**
     * Opens an element.
     *
     * @param attributes name/value pairs; a {@code null} value leaves the attribute out, a boolean attribute is
     *                   given its own name as value ({@code hidden="hidden"}) as XML requires
     */
    HtmlWriter open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** Closes an element. */
    HtmlWriter close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    HtmlWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A void element ({@code meta}, {@code input}), self-closed so XML parsers accept it too. */
    HtmlWriter empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** Escaped text; {@code null} writes nothing. */
    HtmlWriter text(String text) {
        if (text != null) {
            out.append(escape(text));
        }
        return this;
    }

    /** A line break in the source, to keep the file readable; no effect on the page. */
    HtmlWriter newline() {
        out.append('\n');
        return this;
    }

    /** The report's own style sheet, in a CDATA section so XML parsers read it as text. */
    HtmlWriter trustedStyle(String css) {
        out.append("<style>/*<![CDATA[*/\n").append(requireNoCdataEnd(css)).append("/*]]>*/</style>");
        return this;
    }

    /** The report's own script, in a CDATA section so XML parsers read it as text. */
    HtmlWriter trustedScript(String script) {
        out.append("<script>//<![CDATA[\n").append(requireNoCdataEnd(script)).append("//]]></script>");
        return this;
    }

    /** A markup comment, e.g. marking where a later section goes; {@code --} is not allowed in one. */
    HtmlWriter comment(String text) {
        out.append("<!-- ").append(escape(text).replace("--", "- -")).append(" -->");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    /**
     * Text safe in element content and in double- or single-quoted attribute values, in HTML and in XML: the five
     * markup characters become references, and characters XML 1.0 forbids become U+FFFD.
     */
    static String escape(String text) {
        String safe = JUnitXmlReport.xmlSafe(text);
        StringBuilder escaped = null;
        for (int i = 0; i < safe.length(); i++) {
            String reference = switch (safe.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (reference != null && escaped == null) {
                escaped = new StringBuilder(safe.length() + 16).append(safe, 0, i);
            }
            if (escaped != null) {
                if (reference != null) {
                    escaped.append(reference);
                } else {
                    escaped.append(safe.charAt(i));
                }
            }
        }
        return escaped == null ? safe : escaped.toString();
    }

    private static String requireNoCdataEnd(String trusted) {
        if (trusted.contains("]]>") || trusted.contains("</")) {
            throw new IllegalArgumentException("trusted style or script must not contain ']]>' or '</'");
        }
        return trusted;
    }
}
