-- The standing committee's work ledger (issue 15): its meetings (党组会议、主任会议、常委会会议,
-- numbered per term) with the reports heard and deliberated (专项工作报告), its appointments and
-- removals (任免, one row per person), its requests and reports to the Party committee (请示报告)
-- and its publicity (articles and where they were carried). The year's counts are counted from
-- these rows, so each count opens the rows behind it.
create table ledger_meeting (
    id             bigint generated always as identity primary key,
    region_code    varchar(12)   not null references region (code),
    kind           varchar(20)   not null check (kind in ('PARTY_GROUP', 'CHAIRPERSONS', 'STANDING_COMMITTEE')),
    term_number    integer       not null check (term_number between 1 and 99),
    session_number integer       not null check (session_number between 1 and 999),
    held_on        date          not null,
    agenda         varchar(4000) not null,
    attendance     integer       check (attendance between 0 and 1000),
    created_by     bigint        references staff_user (id),
    version        integer       not null default 0,
    unique (region_code, kind, term_number, session_number)
);
create index ledger_meeting_year on ledger_meeting (region_code, held_on);

create table ledger_meeting_report (
    meeting_id bigint        not null references ledger_meeting (id) on delete cascade,
    position   integer       not null,
    title      varchar(200)  not null,
    primary key (meeting_id, position)
);

create table ledger_appointment (
    id              bigint generated always as identity primary key,
    region_code     varchar(12)  not null references region (code),
    action          varchar(8)   not null check (action in ('APPOINT', 'REMOVE')),
    person_name     varchar(50)  not null,
    position_title  varchar(200) not null,
    decided_on      date         not null,
    members_present integer      not null check (members_present between 1 and 1000),
    votes_for       integer      not null check (votes_for >= 0),
    votes_against   integer      not null check (votes_against >= 0),
    abstentions     integer      not null check (abstentions >= 0),
    statement_made  boolean      not null default false,
    oath_taken      boolean      not null default false,
    created_by      bigint       references staff_user (id),
    version         integer      not null default 0,
    check (votes_for + votes_against + abstentions <= members_present)
);
create index ledger_appointment_year on ledger_appointment (region_code, decided_on);
create index ledger_appointment_person on ledger_appointment (person_name);

create table ledger_request (
    id          bigint generated always as identity primary key,
    region_code varchar(12)   not null references region (code),
    kind        varchar(8)    not null check (kind in ('REQUEST', 'REPORT')),
    subject     varchar(300)  not null,
    sent_on     date          not null,
    answer      varchar(2000),
    answered_on date,
    created_by  bigint        references staff_user (id),
    version     integer       not null default 0
);
create index ledger_request_year on ledger_request (region_code, sent_on);

create table ledger_article (
    id           bigint generated always as identity primary key,
    region_code  varchar(12)   not null references region (code),
    title        varchar(200)  not null,
    outlet       varchar(100)  not null,
    level        varchar(12)   not null check (level in ('NATIONAL', 'PROVINCIAL', 'CITY')),
    published_on date          not null,
    link         varchar(500),
    about        varchar(500),
    created_by   bigint        references staff_user (id),
    version      integer       not null default 0
);
create index ledger_article_year on ledger_article (region_code, published_on);

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'ledger:entry:view'), ('CITY_ADMIN', 'ledger:entry:edit'),
    ('CONGRESS_OFFICE', 'ledger:entry:view'), ('CONGRESS_OFFICE', 'ledger:entry:edit')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
