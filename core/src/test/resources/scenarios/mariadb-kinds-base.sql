-- The reference schema of the SQL SECURITY, definer and trigger-order scenarios (issue 12).
CREATE TABLE orders (id int NOT NULL PRIMARY KEY, note varchar(200), total decimal(10,2) NOT NULL DEFAULT 0);
CREATE SQL SECURITY INVOKER VIEW order_totals AS SELECT id, total FROM orders;
CREATE VIEW order_notes AS SELECT id, note FROM orders;
CREATE TRIGGER orders_a BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = CONCAT(COALESCE(NEW.note, ''), 'a');
CREATE TRIGGER orders_b BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = CONCAT(NEW.note, 'b');
CREATE TRIGGER orders_c BEFORE INSERT ON orders FOR EACH ROW FOLLOWS orders_a SET NEW.note = CONCAT(NEW.note, 'c');
CREATE TRIGGER orders_total BEFORE UPDATE ON orders FOR EACH ROW SET NEW.total = GREATEST(NEW.total, 0);
CREATE FUNCTION order_tax(amount decimal(10,2)) RETURNS decimal(10,2) DETERMINISTIC SQL SECURITY INVOKER RETURN amount * 0.2;
CREATE SEQUENCE order_ids START WITH 100 INCREMENT BY 10 MAXVALUE 100000 CACHE 50;
