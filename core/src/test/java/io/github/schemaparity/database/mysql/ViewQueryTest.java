package io.github.schemaparity.database.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The database's own qualifier leaves view, trigger and routine text; nothing else does. */
class ViewQueryTest {

    @Test
    void ownQualifierQuotedOrNotIsRemoved() {
        assertThat(ViewQuery.stripQualifier("select `app`.`orders`.`id` from `app`.`orders`", "app"))
                .isEqualTo("select `orders`.`id` from `orders`");
        assertThat(ViewQuery.stripQualifier("SELECT count(*) FROM app.orders JOIN app.`lines`", "app"))
                .isEqualTo("SELECT count(*) FROM orders JOIN `lines`");
    }

    @Test
    void literalsOtherDatabasesAndLookalikesStay() {
        assertThat(ViewQuery.stripQualifier("select 'app.orders', \"app.x\" from app.orders", "app"))
                .isEqualTo("select 'app.orders', \"app.x\" from orders");
        assertThat(ViewQuery.stripQualifier("select * from other.orders, `other`.`t`", "app"))
                .isEqualTo("select * from other.orders, `other`.`t`");
        // a longer name that merely starts like the database, a column qualified by a table named like it
        assertThat(ViewQuery.stripQualifier("select myapp.id, t.app, x.app.y from myapp", "app"))
                .isEqualTo("select myapp.id, t.app, x.app.y from myapp");
        assertThat(ViewQuery.stripQualifier("select 'it''s app.x' from app.t", "app"))
                .isEqualTo("select 'it''s app.x' from t");
    }

    @Test
    void databaseNamesWithSpecialCharactersOnlyLoseTheQuotedForm() {
        assertThat(ViewQuery.stripQualifier("select * from `app-ci`.`t`", "app-ci")).isEqualTo("select * from `t`");
    }
}
