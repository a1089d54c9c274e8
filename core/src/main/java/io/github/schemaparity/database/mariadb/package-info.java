/**
 * MariaDB's engine support ({@link io.github.schemaparity.database.mariadb.MariaDbSupport}): MySQL's
 * support with MariaDB's driver, images and name.
 *
 * <p>May import {@code model}, {@code database} and {@code database.mysql}. Never {@code engine},
 * {@code report} or the front ends.
 */
package io.github.schemaparity.database.mariadb;
