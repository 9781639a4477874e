-- Reminders (催办) before a stage runs out and supervision notices (督办单) after, addressed to the
-- agency that must act (or the office, while the case waits for triage). One notice per case,
-- stage and level, so the job that issues them can run any number of times.
create table opinion_notice (
    id            bigint generated always as identity primary key,
    opinion_id    bigint      not null references opinion (id),
    kind          varchar(12) not null check (kind in ('REMINDER', 'SUPERVISION')),
    level         integer     not null,
    status        varchar(20) not null,
    stage_due_on  date        not null,
    region_code   varchar(12) not null references region (code),
    agency_id     bigint      references agency (id),
    issued_at     timestamptz not null default now(),
    unique (opinion_id, kind, status, stage_due_on, level)
);
create index opinion_notice_agency on opinion_notice (agency_id, issued_at desc);
create index opinion_notice_region on opinion_notice (region_code, issued_at desc);
