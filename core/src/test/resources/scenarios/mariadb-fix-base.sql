-- The reference schema of the MariaDB fix scenarios (one object of each kind the fix handles).
CREATE TABLE customer (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email varchar(120) NOT NULL,
    name varchar(80) DEFAULT 'anon',
    email_domain varchar(120) AS (substring_index(email, '@', -1)) VIRTUAL,
    location point NOT NULL,
    UNIQUE KEY customer_email (email),
    SPATIAL KEY customer_location (location)
) ENGINE = InnoDB COMMENT = 'people';
CREATE TABLE orders (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id int NOT NULL,
    status varchar(20) NOT NULL DEFAULT 'new',
    total decimal(10,2) NOT NULL DEFAULT 0,
    note text,
    created_at timestamp NOT NULL DEFAULT current_timestamp(),
    KEY orders_status (status),
    CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE,
    CONSTRAINT orders_total_positive CHECK (total >= 0)
) ENGINE = InnoDB;
CREATE TABLE audit_log (id int NOT NULL PRIMARY KEY, msg varchar(200)) ENGINE = InnoDB;
CREATE VIEW open_orders AS SELECT id, customer_id, total FROM orders WHERE status <> 'closed';
CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW SET NEW.note = CONCAT('touched ', NEW.id);
CREATE FUNCTION order_tax(amount decimal(10,2)) RETURNS decimal(10,2) DETERMINISTIC RETURN amount * 0.2;
