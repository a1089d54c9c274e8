CREATE TABLE public.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES public.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new'
);
CREATE INDEX orders_status_idx ON public.orders (status);
