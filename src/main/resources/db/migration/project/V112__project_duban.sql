-- 跟踪督办 of a lagging project: the office's demand with a deadline to an agency (the lead agency
-- as a rule), the agency's answer, and the watch's escalation while it is unanswered (subject
-- PROJECT_DUBAN of the supervision module).
create table project_duban (
    id          bigint generated always as identity primary key,
    project_id  bigint        not null references project (id),
    region_code varchar(12)   not null,
    agency_id   bigint        not null,
    demand      varchar(1000) not null,
    issued_on   date          not null,
    due_on      date          not null check (due_on >= issued_on),
    state       varchar(12)   not null,
    answer      varchar(2000),
    answered_on date,
    answered_by bigint,
    level       integer       not null default 0,
    issued_by   bigint        not null,
    version     integer       not null default 0
);
create index project_duban_open on project_duban (due_on) where state = 'ISSUED';
create index project_duban_project on project_duban (project_id);
