-- Citizens' opinions (民情民意): one row per case with its current state; every step it takes is
-- a row of opinion_history, which nobody may change or delete.
create table opinion (
    id                  bigint generated always as identity primary key,
    -- what the citizen writes down or is told on the phone, and the token of their private link
    -- (kept as it is, so that a retried submission can show the same link again)
    tracking_code       varchar(12)   not null unique,
    link_token          varchar(43)   not null unique,
    -- wrong phone digits typed with the tracking code; past ten the case opens by its link only
    lookup_failures     integer       not null default 0,
    region_code         varchar(12)   not null references region (code),
    category_id         bigint        not null references opinion_category (id),
    channel             varchar(16)   not null check (channel in ('QR_CODE', 'WEB', 'DEPUTY', 'STATION', 'HOTLINE',
                                                                  'LETTER', 'OPEN311', 'IMPORT')),
    deputy_id           bigint        references deputy (id),
    venue_id            bigint        references venue (id),
    description         varchar(2000) not null,
    place               varchar(200),
    latitude            numeric(9, 6),
    longitude           numeric(9, 6),
    citizen_name        varchar(32),
    phone_cipher        text,
    phone_hash          varchar(64),
    phone_last4         varchar(4),
    phone_masked        varchar(20),
    email               varchar(254),
    publish_consent     boolean       not null default false,
    urgent              boolean       not null default false,
    -- the day it was collected (offline intake) or received; 当月收集、当月上传: entered in a later month is late
    collected_on        date          not null,
    late_entry          boolean       not null default false,
    received_at         timestamptz   not null default now(),
    recorded_by         bigint        references staff_user (id),
    status              varchar(20)   not null check (status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'REPLIED',
                                                                 'FED_BACK', 'CLOSED', 'REOPENED', 'ANSWERED_DIRECTLY',
                                                                 'CONVERTED', 'DECLINED', 'MERGED')),
    -- the day the current stage's clock started, and the day it runs out
    stage_started_on    date          not null,
    stage_due_on        date,
    lead_agency_id      bigint        references agency (id),
    assigned_on         date,
    reply_due_on        date,
    extension_days      integer,
    extension_reason    varchar(500),
    replied_on          date,
    replied_on_time     boolean,
    result_class        char(1)       check (result_class in ('A', 'B', 'C', 'D')),
    rating              varchar(20)   check (rating in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')),
    closed_on           date,
    merged_into         bigint        references opinion (id),
    handling_round      integer       not null default 1,
    escalation_level    integer       not null default 0,
    -- a retried submission (same key) finds this case; the hash tells a replay from a different body
    idempotency_key     varchar(100)  unique,
    idempotency_hash    varchar(64),
    -- photos an Open311 client links to instead of uploading
    media_url           varchar(500),
    version             integer       not null default 0,
    check ((latitude is null) = (longitude is null))
);

-- the lists: a region's cases newest first, an agency's cases, overdue work
create index opinion_region_status on opinion (region_code, status, id desc);
create index opinion_lead_agency on opinion (lead_agency_id, status, id desc) where lead_agency_id is not null;
create index opinion_due on opinion (stage_due_on) where status not in ('CLOSED', 'CONVERTED', 'DECLINED', 'MERGED');
create index opinion_received on opinion (received_at);
create index opinion_deputy on opinion (deputy_id) where deputy_id is not null;
create index opinion_phone on opinion (phone_hash) where phone_hash is not null;

create table opinion_co_agency (
    opinion_id bigint not null references opinion (id),
    agency_id  bigint not null references agency (id),
    primary key (opinion_id, agency_id)
);
create index opinion_co_agency_agency on opinion_co_agency (agency_id);

create table opinion_history (
    id           bigint generated always as identity primary key,
    opinion_id   bigint        not null references opinion (id),
    at           timestamptz   not null default now(),
    actor        varchar(64)   not null,
    action       varchar(24)   not null,
    from_status  varchar(20),
    to_status    varchar(20)   not null,
    note         varchar(2000),
    -- what the step carried, where it carried it
    agency_id    bigint        references agency (id),
    result_class char(1),
    rating       varchar(20),
    channel      varchar(16),
    days         integer
);
create index opinion_history_opinion on opinion_history (opinion_id, id);

