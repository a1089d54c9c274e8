-- Production as the changelog builds it (without Liquibase's databasechangelog tables, which check ignores).
CREATE TABLE public.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES public.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new'
);
CREATE INDEX orders_customer_idx ON public.orders (customer_id);
CREATE VIEW public.open_orders AS SELECT id, customer_id FROM public.orders WHERE status = 'new';
