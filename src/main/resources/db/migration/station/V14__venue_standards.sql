-- The standards a venue is checked against (e.g. the "八有" of a liaison station), edited by
-- administrators, and each venue's state against them.
create table venue_standard (
    id         bigint generated always as identity primary key,
    name       varchar(32) not null unique,
    sort_order integer     not null default 100,
    enabled    boolean     not null default true
);

create table venue_standard_state (
    venue_id    bigint       not null references venue (id) on delete cascade,
    standard_id bigint       not null references venue_standard (id) on delete cascade,
    met         boolean      not null,
    note        varchar(200),
    checked_at  timestamptz  not null default now(),
    checked_by  varchar(64)  not null,
    primary key (venue_id, standard_id)
);

insert into venue_standard (name, sort_order) values
    ('有固定场所', 10), ('有统一标识', 20), ('有工作制度', 30), ('有活动计划', 40),
    ('有进站代表', 50), ('有工作台账', 60), ('有必要经费', 70), ('有工作成效', 80);

insert into role_permission (role_id, permission)
select r.id, 'station:standard:edit' from role r where r.code = 'CITY_ADMIN'
on conflict do nothing;
