-- Runs after 2_orders.sql (natural order); in plain text order it would run first and fail.
ALTER TABLE orders ADD COLUMN status varchar(50) NOT NULL DEFAULT 'new';
CREATE INDEX orders_status_idx ON orders (status);
