-- The reference schema of the PostgreSQL drift scenarios: one object of every kind the model holds.
CREATE EXTENSION IF NOT EXISTS citext;
CREATE SCHEMA audit;
CREATE TABLE audit.log (id bigint PRIMARY KEY, message text);
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN public.positive_int AS integer CHECK (VALUE > 0);
CREATE TABLE public.customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email varchar(200) NOT NULL UNIQUE,
    name text,
    nick citext,
    mood public.mood DEFAULT 'ok',
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.customers IS 'People who buy';
COMMENT ON COLUMN public.customers.email IS 'login';
CREATE TABLE public.orders (
    id serial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES public.customers (id) ON DELETE CASCADE,
    status varchar(50) NOT NULL DEFAULT 'new',
    total numeric(10, 2) CHECK (total >= 0),
    qty public.positive_int,
    created_at timestamp DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX orders_status_idx ON public.orders (status);
CREATE INDEX orders_open_idx ON public.orders (created_at DESC) WHERE status <> 'closed';
CREATE INDEX orders_cust_incl_idx ON public.orders (customer_id) INCLUDE (total);
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, payload jsonb) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE VIEW public.open_orders AS SELECT id, customer_id, total FROM public.orders WHERE status <> 'closed';
CREATE MATERIALIZED VIEW public.order_totals AS
    SELECT customer_id, sum(total) AS total FROM public.orders GROUP BY customer_id;
CREATE UNIQUE INDEX order_totals_customer_idx ON public.order_totals (customer_id);
CREATE SEQUENCE public.invoice_no START 1000 INCREMENT 1;
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.created_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER orders_touch BEFORE INSERT OR UPDATE ON public.orders
    FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE FUNCTION public.order_count(c bigint) RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM public.orders WHERE customer_id = c $$;
CREATE PROCEDURE public.close_order(o integer) LANGUAGE sql
    AS $$ UPDATE public.orders SET status = 'closed' WHERE id = o $$;
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_positive ON public.orders FOR SELECT USING (customer_id > 0);
CREATE UNLOGGED TABLE public.cache (k text PRIMARY KEY, v text) WITH (fillfactor = 70);
