package io.github.schemaparity.engine;

import io.github.schemaparity.testing.PgServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts an embedded PostgreSQL with three databases for trying the front ends by hand (and for
 * integration builds): {@code expected}, {@code actual} (a wider column type and an extra index) and
 * {@code same} (identical to {@code expected}). Writes their URLs, credentials in the query string, as
 * properties to the file given as argument, and runs until that file is deleted.
 *
 * <pre>
 * java -cp &lt;core test classpath&gt; -Dschemaparity.pgBinaries=core/target/pg-binaries \
 *     io.github.schemaparity.engine.DemoDatabases /tmp/dbs.properties
 * </pre>
 */
public final class DemoDatabases {
    static final String SHOP = """
            CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
            CREATE TABLE orders (
                id bigint PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES customers (id),
                status varchar(50) NOT NULL DEFAULT 'new');
            """;

    private DemoDatabases() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "demo-databases.properties");
        PgServer server = PgServer.of(args.length > 1 ? args[1] : PgServer.NEW);
        String expected = server.createDatabase("expected", SHOP);
        String actual = server.createDatabase("actual", SHOP,
                "ALTER TABLE orders ALTER COLUMN status TYPE varchar(255)",
                "CREATE INDEX orders_status_idx ON orders (status)");
        String same = server.createDatabase("same", SHOP);
        Files.write(file, List.of(
                "expected=" + server.urlWithCredentials(expected),
                "actual=" + server.urlWithCredentials(actual),
                "same=" + server.urlWithCredentials(same),
                "port=" + server.port()));
        System.out.println("databases ready, URLs in " + file.toAbsolutePath() + "; delete it to stop");
        while (Files.exists(file)) {
            Thread.sleep(500);
        }
        System.exit(0);
    }
}
