-- MariaDbEquivalenceScenariosTest: the same schema as a developer writes it (no widths, bool, inherited
-- charsets, now(), unnamed constraints declared in another order, no actions, unqualified bodies).
CREATE TABLE parent (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(100) NOT NULL UNIQUE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE child (
  id INT NOT NULL PRIMARY KEY,
  flag BOOL NOT NULL DEFAULT FALSE,
  label varchar(20),
  note varchar(20) DEFAULT 'n/a',
  qty int unsigned DEFAULT 5,
  big bigint,
  at timestamp NOT NULL DEFAULT now() ON UPDATE now(),
  at6 datetime(6) DEFAULT now(6),
  parent_id int,
  a int,
  b int,
  CHECK (b > 0),
  CHECK (a > 0),
  FOREIGN KEY (parent_id) REFERENCES parent (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE VIEW child_view AS SELECT c.id, p.email FROM child c JOIN parent p ON p.id = c.parent_id;

CREATE FUNCTION child_count() RETURNS int READS SQL DATA
  RETURN (SELECT count(*) FROM child WHERE note <> 'app.child');

CREATE TRIGGER child_bi BEFORE INSERT ON child FOR EACH ROW
  SET NEW.qty = (SELECT count(*) FROM parent);


create table readings (id bigint not null, taken_on date not null, primary key (id, taken_on))
  partition by range (year(`taken_on`)) (partition p2024 values less than (2025), partition pmax values less than (maxvalue));
