-- The year-end rating (issue 14 item 5): at the next session the deputies rate each of a
-- year's projects 满意 / 基本满意 / 不满意 in a survey of the survey module, started by the
-- office from the projects' page; once it is closed its counts are kept on each project.
create table project_rating (
    id          bigint generated always as identity primary key,
    congress_id bigint   not null,
    -- the year of the projects rated (the session that rates them is the next year's)
    year        integer  not null,
    survey_id   bigint   not null,
    -- the projects in the survey's item order
    project_ids bigint[] not null,
    kept        boolean  not null default false,
    unique (congress_id, year)
);

-- the rating kept on a project: how many deputies answered each, and the share satisfied
-- (满意 and 基本满意) in percent
create table project_rating_result (
    project_id   bigint       primary key references project (id),
    rating_id    bigint       not null references project_rating (id),
    satisfied    integer      not null check (satisfied >= 0),
    basically    integer      not null check (basically >= 0),
    dissatisfied integer      not null check (dissatisfied >= 0),
    rate         numeric(5,1) not null
);
