-- Sorting and reporting upward (整理归纳, 报送, 反馈; issue 16): the office merges the opinions on
-- one article of one consultation into one merged opinion that keeps every source (each opinion
-- names the merged one it went into), reports the merged opinions upward and records the
-- legislature's answer on each: adopted, partly adopted, or not adopted with the reason.
create table legislation_merged_opinion (
    id               bigint generated always as identity primary key,
    consultation_id  bigint        not null references legislation_consultation (id),
    article_number   integer,
    text             varchar(2000) not null,
    reason           varchar(2000),
    state            varchar(12)   not null,
    outcome          varchar(16),
    outcome_reason   varchar(500),
    answered_on      date,
    created_by       bigint,
    created_at       timestamptz   not null default now(),
    version          integer       not null default 0
);
create index legislation_merged_opinion_consultation on legislation_merged_opinion (consultation_id, article_number, id);

alter table legislation_opinion add column merged_into bigint references legislation_merged_opinion (id);
create index legislation_opinion_merged on legislation_opinion (merged_into) where merged_into is not null;

alter table legislation_consultation add column reported_on date, add column late_reason varchar(500);
