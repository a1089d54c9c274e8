ALTER TABLE orders ADD COLUMN notes text;
ALTER TABLE orders ADD COLUMN shipped_at timestamptz NOT NUL;
