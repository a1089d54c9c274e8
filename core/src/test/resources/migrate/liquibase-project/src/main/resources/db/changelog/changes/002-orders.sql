--liquibase formatted sql

--changeset alice:002-orders
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id));

--changeset alice:003-function splitStatements:false
CREATE FUNCTION order_total(o bigint) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    RETURN o;
END;
$$;
