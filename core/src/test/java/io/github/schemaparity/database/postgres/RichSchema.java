package io.github.schemaparity.database.postgres;

/** A schema with every object kind the PostgreSQL capture reads, for the integration tests. */
final class RichSchema {
    private RichSchema() {
    }

    /**
     * The DDL, in several scripts: the JDBC driver splits a script at semicolons and would cut a
     * {@code BEGIN ATOMIC} body apart, so that statement goes alone.
     */
    static final String[] SCRIPTS = {"""
            CREATE EXTENSION IF NOT EXISTS citext;
            CREATE SCHEMA app;
            COMMENT ON SCHEMA app IS 'application data';
            CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
            COMMENT ON TYPE app.mood IS 'how it feels';
            CREATE DOMAIN app.positive_int AS integer NOT NULL DEFAULT 1 CHECK (VALUE > 0);
            CREATE DOMAIN app.code AS varchar(10) COLLATE "C";
            CREATE TABLE app.customers (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              email public.citext NOT NULL UNIQUE,
              name varchar(100) COLLATE "C" NOT NULL,
              status varchar(20) DEFAULT 'new',
              mood app.mood DEFAULT 'ok',
              score app.positive_int,
              tags text[] DEFAULT '{}',
              created_at timestamptz NOT NULL DEFAULT now(),
              shout text GENERATED ALWAYS AS (upper(name)) STORED
            );
            COMMENT ON TABLE app.customers IS 'who buys';
            COMMENT ON COLUMN app.customers.email IS 'login';
            CREATE TABLE app.orders (
              id serial PRIMARY KEY,
              customer_id bigint NOT NULL REFERENCES app.customers (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
              total numeric(10,2) NOT NULL CHECK (total >= 0),
              note text,
              updated_at timestamp(3),
              UNIQUE (customer_id, note)
            ) WITH (fillfactor = 70);
            ALTER TABLE app.orders ADD CONSTRAINT orders_note_len CHECK (length(note) < 500) NOT VALID;
            CREATE INDEX orders_customer_idx ON app.orders (customer_id, updated_at DESC NULLS LAST) INCLUDE (total)
              WHERE note IS NOT NULL;
            CREATE INDEX ON app.orders (lower(note) text_pattern_ops);
            CREATE INDEX orders_note_hash ON app.orders USING hash (note);
            CREATE INDEX orders_note_c ON app.orders (note COLLATE "C", (note || 'x') COLLATE "POSIX" DESC);
            CREATE INDEX customers_name_c ON app.customers (name COLLATE "C" NULLS FIRST);
            CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.updated_at := now(); -- stamp
              RETURN NEW;
            END $$;
            CREATE TRIGGER orders_touch BEFORE UPDATE OF total, note ON app.orders FOR EACH ROW
              WHEN (OLD.total IS DISTINCT FROM NEW.total) EXECUTE FUNCTION app.touch();
            CREATE TRIGGER orders_audit AFTER INSERT OR DELETE ON app.orders FOR EACH STATEMENT
              EXECUTE FUNCTION app.touch('a''b', 'c');
            ALTER TABLE app.orders DISABLE TRIGGER orders_audit;
            CREATE TABLE app.events (id bigint NOT NULL, happened date NOT NULL, payload jsonb) PARTITION BY RANGE (happened);
            CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE INDEX ON app.events (happened);
            CREATE TRIGGER events_touch BEFORE INSERT ON app.events FOR EACH ROW EXECUTE FUNCTION app.touch();
            CREATE UNLOGGED TABLE app.cache (k text PRIMARY KEY, v text);
            CREATE TABLE app.rooms (room int, during tsrange, EXCLUDE USING gist (during WITH &&));
            ALTER TABLE app.customers ENABLE ROW LEVEL SECURITY;
            ALTER TABLE app.customers FORCE ROW LEVEL SECURITY;
            CREATE POLICY cheerful ON app.customers AS RESTRICTIVE FOR SELECT TO PUBLIC USING (mood <> 'sad');
            CREATE VIEW app.big_orders AS SELECT o.id, o.total FROM app.orders o WHERE o.total > 100;
            COMMENT ON VIEW app.big_orders IS 'large';
            CREATE MATERIALIZED VIEW app.order_totals AS
              SELECT customer_id, sum(total) AS total FROM app.orders GROUP BY customer_id;
            CREATE UNIQUE INDEX order_totals_customer ON app.order_totals (customer_id);
            CREATE SEQUENCE app.invoice_no AS integer START 1000 INCREMENT 5 CACHE 10 CYCLE;
            CREATE FUNCTION app.order_count(p_customer bigint, p_since date DEFAULT NULL) RETURNS integer
              LANGUAGE sql STABLE STRICT AS $$ SELECT count(*)::integer FROM app.orders WHERE customer_id = p_customer $$;
            COMMENT ON FUNCTION app.order_count(bigint, date) IS 'counts';
            """, """
            CREATE PROCEDURE app.archive(IN p_before timestamp) LANGUAGE sql
              BEGIN ATOMIC DELETE FROM app.orders WHERE updated_at < p_before; END
            """, """
            CREATE FUNCTION app.secret() RETURNS varchar LANGUAGE sql IMMUTABLE SECURITY DEFINER RETURN 'x';
            CREATE AGGREGATE app.total_sum(numeric) (SFUNC = numeric_add, STYPE = numeric, INITCOND = '0');
            GRANT SELECT ON app.big_orders TO PUBLIC;
            CREATE TYPE app.pair AS (id integer, label varchar(20) COLLATE "C", mood app.mood);
            COMMENT ON TYPE app.pair IS 'two things';
            CREATE TYPE app.price_range AS RANGE (subtype = numeric, subtype_diff = numrange_subdiff,
                multirange_type_name = app.price_ranges);
            """};
}
