-- A site visit (实地察看) of a supervision group: where and when, the position the phone gave
-- (or typed), the photos, and the questions asked on site (现场问询) with their answers. Recorded
-- once, as it happened; corrections are a new visit.
create table project_visit (
    id          bigint generated always as identity primary key,
    project_id  bigint        not null references project (id),
    region_code varchar(12)   not null,
    visited_on  date          not null,
    place       varchar(200)  not null,
    latitude    numeric(9,6)  check (latitude between -90 and 90),
    longitude   numeric(9,6)  check (longitude between -180 and 180),
    findings    varchar(2000),
    recorded_by bigint        not null,
    recorded_at timestamptz   not null default now(),
    version     integer       not null default 0
);
create index project_visit_project on project_visit (project_id);

create table project_visit_deputy (
    visit_id  bigint not null references project_visit (id) on delete cascade,
    deputy_id bigint not null,
    primary key (visit_id, deputy_id)
);

create table project_visit_photo (
    visit_id  bigint       not null references project_visit (id) on delete cascade,
    position  integer      not null,
    photo_key varchar(200) not null,
    primary key (visit_id, position)
);

create table project_visit_question (
    visit_id bigint        not null references project_visit (id) on delete cascade,
    position integer       not null,
    question varchar(500)  not null,
    answer   varchar(1000) not null,
    primary key (visit_id, position)
);

-- a milestone's evidence: the photos taken when it was reached (the date is the milestone's)
create table project_milestone_photo (
    project_id bigint       not null references project (id),
    milestone  integer      not null,
    position   integer      not null,
    photo_key  varchar(200) not null,
    primary key (project_id, milestone, position)
);
