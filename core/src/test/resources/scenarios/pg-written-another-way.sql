-- The same schema, written the way a hurried hotfix would: aliases, inline constraints, later ALTERs,
-- unnamed constraints and indexes, other whitespace and casing, a column added and dropped.
create table public.items (
    id SERIAL,
    sku VARCHAR(20) not null unique,
    price DECIMAL(10, 2) default 0,
    scratch text,
    qty INT default 0,
    active BOOL default 'true',
    weight FLOAT8,
    CHECK (price >= 0)
);
alter table public.items add primary key (id);
alter table public.items drop column scratch;
alter table public.items add column created TIMESTAMP default current_timestamp;
create table public.stock (item_id INT not null references public.items, amount INTEGER not null);
create index on public.stock (item_id);
create view public.cheap_items as
    select id,
           sku
      from public.items
     where price < 10;
create function public.double_it(x int) returns int language plpgsql immutable as $body$
begin
  return   x * 2;
end
$body$;
