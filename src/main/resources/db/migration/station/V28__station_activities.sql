-- The station's activities besides reception days: visits to villages and communities (走访村居/社区)
-- and legal consultations (法律咨询). Several may fall on one day, so each is its own row, corrected by
-- its id; the deputies who took part each get one duty record (source 'station-activity:<id>:<deputy>').
create table station_activity (
    id            bigint generated always as identity primary key,
    venue_id      bigint        not null references venue (id),
    kind          varchar(24)   not null check (kind in ('VILLAGE_VISIT', 'LEGAL_CONSULTATION')),
    held_on       date          not null,
    -- which village or community, or where the consultation took place
    place         varchar(200),
    people_served integer       not null check (people_served between 0 and 100000),
    notes         varchar(1000),
    recorded_by   bigint        references staff_user (id),
    recorded_at   timestamptz   not null default now()
);
create index station_activity_venue on station_activity (venue_id, held_on desc);

create table station_activity_deputy (
    activity_id bigint not null references station_activity (id) on delete cascade,
    deputy_id   bigint not null references deputy (id),
    primary key (activity_id, deputy_id)
);
create index station_activity_deputy_deputy on station_activity_deputy (deputy_id);

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'station:activity:edit'), ('CONGRESS_OFFICE', 'station:activity:edit'),
    ('STATION_ADMIN', 'station:activity:edit')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
