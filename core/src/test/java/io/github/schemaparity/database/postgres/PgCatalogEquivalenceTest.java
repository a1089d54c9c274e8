package io.github.schemaparity.database.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Setting;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.testing.PgServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same schema written two different ways, and the same schema seen by its owner and by a role
 * that owns nothing, must be captured as equal catalogs.
 */
class PgCatalogEquivalenceTest {

    /** Short type aliases, constants with casts, serial, columns added and dropped later, unnamed constraints. */
    private static final String[] FIRST_SPELLING = {"""
            CREATE SCHEMA app;
            CREATE TYPE app.mood AS ENUM ('sad', 'ok');
            CREATE TABLE app.customers (
              id int4 PRIMARY KEY,
              name character varying(50) NOT NULL,
              gone text,
              score integer DEFAULT '0'::integer,
              status varchar DEFAULT 'new'::character varying,
              mood app.mood DEFAULT 'ok'::app.mood,
              created timestamp without time zone,
              seen time with time zone
            );
            ALTER TABLE app.customers DROP COLUMN gone;
            CREATE TABLE app.orders (
              id serial,
              customer_id int REFERENCES app.customers,
              amount numeric(10, 2) CHECK (amount > 0),
              PRIMARY KEY (id)
            );
            ALTER TABLE app.orders ADD COLUMN note text;
            ALTER TABLE app.orders ADD UNIQUE (customer_id, note);
            CREATE INDEX ON app.orders (customer_id);
            CREATE VIEW app.big AS SELECT id, amount FROM app.orders WHERE amount > 10;
            CREATE FUNCTION app.bump(a int4, label character varying DEFAULT 'x') RETURNS int4
              LANGUAGE plpgsql AS $$ BEGIN RETURN a + 1; END $$;
            CREATE FUNCTION app.half(n int8) RETURNS numeric LANGUAGE sql IMMUTABLE
              AS 'SELECT n / 2.0';
            """};

    /** The long spellings, explicit names equal to the generated ones, an explicit owned sequence, other layout. */
    private static final String[] SECOND_SPELLING = {"""
            create schema app;
            create type app.mood as enum ('sad', 'ok');
            create table app.customers (
              id integer not null constraint customers_pkey primary key,
              name varchar(50) not null,
              score int default 0,
              status character varying default 'new',
              mood app.mood default 'ok',
              created timestamp,
              seen timetz
            );
            create sequence app.orders_id_seq as integer;
            create table app.orders (
              id integer not null default nextval('app.orders_id_seq'),
              customer_id integer,
              amount decimal(10,2),
              note text,
              constraint orders_pkey primary key (id),
              constraint orders_customer_id_fkey foreign key (customer_id) references app.customers (id),
              constraint orders_amount_check check (amount > 0),
              constraint orders_customer_id_note_key unique (customer_id, note)
            );
            alter sequence app.orders_id_seq owned by app.orders.id;
            create index orders_customer_id_idx on app.orders using btree (customer_id);
            create view app.big as
              select id,
                     amount
              from   app.orders
              where  amount>10;
            create function app.bump(a integer, label varchar default 'x'::character varying) returns integer
            language plpgsql as $body$
            begin
              -- one more
              return a + 1;
            end;
            $body$;
            create function app.half(n bigint) returns numeric language sql immutable as $$
              select n / 2.0 ;
            $$;
            """};


    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void twoSpellingsOfOneSchemaAreEqual(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        Catalog first = server.capture(server.createDatabase("first", FIRST_SPELLING));
        Catalog second = server.capture(server.createDatabase("second", SECOND_SPELLING));
        assertThat(first.schemas()).extracting(Schema::name).containsExactly("app", "public");
        Schema app = first.schemas().get(0);
        assertThat(app.tables()).hasSize(2);
        assertThat(app.routines()).hasSize(2);
        assertThat(app.tables().get(0).columns().get(4).name()).isEqualTo("mood");
        assertThat(app.tables().get(0).columns().get(4).position()).isEqualTo(5);
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void aDifferenceIsNotNormalisedAway(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        Catalog first = server.capture(server.createDatabase("first", FIRST_SPELLING));
        Catalog changed = server.capture(server.createDatabase("changed", SECOND_SPELLING[0]
                .replace("name varchar(50)", "name varchar(60)")));
        assertThat(changed).isNotEqualTo(first);
        assertThat(changed.schemas().get(0).tables().get(0).columns().get(1).type()).isEqualTo("varchar(60)");
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void aRoleThatOwnsNothingSeesWhatTheOwnerSees(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        String database = server.createDatabase("replica", RichSchema.SCRIPTS);
        String role = "reader_" + database;
        server.execute(database,
                "CREATE ROLE " + role + " LOGIN PASSWORD 'reader-secret'",
                "GRANT USAGE ON SCHEMA app TO " + role,
                "GRANT SELECT ON ALL TABLES IN SCHEMA app TO " + role);
        Catalog owner = server.capture(database);
        Catalog reader;
        try (Connection connection = DriverManager.getConnection(server.url(database), role, "reader-secret")) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            reader = new PgCatalogReader().read(connection, CaptureOptions.defaults());
            connection.rollback();
        }
        Schema app = reader.schemas().get(0);
        assertThat(app.views()).extracting(v -> v.definition()).allSatisfy(d -> assertThat(d).startsWith("select "));
        assertThat(app.tables().stream().flatMap(t -> t.triggers().stream())).hasSize(3);
        assertThat(app.routines()).hasSize(5);
        assertThat(app.compositeTypes()).singleElement().satisfies(t -> assertThat(t.fieldList())
                .isEqualTo("id integer, label varchar(20) COLLATE C, mood app.mood"));
        assertThat(app.rangeTypes()).singleElement().satisfies(t -> assertThat(t.multirange()).isEqualTo("price_ranges"));
        // the configuration files' TimeZone and DateStyle are for superusers only: the reader reports fewer
        // settings, all of them equal to the owner's, and the diff compares only settings both report
        assertThat(owner.settings()).extracting(Setting::name).contains("TimeZone", "DateStyle");
        assertThat(owner.settings()).containsAll(reader.settings());
        assertThat(reader.settings()).extracting(Setting::name)
                .contains("server_encoding", "lc_collate", "lc_ctype", "standard_conforming_strings");
        assertThat(reader.withSettings(owner.settings())).isEqualTo(owner);
    }
}
