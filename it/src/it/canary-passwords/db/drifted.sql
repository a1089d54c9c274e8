-- Production where someone dropped an index the migrations create and added a column by hand.
CREATE TABLE public.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE, phone varchar(30));
CREATE TABLE public.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES public.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
