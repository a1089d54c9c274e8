-- A schema as a tidy migration would write it.
CREATE SEQUENCE public.items_id_seq AS integer;
CREATE TABLE public.items (
    id integer NOT NULL DEFAULT nextval('public.items_id_seq'::regclass),
    sku character varying(20) NOT NULL,
    price numeric(10,2) DEFAULT '0'::numeric,
    qty integer DEFAULT '0'::integer,
    active boolean DEFAULT true,
    weight double precision,
    created timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT items_pkey PRIMARY KEY (id),
    CONSTRAINT items_sku_key UNIQUE (sku),
    CONSTRAINT items_price_check CHECK (price >= 0)
);
ALTER SEQUENCE public.items_id_seq OWNED BY public.items.id;
CREATE TABLE public.stock (
    item_id integer NOT NULL,
    amount int4 NOT NULL,
    CONSTRAINT stock_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.items (id)
);
CREATE INDEX stock_item_id_idx ON public.stock (item_id);
CREATE VIEW public.cheap_items AS SELECT id, sku FROM public.items WHERE price < 10;
CREATE FUNCTION public.double_it(x integer) RETURNS integer LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN x * 2;
END
$$;
