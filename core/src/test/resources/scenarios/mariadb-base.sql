-- The MariaDB drift suite's reference schema (MariaDbDriftScenarios): one object per kind and attribute
-- the MySQL/MariaDB capture reads. Runs as one multi-statement script on MariaDB 10.6+.
CREATE TABLE customers (
  id int NOT NULL AUTO_INCREMENT,
  email varchar(120) NOT NULL,
  name varchar(80) DEFAULT NULL COMMENT 'display name',
  nickname varchar(40) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  active tinyint(1) NOT NULL DEFAULT 1,
  score int unsigned DEFAULT NULL,
  code int(6) unsigned zerofill DEFAULT NULL,
  kind enum('retail','wholesale') NOT NULL DEFAULT 'retail',
  tags set('new','vip','blocked') DEFAULT NULL,
  created_at timestamp NOT NULL DEFAULT current_timestamp(),
  updated_at timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  email_domain varchar(120) AS (substring_index(email, '@', -1)) VIRTUAL,
  email_lower varchar(120) AS (lower(email)) STORED,
  location point NOT NULL,
  bio text,
  PRIMARY KEY (id),
  UNIQUE KEY customers_email_uq (email),
  KEY customers_name_idx (name(10), created_at DESC),
  FULLTEXT KEY customers_bio_ft (bio),
  SPATIAL KEY customers_location_sp (location),
  CONSTRAINT customers_score_ck CHECK (score <= 1000)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='buyers';

CREATE TABLE orders (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id int NOT NULL,
  status varchar(20) NOT NULL DEFAULT 'new',
  total decimal(10,2) NOT NULL DEFAULT 0.00,
  qty smallint NOT NULL DEFAULT 1,
  note varchar(200) DEFAULT NULL,
  created_at datetime(3) NOT NULL DEFAULT current_timestamp(3),
  CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
    ON DELETE CASCADE ON UPDATE RESTRICT,
  CONSTRAINT orders_total_ck CHECK (total >= 0),
  KEY orders_status_idx (status),
  KEY orders_created_idx (created_at)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_items (
  order_id bigint NOT NULL,
  line int NOT NULL,
  sku varchar(30) NOT NULL,
  price decimal(10,2) NOT NULL,
  PRIMARY KEY (order_id, line),
  FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_log (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  entity varchar(40) NOT NULL,
  entity_id bigint NOT NULL,
  at timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cache (
  k varchar(64) NOT NULL PRIMARY KEY,
  v text
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE VIEW big_orders AS
  SELECT o.id, o.total, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.total > 100;

CREATE TRIGGER orders_ai AFTER INSERT ON orders FOR EACH ROW
  INSERT INTO audit_log (entity, entity_id) VALUES ('orders', NEW.id);

CREATE FUNCTION order_count(cust int) RETURNS int DETERMINISTIC READS SQL DATA
  RETURN (SELECT count(*) FROM orders WHERE customer_id = cust);

CREATE PROCEDURE purge_orders(IN before_id bigint) MODIFIES SQL DATA
BEGIN
  DELETE FROM orders WHERE id < before_id;
END;
