-- Liaison venues: deputy homes (代表之家), liaison stations (代表联络站), joint studios, legislative
-- contact and information points. Stations hang under homes ("1+27+N").
create table venue (
    id            bigint generated always as identity primary key,
    kind          varchar(32)   not null check (kind in ('DEPUTY_HOME', 'LIAISON_STATION', 'JOINT_STUDIO',
                                                         'LEGISLATIVE_CONTACT_POINT', 'LEGISLATIVE_INFO_POINT')),
    name          varchar(64)   not null,
    parent_id     bigint references venue (id),
    region_code   varchar(12)   not null references region (code),
    address       varchar(200),
    latitude      numeric(9, 6) check (latitude between -90 and 90),
    longitude     numeric(9, 6) check (longitude between -180 and 180),
    opening_hours varchar(200),
    contact_phone varchar(32),
    enabled       boolean       not null default true,
    created_by    bigint,
    version       integer       not null default 0,
    unique (region_code, name),
    check ((latitude is null) = (longitude is null)),
    check (parent_id is null or parent_id <> id)
);
create index venue_region on venue (region_code, id);

-- deputies stationed at a venue (进驻), with their role there
create table venue_deputy (
    venue_id  bigint      not null references venue (id) on delete cascade,
    deputy_id bigint      not null references deputy (id) on delete cascade,
    role      varchar(16) not null check (role in ('HEAD', 'LIAISON', 'MEMBER')),
    primary key (venue_id, deputy_id)
);

create table venue_public_code (
    code       char(8)     primary key,
    venue_id   bigint      not null references venue (id) on delete cascade,
    issued_at  timestamptz not null default now(),
    revoked_at timestamptz
);
create unique index venue_public_code_active on venue_public_code (venue_id) where revoked_at is null;

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'station:venue:view'), ('CITY_ADMIN', 'station:venue:edit'),
    ('CONGRESS_OFFICE', 'station:venue:view'), ('CONGRESS_OFFICE', 'station:venue:edit'),
    ('STATION_ADMIN', 'station:venue:view'), ('STATION_ADMIN', 'station:venue:edit')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
