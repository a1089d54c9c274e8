package io.github.schemaparity.database.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.fix.FixStatement;
import io.github.schemaparity.fix.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which PostgreSQL statements are set apart from the fix script's transaction, and where. */
class PgTransactionRulesTest {

    private static FixStatement.Outside placed(String sql, int major) {
        return PgTransactionRules.placed(List.of(FixStatement.of(Step.CREATE_INDEX, sql, false, List.of())), major)
                .get(0).outside();
    }

    @Test
    void concurrentlyAndVacuumGoAfterTheTransaction() {
        for (String sql : List.of("CREATE INDEX CONCURRENTLY i ON t (a)", "create unique index concurrently i on t (a)",
                "DROP INDEX CONCURRENTLY public.i", "REINDEX INDEX CONCURRENTLY public.i", "VACUUM ANALYZE t")) {
            assertThat(placed(sql, 17)).as(sql).isNotNull().extracting(FixStatement.Outside::before).isEqualTo(false);
        }
    }

    @Test
    void aNewEnumLabelGoesBeforeTheTransactionSayingWhyForTheVersion() {
        assertThat(placed("ALTER TYPE public.mood ADD VALUE 'b' AFTER 'a'", 11).before()).isTrue();
        assertThat(placed("ALTER TYPE public.mood ADD VALUE 'b' AFTER 'a'", 11).reason()).contains("before PostgreSQL 12");
        assertThat(placed("ALTER TYPE public.mood ADD VALUE 'b'", 17).reason()).contains("cannot be used in the transaction");
    }

    @Test
    void everythingElseRunsInside() {
        for (String sql : List.of("CREATE INDEX i ON t (a)", "ALTER TYPE public.mood RENAME VALUE 'a' TO 'b'",
                "ALTER TABLE t DROP CONSTRAINT c, ADD CONSTRAINT c CHECK (a > 0)",
                "COMMENT ON TABLE t IS 'VACUUM nightly, CONCURRENTLY'")) {
            assertThat(placed(sql, 17)).as(sql).isNull();
        }
    }
}
