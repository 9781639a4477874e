-- Categories of citizens' opinions (民情民意分类), edited by administrators. Open311 calls them services.
create table opinion_category (
    id               bigint generated always as identity primary key,
    code             varchar(32)  not null unique,
    name             varchar(64)  not null unique,
    description      varchar(500),
    -- whether a citizen may submit without a phone number for a call-back
    allows_anonymous boolean      not null default false,
    sort_order       integer      not null default 100,
    enabled          boolean      not null default true,
    version          integer      not null default 0
);

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'opinion:category:view'), ('CITY_ADMIN', 'opinion:category:edit'),
    ('CONGRESS_OFFICE', 'opinion:category:view')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
