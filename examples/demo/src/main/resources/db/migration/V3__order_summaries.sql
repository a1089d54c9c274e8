-- What the back office reads: one row per order with its total.
CREATE FUNCTION order_total(p_order_id bigint) RETURNS numeric
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(sum(quantity * unit_price), 0) FROM order_items WHERE order_id = p_order_id
$$;

CREATE VIEW order_summaries AS
SELECT o.id AS order_id, c.email, o.status, o.placed_at, order_total(o.id) AS total
FROM orders o
JOIN customers c ON c.id = o.customer_id;
