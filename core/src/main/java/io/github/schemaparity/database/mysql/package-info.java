/**
 * MySQL's engine support ({@link io.github.schemaparity.database.mysql.MySqlSupport}), shared with MariaDB:
 * the {@code information_schema} catalog reader (it tells MySQL from MariaDB by the server's version), the
 * fix dialect (told which of the two it writes for), the history-table queries and the mysql client's
 * script-splitting rules, and the data comparison's SQL ({@code MySqlDataDialect}: {@code START TRANSACTION
 * WITH CONSISTENT SNAPSHOT, READ ONLY}, rows hashed with a CRC-32/CRC-32C pair (MariaDB 10.8+ on both sides)
 * or a 64-bit slice of {@code MD5} over a canonical text in which character data is its UTF-8 bytes,
 * so case-insensitive and PAD SPACE collations cannot hide a change; ranges cut in
 * binary order; orphans, AUTO_INCREMENT and MariaDB sequences behind in {@code MySqlDataIntegrity}).
 *
 * <p>May import {@code model}, {@code database}, the generic packages it implements ({@code capture},
 * {@code fix}, {@code history}, {@code migrate}, {@code data}), and {@code diff}/{@code policy} types the fix dialect
 * reads. Never {@code engine}, {@code report} or the front ends.
 */
package io.github.schemaparity.database.mysql;
