CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    note text DEFAULT 'a; semicolon'
);

CREATE FUNCTION order_count(customer bigint) RETURNS bigint LANGUAGE plpgsql AS $body$
DECLARE
    n bigint;
BEGIN
    SELECT count(*) INTO n FROM orders WHERE customer_id = customer;
    RETURN n;
END;
$body$;
