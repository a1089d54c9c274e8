-- The table is misspelled on purpose.

CREATE INDEX orders_total_idx ON orderz (total);
