-- Deputies' suggestions (代表建议): one row per suggestion with where it stands; every step it
-- takes is a row of suggestion_history, which nobody may change or delete. A promised item of a
-- B/C reply is a row of suggestion_promise, with a clock of its own.
create table suggestion (
    id                   bigint generated always as identity primary key,
    congress_id          bigint        not null,
    region_code          varchar(12)   not null,
    session_number       integer       not null check (session_number between 1 and 99),
    -- 大会期间 or 闭会期间
    period               varchar(8)    not null check (period in ('SESSION', 'RECESS')),
    title                varchar(100)  not null,
    body                 varchar(5000) not null,
    category             varchar(16)   not null,
    lead_deputy_id       bigint        not null,
    filed_by             bigint,
    filed_on             date,
    -- the opinion case it was converted from, if any
    origin_opinion_id    bigint        unique,
    status               varchar(20)   not null check (status in ('DRAFT', 'FILED', 'REGISTERED', 'ASSIGNED',
                                                                  'RETURN_REQUESTED', 'IN_PROGRESS', 'REPLIED',
                                                                  'ANSWERED', 'RATED', 'CLOSED', 'DECLINED',
                                                                  'MERGED')),
    -- 立案 number, per congress and session, given once and never reused
    serial_number        integer,
    key_suggestion       boolean       not null default false,
    supervising_leader   varchar(64),
    stage_started_on     date          not null,
    stage_due_on         date,
    lead_agency_id       bigint,
    assigned_on          date,
    co_view_due_on       date,
    -- the reply is due reply_months calendar months after reply_clock_from (assignment, or the start
    -- of a re-handling), moved to a working day; extensions add months up to max_reply_months
    reply_clock_from     date,
    reply_months         integer,
    max_reply_months     integer,
    reply_due_on         date,
    pending_extension    integer,
    extension_reason     varchar(1000),
    return_reason        varchar(1000),
    contacted_on         date,
    replied_on           date,
    replied_on_time      boolean,
    result_class         char(1)       check (result_class in ('A', 'B', 'C', 'D')),
    reply_text           varchar(5000),
    signatory            varchar(64),
    publish_reply        boolean       not null default false,
    closed_on            date,
    merged_into          bigint        references suggestion (id),
    handling_round       integer       not null default 1,
    escalation_level     integer       not null default 0,
    idempotency_key      varchar(140)  unique,
    idempotency_hash     varchar(64),
    version              integer       not null default 0,
    unique (congress_id, session_number, serial_number)
);
create index suggestion_region_status on suggestion (region_code, status, id desc);
create index suggestion_congress on suggestion (congress_id, session_number, id desc);
create index suggestion_lead_agency on suggestion (lead_agency_id, id desc) where lead_agency_id is not null;
create index suggestion_lead_deputy on suggestion (lead_deputy_id, id desc);
create index suggestion_due on suggestion (stage_due_on, id) where stage_due_on is not null;

-- 附议: invited by the lead deputy, confirmed by each co-signer on their own account
create table suggestion_co_signer (
    suggestion_id bigint not null references suggestion (id),
    deputy_id     bigint not null,
    confirmed_on  date,
    primary key (suggestion_id, deputy_id)
);
create index suggestion_co_signer_deputy on suggestion_co_signer (deputy_id);

-- 协办/会办 agencies and the view each sent the lead
create table suggestion_co_agency (
    suggestion_id bigint        not null references suggestion (id),
    agency_id     bigint        not null,
    view_text     varchar(5000),
    viewed_on     date,
    primary key (suggestion_id, agency_id)
);
create index suggestion_co_agency_agency on suggestion_co_agency (agency_id);

-- the items the current reply promises (B/C), until the office accepts the reply and they
-- become promised items with clocks of their own
create table suggestion_reply_item (
    suggestion_id bigint        not null references suggestion (id),
    text          varchar(1000) not null,
    due_on        date          not null,
    primary key (suggestion_id, text)
);

-- the deputies' verdicts, each round separately: handling and result
create table suggestion_rating (
    suggestion_id  bigint      not null references suggestion (id),
    handling_round integer     not null,
    deputy_id      bigint      not null,
    handling       varchar(20) not null check (handling in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')),
    result         varchar(20) not null check (result in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')),
    rated_on       date        not null,
    primary key (suggestion_id, handling_round, deputy_id)
);

-- numbering per congress and session: the last number given
create table suggestion_numbering (
    congress_id    bigint  not null,
    session_number integer not null,
    last_number    integer not null,
    primary key (congress_id, session_number)
);

create table suggestion_promise (
    id               bigint generated always as identity primary key,
    suggestion_id    bigint        not null references suggestion (id),
    handling_round   integer       not null,
    agency_id        bigint        not null,
    region_code      varchar(12)   not null,
    text             varchar(1000) not null,
    due_on           date          not null,
    status           varchar(16)   not null check (status in ('OPEN', 'REPORTED', 'KEPT', 'CLOSED_BY_OFFICE')),
    reported_on      date,
    report_text      varchar(2000),
    closed_on        date,
    escalation_level integer       not null default 0,
    version          integer       not null default 0
);
create index suggestion_promise_suggestion on suggestion_promise (suggestion_id);
create index suggestion_promise_due on suggestion_promise (due_on, id) where status in ('OPEN', 'REPORTED');

create table suggestion_history (
    id              bigint generated always as identity primary key,
    suggestion_id   bigint        not null references suggestion (id),
    at              timestamptz   not null default now(),
    actor           varchar(64)   not null,
    action          varchar(24)   not null,
    from_status     varchar(20),
    to_status       varchar(20)   not null,
    note            varchar(5000),
    handling_round  integer       not null,
    agency_id       bigint,
    deputy_id       bigint,
    promise_id      bigint,
    result_class    char(1),
    handling        varchar(20),
    result          varchar(20),
    due_on          date,
    level           integer
);
create index suggestion_history_suggestion on suggestion_history (suggestion_id, id);

create function suggestion_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'suggestion_history is append-only';
end $$;
create trigger suggestion_history_no_update before update or delete on suggestion_history
    for each statement execute function suggestion_history_is_append_only();
create trigger suggestion_history_no_truncate before truncate on suggestion_history
    for each statement execute function suggestion_history_is_append_only();

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'suggestion:suggestion:view'), ('CITY_ADMIN', 'suggestion:suggestion:manage'),
    ('CONGRESS_OFFICE', 'suggestion:suggestion:view'), ('CONGRESS_OFFICE', 'suggestion:suggestion:manage'),
    ('AGENCY_HANDLER', 'suggestion:suggestion:view'), ('AGENCY_HANDLER', 'suggestion:suggestion:handle'),
    ('DEPUTY', 'suggestion:suggestion:view'), ('DEPUTY', 'suggestion:suggestion:file')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
