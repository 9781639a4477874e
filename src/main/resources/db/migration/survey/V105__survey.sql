-- Anonymous votes (测评, issue 14). A survey is an aggregate (state, @Version); its items are
-- kept by position. Who voted (survey_voter) and what was voted (survey_ballot) are two tables
-- with nothing in common but the survey: no voter id, no time, no sequence beside a ballot, a
-- random key, and on closing both are rewritten (ballots in random order, the roll in voter
-- order) by the closing transaction, so neither the physical order nor the writing transaction
-- (xmin) ties a ballot to a voter any more.
create table survey (
    id            bigint generated always as identity primary key,
    region_code   varchar(12)  not null,
    series        varchar(100) not null,
    year          integer      not null check (year between 2000 and 2100),
    title         varchar(100) not null,
    scale         varchar(16)  not null,
    max_choices   integer check (max_choices > 0),
    electorate    varchar(16)  not null,
    congress_id   bigint,
    group_id      bigint,
    opens_at      timestamptz  not null,
    closes_at     timestamptz  not null check (closes_at > opens_at),
    min_count     integer      not null check (min_count >= 1),
    rectify_below numeric(5,2) check (rectify_below between 0 and 100),
    revote_of     bigint references survey (id),
    state         varchar(8)   not null,
    -- how many could vote when it closed, so that an old year's turnout stays as it was
    electorate_size integer,
    created_by    bigint       not null,
    version       integer      not null default 0
);
create index survey_region on survey (region_code, year);
create index survey_series on survey (region_code, series, year);

create table survey_item (
    survey_id bigint       not null references survey (id) on delete cascade,
    position  integer      not null,
    label     varchar(100) not null,
    agency_id bigint,
    primary key (survey_id, position)
);

-- the roll: who has voted (a deputy 'D:<id>', a member of the public 'P:<phone lookup hash>')
create table survey_voter (
    survey_id bigint      not null references survey (id),
    voter_key varchar(80) not null,
    primary key (survey_id, voter_key)
);

-- the ballots: one answer per item, by position (satisfaction 1 满意 / 2 基本满意 / 3 不满意;
-- a scale 1..5; a choice 1 chosen / 0 not)
create table survey_ballot (
    id        uuid       primary key,
    survey_id bigint     not null references survey (id),
    answers   smallint[] not null
);
create index survey_ballot_survey on survey_ballot (survey_id);

-- paper ballots, each sheet typed in by two clerks; a sheet counts once both entries agree
create table survey_paper_entry (
    survey_id  bigint     not null references survey (id),
    sheet_no   integer    not null check (sheet_no > 0),
    clerk      smallint   not null check (clerk in (1, 2)),
    answers    smallint[] not null,
    entered_by bigint     not null,
    primary key (survey_id, sheet_no, clerk)
);

-- the rated agency's 整改 report for an item that fell below the survey's threshold
create table survey_rectification (
    survey_id    bigint        not null,
    position     integer       not null,
    report       varchar(2000) not null,
    submitted_by bigint        not null,
    submitted_at timestamptz   not null default now(),
    primary key (survey_id, position)
);

-- every step of a survey (DESIGN §4), append-only and hash-chained like the other histories
create table survey_history (
    id         bigint generated always as identity primary key,
    survey_id  bigint      not null,
    from_state varchar(8),
    to_state   varchar(8)  not null,
    changed_by bigint      not null,
    changed_at timestamptz not null default now(),
    chain_seq  bigint      not null,
    prev_hash  bytea,
    row_hash   bytea       not null
);
create unique index survey_history_chain on survey_history (survey_id, chain_seq);

create function survey_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'survey_history is append-only';
end $$;
create trigger survey_history_no_update before update or delete on survey_history
    for each statement execute function survey_history_is_append_only();
create trigger survey_history_no_truncate before truncate on survey_history
    for each statement execute function survey_history_is_append_only();

create function survey_history_content(h survey_history) returns bytea language sql stable as $$
    select convert_to(jsonb_build_array(h.chain_seq, h.id, h.survey_id, h.from_state, h.to_state, h.changed_by,
                                        extract(epoch from h.changed_at))::text, 'UTF8')
$$;

create function survey_history_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(hashtextextended('survey_history ' || new.survey_id, 0));
    select chain_seq, row_hash into last_seq, last_hash from survey_history
    where survey_id = new.survey_id order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := last_hash;
    new.row_hash := sha256(coalesce(last_hash, ''::bytea) || survey_history_content(new));
    return new;
end $$;
create trigger survey_history_chain before insert on survey_history
    for each row execute function survey_history_chain();

-- API of the survey module: the chain as the platform's history check reads it
create view survey_history_chain_view as
select h.survey_id::text as chain_key, h.id, h.chain_seq, h.changed_at as written_at, h.prev_hash, h.row_hash,
       sha256(coalesce(h.prev_hash, ''::bytea) || survey_history_content(h)) as computed_hash
from survey_history h;

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'survey:survey:view'), ('CITY_ADMIN', 'survey:survey:edit'), ('CITY_ADMIN', 'survey:paper:enter'),
    ('CONGRESS_OFFICE', 'survey:survey:view'), ('CONGRESS_OFFICE', 'survey:survey:edit'),
    ('CONGRESS_OFFICE', 'survey:paper:enter'),
    ('AGENCY_HANDLER', 'survey:survey:view'), ('AGENCY_HANDLER', 'survey:rectification:submit'),
    ('DEPUTY', 'survey:ballot:cast')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
