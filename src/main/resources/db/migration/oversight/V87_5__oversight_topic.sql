-- Oversight topics followed for years (issue 15, item 4): 鲅鱼圈's campus canteens of 43 schools
-- followed five years running, its elderly-meal canteens. A topic groups the activities that
-- followed it (their issue lists come with them) and its own measures of progress, each
-- measured on a day, so that "连续五年跟踪监督" reads as one page. Each topic is an aggregate
-- whose moves are kept in an append-only, hash-chained history like the activities'.
create table oversight_topic (
    id          bigint generated always as identity primary key,
    region_code varchar(12)   not null references region (code),
    title       varchar(200)  not null,
    summary     varchar(2000),
    since_year  integer       not null check (since_year between 2000 and 2199),
    created_by  bigint        references staff_user (id),
    created_at  timestamptz   not null default now(),
    version     integer       not null default 0
);
create index oversight_topic_region on oversight_topic (region_code, since_year desc);

-- an activity follows a topic at most once; the topic and the activity are of one region
create table oversight_topic_activity (
    topic_id    bigint not null references oversight_topic (id) on delete cascade,
    activity_id bigint not null references oversight_activity (id),
    primary key (topic_id, activity_id)
);

-- a measure of progress as counted on a day (建成助老食堂 4 处), kept in the order recorded
create table oversight_topic_measure (
    topic_id    bigint        not null references oversight_topic (id) on delete cascade,
    position    integer       not null,
    name        varchar(100)  not null,
    value       integer       not null check (value >= 0),
    unit        varchar(20)   not null,
    measured_on date          not null,
    primary key (topic_id, position)
);

create table oversight_topic_history (
    id          bigint generated always as identity primary key,
    topic_id    bigint       not null,
    action      varchar(20)  not null,
    changed_by  bigint,
    changed_at  timestamptz  not null default now(),
    note        varchar(500),
    chain_seq   bigint       not null,
    prev_hash   bytea,
    row_hash    bytea        not null
);
create unique index oversight_topic_history_chain on oversight_topic_history (topic_id, chain_seq);

create function oversight_topic_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'oversight_topic_history is append-only';
end $$;
create trigger oversight_topic_history_no_update before update or delete on oversight_topic_history
    for each statement execute function oversight_topic_history_is_append_only();
create trigger oversight_topic_history_no_truncate before truncate on oversight_topic_history
    for each statement execute function oversight_topic_history_is_append_only();

create function oversight_topic_history_content(h oversight_topic_history) returns bytea language sql stable as $$
    select convert_to(jsonb_build_array(h.chain_seq, h.id, h.topic_id, h.action, h.changed_by,
                                        extract(epoch from h.changed_at), h.note)::text, 'UTF8')
$$;

create function oversight_topic_history_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(hashtextextended('oversight_topic_history ' || new.topic_id, 0));
    select chain_seq, row_hash into last_seq, last_hash from oversight_topic_history
    where topic_id = new.topic_id order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := last_hash;
    new.row_hash := sha256(coalesce(last_hash, ''::bytea) || oversight_topic_history_content(new));
    return new;
end $$;
create trigger oversight_topic_history_chain before insert on oversight_topic_history
    for each row execute function oversight_topic_history_chain();

-- API of the oversight module: the chain as the platform's history check reads it
create view oversight_topic_history_chain_view as
select h.topic_id::text as chain_key, h.id, h.chain_seq, h.changed_at as written_at, h.prev_hash, h.row_hash,
       sha256(coalesce(h.prev_hash, ''::bytea) || oversight_topic_history_content(h)) as computed_hash
from oversight_topic_history h;
