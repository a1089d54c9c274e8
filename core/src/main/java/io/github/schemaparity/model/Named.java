package io.github.schemaparity.model;

/** A catalog object identified by its name within its parent. */
public interface Named {
    /** The name exactly as the database stores it. */
    String name();
}
