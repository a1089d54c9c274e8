-- What was run by hand on production during an incident, never written as a migration.
-- regenerate-snapshots.sh applies it to build production-drifted.json.
CREATE INDEX orders_placed_at_idx ON orders (placed_at);
ALTER TABLE order_items ALTER COLUMN sku TYPE varchar(64);
ALTER TABLE customers ALTER COLUMN full_name DROP NOT NULL;
