package io.github.schemaparity.diff;

/**
 * The kind of catalog object a difference is about. Part of the JSON report contract: constants are
 * added when needed, never renamed.
 */
public enum ObjectType {
    SCHEMA, TABLE, COLUMN, PRIMARY_KEY, FOREIGN_KEY, UNIQUE, CHECK, INDEX, VIEW, MATERIALIZED_VIEW, SEQUENCE,
    ROUTINE, TRIGGER, TYPE, DOMAIN, POLICY, PRIVILEGE, EXTENSION, SETTING, MIGRATION, EVENT,
    /** A setting stored for the database: {@code ALTER DATABASE app SET ...} (object {@code database:<name>}). */
    DATABASE_SETTING,
    /** A setting stored for a role in the database: {@code ALTER ROLE r IN DATABASE app SET ...} ({@code role:<role>:<name>}). */
    ROLE_SETTING,
    /** A composite type, {@code CREATE TYPE name AS (...)} (PostgreSQL). */
    COMPOSITE_TYPE,
    /** A range type, {@code CREATE TYPE name AS RANGE (...)} (PostgreSQL). */
    RANGE_TYPE,
    /** A foreign server, {@code CREATE SERVER ...} (PostgreSQL; object {@code server:<name>}). */
    FOREIGN_SERVER,
    /** A database-wide trigger on DDL: {@code CREATE EVENT TRIGGER} (PostgreSQL; object {@code event-trigger:<name>}). */
    EVENT_TRIGGER,
    /** An extended statistics object: {@code CREATE STATISTICS} (PostgreSQL; object {@code schema.name}). */
    STATISTICS,
    /** A rewrite rule on a table or view: {@code CREATE RULE} (PostgreSQL; object {@code schema.relation.rule}). */
    RULE,
    /** A user-defined collation: {@code CREATE COLLATION} (PostgreSQL; object {@code schema.name}). */
    COLLATION,
    /** A publication for logical replication: {@code CREATE PUBLICATION} (PostgreSQL; object {@code publication:<name>}). */
    PUBLICATION,
    /** A foreign data wrapper: {@code CREATE FOREIGN DATA WRAPPER} (PostgreSQL; object {@code foreign-data-wrapper:<name>}). */
    FOREIGN_DATA_WRAPPER
}
