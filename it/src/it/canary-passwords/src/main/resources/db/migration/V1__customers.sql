CREATE TABLE customers (
    id    bigint PRIMARY KEY,
    email varchar(200) NOT NULL UNIQUE
);
