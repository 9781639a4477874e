-- Livelihood projects chosen by the deputies' vote (民生实事项目票决制, issue 14). A project is an
-- aggregate: proposed as a candidate, chosen or not by the count of the session's vote (a
-- survey of the survey module, N of M), then followed by its targets' measured quantities,
-- its milestones and its money. Its status (on track, lagging, stalled) is derived, never typed.

-- the kinds of project, edited by administrators; the source text counts ten (10类22项) without
-- naming them: these are the usual ten of 民生实事 lists
create table project_category (
    id         bigint generated always as identity primary key,
    name       varchar(32) not null unique,
    sort_order integer     not null,
    enabled    boolean     not null default true
);
insert into project_category (name, sort_order) values
    ('教育', 10), ('医疗卫生', 20), ('养老托育', 30), ('交通道路', 40), ('供水供暖供气', 50),
    ('住房与老旧小区改造', 60), ('就业与社会保障', 70), ('文化体育', 80), ('生态环境', 90), ('便民服务与公共安全', 100);

create table project (
    id             bigint generated always as identity primary key,
    region_code    varchar(12)   not null,
    congress_id    bigint        not null,
    year           integer       not null check (year between 2000 and 2100),
    title          varchar(100)  not null,
    category_id    bigint        not null references project_category (id),
    lead_agency_id bigint,
    budget         numeric(14,2) not null check (budget >= 0),
    location       varchar(200),
    -- the government's order of proposal: the published tie rule of the vote
    proposed_order integer       not null,
    state          varchar(12)   not null,
    votes          integer,
    starts_on      date          not null,
    due_on         date          not null check (due_on > starts_on),
    committed      numeric(14,2) not null default 0 check (committed >= 0),
    spent          numeric(14,2) not null default 0 check (spent >= 0),
    -- the last day a measured quantity moved forward: a project that stops moving is stalled
    progressed_on  date,
    report_level   integer       not null default 0,
    report_stage   varchar(16),
    created_by     bigint        not null,
    version        integer       not null default 0
);
create index project_region_year on project (region_code, year);
create index project_congress_year on project (congress_id, year);

-- what the project must deliver, in units (14.1 公里, 1200 户), and how much is done
create table project_target (
    project_id bigint        not null references project (id) on delete cascade,
    position   integer       not null,
    name       varchar(64)   not null,
    unit       varchar(16)   not null,
    planned    numeric(14,2) not null check (planned > 0),
    done       numeric(14,2) not null default 0 check (done >= 0),
    primary key (project_id, position)
);

create table project_milestone (
    project_id bigint       not null references project (id) on delete cascade,
    position   integer      not null,
    name       varchar(100) not null,
    planned_on date         not null,
    done_on    date,
    photo_key  varchar(200),
    primary key (project_id, position)
);

-- the session's vote on a congress's candidates of a year: a survey choosing N of M
create table project_vote (
    id          bigint generated always as identity primary key,
    congress_id bigint  not null,
    year        integer not null,
    seats       integer not null check (seats > 0),
    survey_id   bigint  not null,
    counted     boolean not null default false,
    unique (congress_id, year)
);

-- the lead agency's monthly report: which month it covers, and what it said
create table project_report (
    project_id   bigint        not null references project (id),
    month        date          not null,
    note         varchar(1000),
    submitted_by bigint        not null,
    submitted_at timestamptz   not null default now(),
    primary key (project_id, month)
);

create table project_history (
    id         bigint generated always as identity primary key,
    project_id bigint       not null,
    step       varchar(32)  not null,
    detail     varchar(500),
    changed_by bigint,
    changed_at timestamptz  not null default now(),
    chain_seq  bigint       not null,
    prev_hash  bytea,
    row_hash   bytea        not null
);
create unique index project_history_chain on project_history (project_id, chain_seq);

create function project_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'project_history is append-only';
end $$;
create trigger project_history_no_update before update or delete on project_history
    for each statement execute function project_history_is_append_only();
create trigger project_history_no_truncate before truncate on project_history
    for each statement execute function project_history_is_append_only();

create function project_history_content(h project_history) returns bytea language sql stable as $$
    select convert_to(jsonb_build_array(h.chain_seq, h.id, h.project_id, h.step, h.detail, h.changed_by,
                                        extract(epoch from h.changed_at))::text, 'UTF8')
$$;

create function project_history_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(hashtextextended('project_history ' || new.project_id, 0));
    select chain_seq, row_hash into last_seq, last_hash from project_history
    where project_id = new.project_id order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := last_hash;
    new.row_hash := sha256(coalesce(last_hash, ''::bytea) || project_history_content(new));
    return new;
end $$;
create trigger project_history_chain before insert on project_history
    for each row execute function project_history_chain();

create view project_history_chain_view as
select h.project_id::text as chain_key, h.id, h.chain_seq, h.changed_at as written_at, h.prev_hash, h.row_hash,
       sha256(coalesce(h.prev_hash, ''::bytea) || project_history_content(h)) as computed_hash
from project_history h;

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'project:project:view'), ('CITY_ADMIN', 'project:project:edit'),
    ('CITY_ADMIN', 'project:category:edit'), ('CITY_ADMIN', 'project:project:report'),
    ('CONGRESS_OFFICE', 'project:project:view'), ('CONGRESS_OFFICE', 'project:project:edit'),
    ('CONGRESS_OFFICE', 'project:project:report'),
    ('AGENCY_HANDLER', 'project:project:view'), ('AGENCY_HANDLER', 'project:project:report')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
