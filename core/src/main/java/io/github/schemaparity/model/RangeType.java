package io.github.schemaparity.model;

import java.util.Map;

/**
 * A range type ({@code CREATE TYPE name AS RANGE (...)}, PostgreSQL). Options left at their default are
 * {@code null}, so the same type written with or without them is one model value.
 *
 * @param name           type name
 * @param subtype        normalised element type, e.g. {@code numeric}, {@code timestamptz}
 * @param subtypeOpClass the b-tree operator class ordering the subtype, when not the subtype's default
 * @param collation      collation, when the subtype is collatable and it is not the subtype's default
 * @param canonical      the canonical function, or {@code null}
 * @param subtypeDiff    the subtype difference function (used by GiST indexes), or {@code null}
 * @param multirange     the multirange type's name (PostgreSQL 14 and later), when not the name PostgreSQL
 *                       derives from the range's
 * @param comment        comment, or {@code null}
 */
public record RangeType(String name, String subtype, String subtypeOpClass, String collation, String canonical,
        String subtypeDiff, String multirange, String comment) implements Named {

    /**
     * The multirange name PostgreSQL gives a range type that names none: {@code range} replaced by
     * {@code multirange} in the range's name, else {@code _multirange} appended.
     */
    public static String defaultMultirange(String rangeName) {
        int at = rangeName.indexOf("range");
        return at < 0 ? rangeName + "_multirange"
                : rangeName.substring(0, at) + "multirange" + rangeName.substring(at + "range".length());
    }

    /** Attributes the diff compares. */
    public Map<String, String> attributes() {
        return new Attributes().put("subtype", subtype).put("subtypeOpClass", subtypeOpClass)
                .put("collation", collation).put("canonical", canonical).put("subtypeDiff", subtypeDiff)
                .put("multirange", multirange).put("comment", comment).build();
    }
}
