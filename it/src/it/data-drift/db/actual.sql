CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint REFERENCES customers (id), total numeric(10,2),
    note text, placed_at timestamptz);
CREATE TABLE audit_log (id bigint PRIMARY KEY, what text);
INSERT INTO customers SELECT g, 'user' || g || '@example.org' FROM generate_series(1, 100) g;
-- the copy: row 780 lost, 4242 and 17 changed, the sequence never set, an orphan loaded with checks off
INSERT INTO orders SELECT g, 1 + g % 100, g * 1.5, 'note-' || g, timestamptz '2026-01-01 00:00:00+00' + g * interval '1 hour'
FROM generate_series(1, 5000) g WHERE g <> 780;
UPDATE orders SET total = 999.99 WHERE id = 4242;
UPDATE orders SET note = 'Row-Value-Secret' WHERE id = 17;
SET session_replication_role = replica;
INSERT INTO orders VALUES (5001, 4711, 1.00, 'orphan', now());
SET session_replication_role = origin;
INSERT INTO audit_log SELECT g, 'event ' || g FROM generate_series(1, 12) g;
