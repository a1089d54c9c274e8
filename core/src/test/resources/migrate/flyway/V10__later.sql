-- Needs V2's table: runs after it only if versions compare as numbers (V2 < V10).
CREATE INDEX orders_customer_idx ON orders (customer_id);
