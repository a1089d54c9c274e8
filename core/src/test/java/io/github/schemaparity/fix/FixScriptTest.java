package io.github.schemaparity.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.Engine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ordering by step, destructive statements off by default, the fix of one difference, what is left. */
class FixScriptTest {
    private static final Difference TYPE = new Difference(ObjectType.COLUMN, "public.t.a", Change.CHANGED, "type",
            "int", "bigint");
    private static final Difference FK = new Difference(ObjectType.FOREIGN_KEY, "public.t.t_fk", Change.CHANGED,
            "onDelete", "CASCADE", "NO ACTION");
    private static final Difference SETTING = new Difference(ObjectType.SETTING, "setting:TimeZone", Change.CHANGED,
            "value", "UTC", "Europe/Paris");

    private final FixScript script = new FixScript(Engine.POSTGRESQL, EngineRegistry.of(Engine.POSTGRESQL).fixDialect().conventions(), List.of("SET check_function_bodies = false"),
            List.of(FixStatement.of(Step.ADD_FOREIGN_KEY, "ALTER TABLE t ADD CONSTRAINT t_fk ...", false, List.of(FK)),
                    FixStatement.of(Step.ALTER_COLUMN, "ALTER TABLE t ALTER COLUMN a TYPE int", true, List.of(TYPE)),
                    FixStatement.of(Step.DROP_FOREIGN_KEY, "ALTER TABLE t DROP CONSTRAINT t_fk", false, List.of(FK)),
                    FixStatement.cannot(Step.ALTER_TABLE, "server setting TimeZone", List.of(SETTING))));

    @Test
    void statementsRunInStepOrder() {
        assertThat(script.statements()).extracting(FixStatement::step).containsExactly(Step.DROP_FOREIGN_KEY,
                Step.ALTER_TABLE, Step.ALTER_COLUMN, Step.ADD_FOREIGN_KEY);
        assertThat(script.executable(false)).containsExactly("SET check_function_bodies = false",
                "ALTER TABLE t DROP CONSTRAINT t_fk", "ALTER TABLE t ADD CONSTRAINT t_fk ...");
        assertThat(script.executable(true)).containsExactly("SET check_function_bodies = false",
                "ALTER TABLE t DROP CONSTRAINT t_fk", "ALTER TABLE t ALTER COLUMN a TYPE int",
                "ALTER TABLE t ADD CONSTRAINT t_fk ...");
    }

    @Test
    void rendersHeaderPreambleAndDestructiveStatementsCommentedOut() {
        assertThat(script.render(List.of("title", "", "review"), false)).isEqualTo("""
                -- title
                --
                -- review

                SET check_function_bodies = false;

                ALTER TABLE t DROP CONSTRAINT t_fk;
                -- cannot generate: server setting TimeZone
                -- destructive, enable with schemaparity.fix.destructive=true
                -- ALTER TABLE t ALTER COLUMN a TYPE int;
                ALTER TABLE t ADD CONSTRAINT t_fk ...;
                """);
        assertThat(script.render(List.of(), true)).contains("\nALTER TABLE t ALTER COLUMN a TYPE int;\n");
    }

    @Test
    void theFixOfOneDifferenceIsEveryStatementThatResolvesIt() {
        assertThat(script.fixFor(FK, false)).as("two statements on PostgreSQL: one transaction").isEqualTo(
                "BEGIN;\nALTER TABLE t DROP CONSTRAINT t_fk;\nALTER TABLE t ADD CONSTRAINT t_fk ...;\nCOMMIT;");
        assertThat(script.fixFor(TYPE, true)).isEqualTo("ALTER TABLE t ALTER COLUMN a TYPE int;");
        assertThat(script.fixFor(SETTING, false)).isEqualTo("-- cannot generate: server setting TimeZone");
        assertThat(script.fixFor(new Difference(ObjectType.MIGRATION, "migration:3", Change.MISSING, null, null, null),
                false)).isNull();
    }

