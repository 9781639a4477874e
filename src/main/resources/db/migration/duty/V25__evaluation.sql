-- Performance evaluation (履职考评): a batch per year (or a part of one) for the whole deployment,
-- created by the city administrator and read by every office for its scope; its dimensions, each scored
-- from the deputy's verified duty records of one kind, so many points a record up to a cap, and the
-- totals that make the grades.
create table evaluation_batch (
    id             bigint generated always as identity primary key,
    name           varchar(100) not null unique,
    starts_on      date         not null,
    ends_on        date         not null,
    -- the lowest total of each grade; below basic_min is 不称职
    excellent_min  numeric(7,2) not null,
    competent_min  numeric(7,2) not null,
    basic_min      numeric(7,2) not null,
    final          boolean      not null default false,
    created_at     timestamptz  not null default now(),
    check (ends_on >= starts_on),
    check (excellent_min >= competent_min and competent_min >= basic_min)
);

create table evaluation_dimension (
    id           bigint generated always as identity primary key,
    batch_id     bigint        not null references evaluation_batch (id) on delete cascade,
    name         varchar(64)   not null,
    type_id      bigint        not null references duty_record_type (id),
    points       numeric(6,2)  not null check (points > 0),
    cap          numeric(7,2)  not null check (cap > 0),
    sort_order   integer       not null default 100,
    unique (batch_id, type_id)
);

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values ('CITY_ADMIN', 'duty:evaluation:edit'), ('CITY_ADMIN', 'duty:evaluation:view'),
            ('CONGRESS_OFFICE', 'duty:evaluation:view')) as p (role_code, permission)
     on p.role_code = r.code
on conflict do nothing;
