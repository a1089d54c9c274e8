package io.github.schemaparity.fix;

/**
 * When a statement runs in a fix script. The order of the constants is the order of the script:
 * dependents are dropped before what they depend on, containers are created before their contents,
 * foreign keys, triggers, comments and grants come last.
 */
public enum Step {
    /** Publications, first: once gone they name nothing the rest of the script drops. */
    DROP_PUBLICATION,
    DROP_TRIGGER,
    DROP_POLICY,
    DROP_VIEW,
    DROP_FOREIGN_KEY,
    DROP_CONSTRAINT,
    DROP_INDEX,
    DROP_ROUTINE,
    DROP_COLUMN,
    DROP_TABLE,
    DROP_SEQUENCE,
    DROP_DOMAIN,
    DROP_TYPE,
    DROP_SCHEMA,
    /** Foreign servers, once the foreign tables using them are gone. */
    DROP_SERVER,
    /** Foreign data wrappers, once the servers on them are gone. */
    DROP_WRAPPER,
    DROP_EXTENSION,
    CREATE_SCHEMA,
    CREATE_EXTENSION,
    /** Foreign data wrappers, once the extensions bringing their handlers and validators exist. */
    CREATE_WRAPPER,
    /** Foreign servers, once the extensions bringing their wrappers exist. */
    CREATE_SERVER,
    CREATE_TYPE,
    CREATE_DOMAIN,
    /** Composite and range types, whose attributes and bounds may be enums and domains. */
    CREATE_TYPE_LATE,
    CREATE_SEQUENCE,
    CREATE_ROUTINE,
    CREATE_TABLE,
    ALTER_TABLE,
    ALTER_COLUMN,
    SEQUENCE_OWNER,
    ADD_CONSTRAINT,
    CREATE_INDEX,
    /** Routines whose SQL-standard body is parsed at creation, so the tables it reads must exist. */
    CREATE_ROUTINE_LATE,
    CREATE_VIEW,
    /** Indexes of materialized views, which exist only once the views do. */
    CREATE_VIEW_INDEX,
    ADD_FOREIGN_KEY,
    CREATE_TRIGGER,
    CREATE_POLICY,
    /** Publications created or altered, once every table and schema they name exists. */
    CREATE_PUBLICATION,
    COMMENT,
    REVOKE,
    GRANT,
    /** Settings stored for the database or a role in it ({@code ALTER DATABASE/ROLE ... SET}), which no object depends on. */
    DATABASE_SETTING
}
