-- Production as the migrations build it (without Flyway's history table, which check ignores).
CREATE TABLE public.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE public.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES public.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON public.orders (customer_id);
