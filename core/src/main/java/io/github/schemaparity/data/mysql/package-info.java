/**
 * The data comparison's MySQL and MariaDB SQL: {@code START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY},
 * rows hashed with a 64-bit slice of {@code MD5} over a canonical text in which character data is hex
 * (so case-insensitive and PAD SPACE collations cannot hide a change), ranges cut in binary order, and
 * the integrity checks (orphans, AUTO_INCREMENT and MariaDB sequences behind). Depends only on
 * {@code data}, {@code jdbc} and {@code model}. Tested on MariaDB; MySQL shares the statements.
 */
package io.github.schemaparity.data.mysql;
