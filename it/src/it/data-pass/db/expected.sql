CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL, updated_at timestamptz);
CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint REFERENCES customers (id), total numeric(10,2),
    placed_at timestamptz);
CREATE TABLE audit_log (id bigint PRIMARY KEY, what text);
INSERT INTO customers SELECT g, 'user' || g || '@example.org', now() FROM generate_series(1, 100) g;
INSERT INTO orders SELECT g, 1 + g % 100, g * 1.5, timestamptz '2026-01-01 00:00:00+00' + g * interval '1 hour'
FROM generate_series(1, 5000) g;
SELECT setval('orders_id_seq', 5000);
INSERT INTO audit_log SELECT g, 'event ' || g FROM generate_series(1, 10) g;
