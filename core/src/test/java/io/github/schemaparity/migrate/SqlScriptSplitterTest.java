package io.github.schemaparity.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.model.Engine;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptSplitterTest {

    @Test
    void splitsOnSemicolonsAndReportsTheLineEachStatementStartsOn() {
        List<SqlStatement> statements = split("""
                CREATE TABLE a (id int);

                -- a comment; with a semicolon
                CREATE TABLE b (
                    id int
                );
                INSERT INTO a VALUES (1)""", Engine.POSTGRESQL);

        assertThat(statements).containsExactly(
                new SqlStatement("CREATE TABLE a (id int)", 1),
                new SqlStatement("-- a comment; with a semicolon\nCREATE TABLE b (\n    id int\n)", 4),
                new SqlStatement("INSERT INTO a VALUES (1)", 7));
    }

    @Test
    void semicolonsInStringsIdentifiersAndCommentsDoNotSplit() {
        List<SqlStatement> statements = split("""
                INSERT INTO "odd;name" VALUES ('a;b', 'it''s; fine');
                /* block; /* nested; */ still comment; */ SELECT 1;
                SELECT E'back\\'slash;';
                """, Engine.POSTGRESQL);

        assertThat(statements).extracting(SqlStatement::sql).containsExactly(
                "INSERT INTO \"odd;name\" VALUES ('a;b', 'it''s; fine')",
                "/* block; /* nested; */ still comment; */ SELECT 1",
                "SELECT E'back\\'slash;'");
    }

    @Test
    void dollarQuotedBodiesStayWhole() {
        String function = """
                CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $fn$
                BEGIN
                    PERFORM 'x;$$;';
                    RETURN 1;
                END;
                $fn$""";
        List<SqlStatement> statements = split(function + ";\nDO $$ BEGIN NULL; END $$;\nSELECT $1", Engine.POSTGRESQL);

        assertThat(statements).extracting(SqlStatement::sql)
                .containsExactly(function, "DO $$ BEGIN NULL; END $$", "SELECT $1");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 7, 8);
    }

    @Test
    void sqlStandardRoutineBodiesStayWhole() {
        String function = """
                CREATE OR REPLACE FUNCTION g(x int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                    SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;
                    SELECT 2;
                END""";
        List<SqlStatement> statements = split(
                "BEGIN;\n" + function + ";\nCOMMIT;\nSELECT CASE WHEN true THEN 1 END;", Engine.POSTGRESQL);

        assertThat(statements).extracting(SqlStatement::sql)
                .containsExactly("BEGIN", function, "COMMIT", "SELECT CASE WHEN true THEN 1 END");
    }

    @Test
    void commentOnlyAndEmptyStatementsAreDropped() {
        assertThat(split(";; -- nothing\n/* here */ ;\n", Engine.POSTGRESQL)).isEmpty();
    }

    @Test
    void mysqlDelimiterCommandBackslashEscapesAndHashComments() {
        List<SqlStatement> statements = split("""
                CREATE TABLE t (s varchar(10) DEFAULT 'a\\';b'); # trailing; comment
                DELIMITER //
                CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW
                BEGIN
                    SET NEW.s = 'x;y';
                END//
                DELIMITER ;
                /*!40101 SET NAMES utf8mb4 */;
                SELECT `a;b` FROM t;
                """, Engine.MYSQL);

        assertThat(statements).containsExactly(
                new SqlStatement("CREATE TABLE t (s varchar(10) DEFAULT 'a\\';b')", 1),
                new SqlStatement("CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW\nBEGIN\n    SET NEW.s = 'x;y';\nEND", 3),
                new SqlStatement("/*!40101 SET NAMES utf8mb4 */", 8),
                new SqlStatement("SELECT `a;b` FROM t", 9));
    }

    @Test
    void hashAndDollarAreOrdinaryOnPostgresAndDelimiterIsNotACommand() {
        List<SqlStatement> statements = split(
                "SELECT '{\"a\":1}'::jsonb #> '{a}';\nSELECT 1 AS delimiter;", Engine.POSTGRESQL);

        assertThat(statements).extracting(SqlStatement::sql)
                .containsExactly("SELECT '{\"a\":1}'::jsonb #> '{a}'", "SELECT 1 AS delimiter");
    }

    /** Splits by the engine's own rules, as the engine hands them to the SQL-folder runner. */
    private static List<SqlStatement> split(String script, Engine engine) {
        return SqlScriptSplitter.split(script, EngineRegistry.of(engine).scriptSyntax());
    }
}
