-- Reporting to voters (述职): the office schedules which deputy reports to which electoral district,
-- when and where, and records the meeting once it is held: how many voters came and how they rated
-- the deputy. A held meeting gives the deputy one duty record (source 'voter-report:<id>').
create table voter_report (
    id                  bigint generated always as identity primary key,
    deputy_id           bigint        not null references deputy (id),
    -- the deputy's home region when scheduled: the office that keeps the report
    region_code         varchar(12)   not null references region (code),
    electoral_district  varchar(64)   not null,
    scheduled_on        date          not null,
    place               varchar(200)  not null,
    held_on             date,
    voters_attending    integer       check (voters_attending between 0 and 100000),
    satisfied           integer       check (satisfied >= 0),
    basically_satisfied integer       check (basically_satisfied >= 0),
    unsatisfied         integer       check (unsatisfied >= 0),
    notes               varchar(2000),
    created_by          bigint        references staff_user (id),
    created_at          timestamptz   not null default now(),
    recorded_by         bigint        references staff_user (id),
    recorded_at         timestamptz,
    -- held means every figure of the meeting is there
    check ((held_on is null) = (voters_attending is null)
           and (held_on is null) = (satisfied is null)
           and (held_on is null) = (basically_satisfied is null)
           and (held_on is null) = (unsatisfied is null))
);
create index voter_report_region on voter_report (region_code, scheduled_on desc);
create index voter_report_deputy on voter_report (deputy_id);

-- Training (学习培训): sessions and the deputies who attended; each attendance gives the deputy one
-- duty record (source 'training:<session>:<deputy>'), taken back when the attendance is corrected.
create table training_session (
    id          bigint generated always as identity primary key,
    title       varchar(100)  not null,
    held_on     date          not null,
    place       varchar(200),
    organiser   varchar(100),
    hours       numeric(5, 1) not null check (hours > 0 and hours <= 1000),
    -- the region of the office that runs it: who sees it
    region_code varchar(12)   not null references region (code),
    created_by  bigint        references staff_user (id),
    created_at  timestamptz   not null default now()
);
create index training_session_region on training_session (region_code, held_on desc);

create table training_attendance (
    session_id bigint not null references training_session (id) on delete cascade,
    deputy_id  bigint not null references deputy (id),
    primary key (session_id, deputy_id)
);
create index training_attendance_deputy on training_attendance (deputy_id);

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'duty:voter-report:view'), ('CITY_ADMIN', 'duty:voter-report:edit'),
    ('CITY_ADMIN', 'duty:training:view'), ('CITY_ADMIN', 'duty:training:edit'),
    ('CONGRESS_OFFICE', 'duty:voter-report:view'), ('CONGRESS_OFFICE', 'duty:voter-report:edit'),
    ('CONGRESS_OFFICE', 'duty:training:view'), ('CONGRESS_OFFICE', 'duty:training:edit')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
