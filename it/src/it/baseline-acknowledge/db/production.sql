-- Production after an incident: a hotfix index and a widened column, never written as migrations.
CREATE TABLE public.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE public.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES public.customers (id),
    status varchar(255) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON public.orders (customer_id);
CREATE INDEX orders_hotfix_idx ON public.orders (created_at);
