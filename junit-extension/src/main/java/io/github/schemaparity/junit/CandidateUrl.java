package io.github.schemaparity.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} parameter of a {@link SchemaParity} test to receive the migrated candidate's
 * JDBC URL. The URL carries no credentials; {@link MigratedDatabase} has them.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CandidateUrl {
}
