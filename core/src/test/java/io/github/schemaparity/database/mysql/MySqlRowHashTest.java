package io.github.schemaparity.database.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.data.DataDialect;
import io.github.schemaparity.data.KeyRange;
import io.github.schemaparity.data.SqlQuery;
import io.github.schemaparity.data.TableShape;
import io.github.schemaparity.testing.MariaDbServer;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/**
 * The MariaDB row hash on a real MariaDB 11.4, against the CRC-32/CRC-32C pair Java computes over the row
 * text the dialect documents: it pins the text's bytes, and that the server assigns the session variable
 * before the second CRC reads it (were the operands evaluated the other way round, the low half would be
 * the previous row's CRC-32C).
 */
class MySqlRowHashTest {

    @Test
    void rowHashIsTheCrcPairOfTheDocumentedRowText() throws Exception {
        MariaDbServer server = MariaDbServer.shared();
        String database = server.createDatabase("row_hash", """
                CREATE TABLE t (id INT PRIMARY KEY, word VARCHAR(10) CHARACTER SET utf8mb4, gap VARCHAR(10)
                    CHARACTER SET utf8mb4, old VARCHAR(10) CHARACTER SET latin1, raw VARBINARY(4), total DECIMAL(6,2))""",
                "INSERT INTO t VALUES (1, 'é', NULL, 'é', X'FF', 1.50), (2, '', '', NULL, NULL, NULL)");
        DataDialect dialect = new MySqlDataDialect().forServers(server.serverVersion(), server.serverVersion());
        try (Connection connection = server.connect(database)) {
            TableShape table = dialect.tables(connection, List.of(database)).get(0);
            SqlQuery query = dialect.rowHashes(table, null, KeyRange.ALL);
            try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
                for (int i = 0; i < query.parameters().size(); i++) {
                    statement.setObject(i + 1, query.parameters().get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    // 1 | é | NULL text | é from latin1, as UTF-8 | 'ÿ' quoted | 1.5
                    assertThat(rows.getString(2)).isEqualTo(crcPair("31 FF C3A9 FF FE FF C3A9 FF 27FF27 FF 312E35"));
                    assertThat(rows.next()).isTrue();
                    // 2 | '' | '' | NULL text | NULL bytes | NULL number
                    assertThat(rows.getString(2)).isEqualTo(crcPair("32 FF FF FF FE FF 4E554C4C FF 6E"));
                    assertThat(rows.next()).isFalse();
                }
            }
        }
    }

    /**
     * Paired with a side that declares every column alike, a decimal is hashed in its stored form (its scale
     * is the same on both sides); a latin1 text is still converted, as its own bytes could hold the separators.
     */
    @Test
    void columnsDeclaredAlikeOnBothSidesKeepTheDecimalScaleAndStillConvertLatin1() throws Exception {
        MariaDbServer server = MariaDbServer.shared();
        String database = server.createDatabase("row_hash_alike", """
                CREATE TABLE t (id INT PRIMARY KEY, old VARCHAR(10) CHARACTER SET latin1, total DECIMAL(6,2))""",
                "INSERT INTO t VALUES (1, 'é', 1.50), (2, NULL, NULL)");
        DataDialect dialect = new MySqlDataDialect().forServers(server.serverVersion(), server.serverVersion());
        try (Connection connection = server.connect(database)) {
            TableShape read = dialect.tables(connection, List.of(database)).get(0);
            TableShape table = read.withColumns(read.columns().stream().map(c -> c.withSharedType()).toList());
            SqlQuery query = dialect.rowHashes(table, null, KeyRange.ALL);
            try (PreparedStatement statement = connection.prepareStatement(query.sql());
                    ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                // 1 | é from latin1, as UTF-8 | 1.50 as stored
                assertThat(rows.getString(2)).isEqualTo(crcPair("31 FF C3A9 FF 312E3530"));
                assertThat(rows.next()).isTrue();
                // 2 | NULL text | NULL number
                assertThat(rows.getString(2)).isEqualTo(crcPair("32 FF FE FF 6E"));
                assertThat(rows.next()).isFalse();
            }
        }
    }

    private static String crcPair(String hex) {
        byte[] text = HexFormat.of().parseHex(hex.replace(" ", ""));
        CRC32 high = new CRC32();
        high.update(text);
        CRC32C low = new CRC32C();
        low.update(text);
        return BigInteger.valueOf(high.getValue()).shiftLeft(32).add(BigInteger.valueOf(low.getValue())).toString();
    }
}