create function opinion_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'opinion_history is append-only';
end $$;
create trigger opinion_history_no_update before update or delete on opinion_history
    for each statement execute function opinion_history_is_append_only();

-- photos a citizen sent, and files an agency attached to its reply
create table opinion_file (
    id          bigint generated always as identity primary key,
    opinion_id  bigint       not null references opinion (id),
    history_id  bigint       references opinion_history (id),
    file_key    varchar(200) not null,
    kind        varchar(16)  not null check (kind in ('PHOTO', 'ATTACHMENT')),
    name        varchar(200)
);
create index opinion_file_opinion on opinion_file (opinion_id);

-- how many working days each stage may take; a category may set its own, and urgent cases theirs
create table opinion_deadline (
    id           bigint generated always as identity primary key,
    category_id  bigint      references opinion_category (id),
    urgent       boolean     not null default false,
    stage        varchar(16) not null check (stage in ('ASSIGN', 'SIGN', 'REPLY', 'FEEDBACK', 'VISIT', 'CLOSE', 'RETURN')),
    working_days integer     not null check (working_days between 1 and 250)
);
create unique index opinion_deadline_rule on opinion_deadline (coalesce(category_id, 0), urgent, stage);

insert into opinion_deadline (category_id, urgent, stage, working_days) values
    (null, false, 'ASSIGN', 3), (null, false, 'SIGN', 1), (null, false, 'REPLY', 15),
    (null, false, 'FEEDBACK', 3), (null, false, 'VISIT', 7), (null, false, 'CLOSE', 1), (null, false, 'RETURN', 7),
    (null, true, 'ASSIGN', 1), (null, true, 'SIGN', 1), (null, true, 'REPLY', 5),
    (null, true, 'FEEDBACK', 1), (null, true, 'VISIT', 3), (null, true, 'CLOSE', 1), (null, true, 'RETURN', 3);

-- Whoever creates accounts must hold every permission of the roles they hand out, so the office
-- and the city administrator hold the agencies' and deputies' permissions too; the steps
-- themselves still check that a handler acts for the lead agency.
insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'opinion:case:view'), ('CITY_ADMIN', 'opinion:case:triage'), ('CITY_ADMIN', 'opinion:case:record'),
    ('CITY_ADMIN', 'opinion:case:handle'), ('CITY_ADMIN', 'opinion:case:answer'), ('CITY_ADMIN', 'opinion:phone:reveal'),
    ('CITY_ADMIN', 'opinion:rule:edit'),
    ('CONGRESS_OFFICE', 'opinion:case:view'), ('CONGRESS_OFFICE', 'opinion:case:triage'),
    ('CONGRESS_OFFICE', 'opinion:case:record'), ('CONGRESS_OFFICE', 'opinion:case:handle'),
    ('CONGRESS_OFFICE', 'opinion:case:answer'), ('CONGRESS_OFFICE', 'opinion:phone:reveal'),
    ('AGENCY_HANDLER', 'opinion:case:view'), ('AGENCY_HANDLER', 'opinion:case:handle'),
    ('AGENCY_HANDLER', 'opinion:phone:reveal'),
    ('STATION_ADMIN', 'opinion:case:view'), ('STATION_ADMIN', 'opinion:case:record'),
    ('STATION_ADMIN', 'opinion:case:answer'),
    ('DEPUTY', 'opinion:case:view'), ('DEPUTY', 'opinion:case:record'), ('DEPUTY', 'opinion:case:answer')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;

-- figures and lists by period: a region's cases by the day they were collected
create index opinion_region_collected on opinion (region_code, collected_on);
-- a region's newest cases whatever their state (the lists merge one range per region)
create index opinion_region_newest on opinion (region_code, id desc);

-- the cases a staff account recorded (a deputy's count in the 三表一报)
create index opinion_recorded_by on opinion (recorded_by) where recorded_by is not null;
