CREATE INDEX orders_id_idx ON orders (id);

CREATE INDEX orders_total_idx
    ON orderz (total);
