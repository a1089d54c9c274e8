-- MariaDbEquivalenceScenariosTest: the schema as a dump writes it (display widths, charsets stated where
-- they equal the table's, NULL defaults spelled out, CURRENT_TIMESTAMP, generated names written out,
-- NO ACTION, bodies qualified with the database's own name ${db}).
CREATE TABLE parent (
  id int(11) NOT NULL AUTO_INCREMENT,
  email varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE child (
  id int(11) NOT NULL,
  flag tinyint(1) NOT NULL DEFAULT 0,
  label varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  note varchar(20) COLLATE utf8mb4_unicode_ci DEFAULT 'n/a',
  qty int(10) unsigned DEFAULT '5',
  big bigint(20) DEFAULT NULL,
  at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  at6 datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  parent_id int(11) DEFAULT NULL,
  a int(11) DEFAULT NULL,
  b int(11) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY parent_id (parent_id),
  CONSTRAINT child_ibfk_1 FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT CONSTRAINT_1 CHECK (a > 0),
  CONSTRAINT CONSTRAINT_2 CHECK (b > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE VIEW `${db}`.`child_view` AS SELECT `c`.`id` AS `id`, `p`.`email` AS `email`
  FROM `${db}`.`child` `c` JOIN `${db}`.`parent` `p` ON `p`.`id` = `c`.`parent_id`;

CREATE FUNCTION `${db}`.child_count() RETURNS int READS SQL DATA
  RETURN (SELECT count(*) FROM ${db}.child WHERE note <> 'app.child');

CREATE TRIGGER `${db}`.child_bi BEFORE INSERT ON `${db}`.child FOR EACH ROW
  SET NEW.qty = (SELECT count(*) FROM `${db}`.parent);


CREATE TABLE readings (
  id bigint NOT NULL,
  taken_on date NOT NULL,
  PRIMARY KEY (id, taken_on)
) PARTITION BY RANGE (YEAR(taken_on)) (
  PARTITION p2024 VALUES LESS THAN (2025),
  PARTITION pmax VALUES LESS THAN MAXVALUE
);