    @Test
    void thePostgresScriptIsOneTransactionWithWhatCannotRunInOneSetApart() {
        Difference label = new Difference(ObjectType.TYPE, "public.mood", Change.CHANGED, "labels", "[a]", "[a, b]");
        Difference index = new Difference(ObjectType.INDEX, "public.t.t_a", Change.MISSING, null, null, null);
        FixScript pg = new FixScript(Engine.POSTGRESQL, script.conventions(), script.preamble(), List.of(
                FixStatement.of(Step.CREATE_TYPE, "ALTER TYPE public.mood ADD VALUE 'b'", false, List.of(label))
                        .outside(new FixStatement.Outside(true, "label first.")),
                FixStatement.of(Step.CREATE_INDEX, "CREATE INDEX CONCURRENTLY t_a ON t (a)", false, List.of(index))
                        .outside(new FixStatement.Outside(false, "CONCURRENTLY.")),
                script.statements().get(0), script.statements().get(3)));
        assertThat(pg.renderScript(List.of("title"), false)).isEqualTo("""
                -- title
                --
                -- The statements run in one transaction: if one fails, none of them is kept (psql: add
                -- -v ON_ERROR_STOP=1 to stop at the first error). Statements that cannot run in a transaction
                -- block are set apart before or after it, each under a comment saying why.

                SET check_function_bodies = false;

                -- Before the transaction: label first.
                ALTER TYPE public.mood ADD VALUE 'b';

                BEGIN;

                ALTER TABLE t DROP CONSTRAINT t_fk;
                ALTER TABLE t ADD CONSTRAINT t_fk ...;

                COMMIT;

                -- After the transaction: CONCURRENTLY.
                CREATE INDEX CONCURRENTLY t_a ON t (a);
                """);
        assertThat(pg.render(List.of(), false)).as("the plain form (adopt migrations) has no transaction")
                .doesNotContain("BEGIN").doesNotContain("COMMIT");
    }

    @Test
    void aMySqlScriptSaysThatDdlCommitsImplicitly() {
        FixScript mysql = new FixScript(Engine.MARIADB, EngineRegistry.of(Engine.MARIADB).fixDialect().conventions(),
                List.of(), List.of(FixStatement.of(Step.ADD_CONSTRAINT, "ALTER TABLE t DROP INDEX u, ADD UNIQUE KEY u (a)",
                        false, List.of(FK))));
        String text = mysql.renderScript(List.of("title"), false);
        assertThat(text).startsWith("-- title\n--\n-- MySQL and MariaDB commit every DDL statement implicitly")
                .endsWith("\n\nALTER TABLE t DROP INDEX u, ADD UNIQUE KEY u (a);\n").doesNotContain("BEGIN");
        assertThat(mysql.fixFor(FK, false)).isEqualTo("ALTER TABLE t DROP INDEX u, ADD UNIQUE KEY u (a);");
    }

    @Test
    void whatIsLeftIsTheDestructiveAndTheNotGenerated() {
        assertThat(script.unresolved(false)).containsExactlyInAnyOrder(TYPE, SETTING);
        assertThat(script.unresolved(true)).containsExactly(SETTING);
    }

    @Test
    void mySqlBodiesWithSemicolonsGetADelimiter() {
        FixScript mysql = new FixScript(Engine.MARIADB, EngineRegistry.of(Engine.MARIADB).fixDialect().conventions(), List.of(), List.of(
                FixStatement.of(Step.CREATE_TRIGGER, "CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW\nbegin set @a = 1; end",
                        false, List.of(FK)),
                FixStatement.of(Step.CREATE_VIEW, "CREATE VIEW v AS select 1", false, List.of(FK))));
        assertThat(mysql.render(List.of(), false)).isEqualTo("""
                CREATE VIEW v AS select 1;
                DELIMITER $$
                CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW
                begin set @a = 1; end $$
                DELIMITER ;
                """);
    }

    @Test
    void aStatementHasSqlOrAReasonNeverBoth() {
        assertThatThrownBy(() -> new FixStatement(Step.COMMENT, "x", false, "why", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FixStatement(Step.COMMENT, null, false, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
