--liquibase formatted sql

--changeset shop:1
CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email varchar(200) NOT NULL UNIQUE
);

--changeset shop:2
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    status varchar(50) NOT NULL DEFAULT 'new'
);
