-- Depends on V2 (orders): lexical order (V1, V10, V2) would fail here.
CREATE TABLE order_items (
    order_id bigint NOT NULL REFERENCES orders (id),
    line int NOT NULL,
    PRIMARY KEY (order_id, line)
);

-- SQL-standard body (PostgreSQL 14+): semicolons inside BEGIN ATOMIC ... END.
CREATE FUNCTION item_count(o bigint) RETURNS bigint LANGUAGE sql
BEGIN ATOMIC
    SELECT count(*) FROM order_items WHERE order_id = o;
END;

-- Refuses to run inside a transaction block: proves each statement is sent on its own.
CREATE INDEX CONCURRENTLY order_items_order_idx ON order_items (order_id);
