package io.github.schemaparity.diff;

/**
 * The kind of catalog object a difference is about. Part of the JSON report contract: constants are
 * added when needed, never renamed.
 */
public enum ObjectType {
    SCHEMA, TABLE, COLUMN, PRIMARY_KEY, FOREIGN_KEY, UNIQUE, CHECK, INDEX, VIEW, MATERIALIZED_VIEW, SEQUENCE,
    ROUTINE, TRIGGER, TYPE, DOMAIN, POLICY, PRIVILEGE, EXTENSION, SETTING, MIGRATION, EVENT
}
