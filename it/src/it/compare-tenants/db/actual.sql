-- 20 tenant schemas built by the same DDL; two changed by hand in production.
CREATE SCHEMA tenant_001;
CREATE TABLE tenant_001.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_001.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_001.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_001.orders (customer_id);

CREATE SCHEMA tenant_002;
CREATE TABLE tenant_002.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_002.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_002.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_002.orders (customer_id);

CREATE SCHEMA tenant_003;
CREATE TABLE tenant_003.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_003.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_003.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_003.orders (customer_id);

CREATE SCHEMA tenant_004;
CREATE TABLE tenant_004.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_004.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_004.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_004.orders (customer_id);

CREATE SCHEMA tenant_005;
CREATE TABLE tenant_005.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_005.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_005.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_005.orders (customer_id);

CREATE SCHEMA tenant_006;
CREATE TABLE tenant_006.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_006.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_006.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_006.orders (customer_id);

CREATE SCHEMA tenant_007;
CREATE TABLE tenant_007.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_007.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_007.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_007.orders (customer_id);

CREATE SCHEMA tenant_008;
CREATE TABLE tenant_008.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_008.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_008.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_008.orders (customer_id);

CREATE SCHEMA tenant_009;
CREATE TABLE tenant_009.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_009.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_009.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_009.orders (customer_id);

CREATE SCHEMA tenant_010;
CREATE TABLE tenant_010.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_010.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_010.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_010.orders (customer_id);

CREATE SCHEMA tenant_011;
CREATE TABLE tenant_011.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_011.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_011.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_011.orders (customer_id);

CREATE SCHEMA tenant_012;
CREATE TABLE tenant_012.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_012.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_012.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_012.orders (customer_id);

CREATE SCHEMA tenant_013;
CREATE TABLE tenant_013.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_013.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_013.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_013.orders (customer_id);

CREATE SCHEMA tenant_014;
CREATE TABLE tenant_014.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_014.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_014.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_014.orders (customer_id);

CREATE SCHEMA tenant_015;
CREATE TABLE tenant_015.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_015.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_015.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_015.orders (customer_id);

CREATE SCHEMA tenant_016;
CREATE TABLE tenant_016.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_016.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_016.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_016.orders (customer_id);

CREATE SCHEMA tenant_017;
CREATE TABLE tenant_017.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_017.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_017.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_017.orders (customer_id);

CREATE SCHEMA tenant_018;
CREATE TABLE tenant_018.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_018.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_018.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_018.orders (customer_id);

CREATE SCHEMA tenant_019;
CREATE TABLE tenant_019.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_019.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_019.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_019.orders (customer_id);

CREATE SCHEMA tenant_020;
CREATE TABLE tenant_020.customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
CREATE TABLE tenant_020.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES tenant_020.customers (id),
    status varchar(50) NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON tenant_020.orders (customer_id);

-- The hotfix index and the widened column.
CREATE INDEX orders_hotfix_idx ON tenant_004.orders (created_at);
ALTER TABLE tenant_011.orders ALTER COLUMN status TYPE varchar(255);
-- Tenant-like, but not matching tenant_*: not a tenant, left out.
CREATE SCHEMA tenants_archive;
CREATE TABLE tenants_archive.old_orders (id bigint PRIMARY KEY);
