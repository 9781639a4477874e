-- Legislative informants (立法信息员, issue 16): people attached to a legislative contact point or
-- an information-collection point (both venues of the station module, read through venue_view),
-- with their field, their phone protected like every other phone (encrypted, hashed for look-up,
-- masked for screens) and the day they consented to be contacted. The region is the point's,
-- copied when they are enrolled, so that scope is one condition on this table.
create table legislation_informant (
    id               bigint generated always as identity primary key,
    point_id         bigint       not null,
    region_code      varchar(12)  not null,
    name             varchar(32)  not null,
    field            varchar(16)  not null,
    workplace        varchar(100),
    phone_cipher     text         not null,
    phone_hash       varchar(64)  not null,
    phone_last4      varchar(4)   not null,
    phone_masked     varchar(20)  not null,
    consented_on     date         not null,
    active           boolean      not null default true,
    left_on          date,
    created_by       bigint,
    created_at       timestamptz  not null default now(),
    version          integer      not null default 0
);
create index legislation_informant_point on legislation_informant (point_id, active, id);
create index legislation_informant_region on legislation_informant (region_code, id);
-- one person is enrolled once per point while active
create unique index legislation_informant_once on legislation_informant (point_id, phone_hash) where active;

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'legislation:informant:view'), ('CITY_ADMIN', 'legislation:informant:edit'),
    ('CONGRESS_OFFICE', 'legislation:informant:view'), ('CONGRESS_OFFICE', 'legislation:informant:edit'),
    ('STATION_ADMIN', 'legislation:informant:view'), ('STATION_ADMIN', 'legislation:informant:edit')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
