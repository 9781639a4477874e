-- Consultations (立法征询, issue 16): a legislature (or the author of a normative document) asks a
-- contact point for opinions on a draft, to be answered upward by a deadline. The stage follows
-- the "six steps": received (接收任务), gathering (发布征集·收集意见), merging (整理归纳), reported
-- (报送) and answered (反馈). The draft's text is kept per version, article by article, as it
-- arrived; a revised draft is a new version beside the old one, never an edit of it.
create table legislation_consultation (
    id               bigint generated always as identity primary key,
    point_id         bigint        not null,
    region_code      varchar(12)   not null,
    source_level     varchar(12)   not null,
    source_body      varchar(100)  not null,
    title            varchar(200)  not null,
    received_on      date          not null,
    answer_due_on    date          not null,
    stage            varchar(12)   not null,
    current_version  integer       not null default 0,
    supervision_level integer      not null default 0,
    created_by       bigint,
    created_at       timestamptz   not null default now(),
    version          integer       not null default 0
);
create index legislation_consultation_region on legislation_consultation (region_code, id desc);
create index legislation_consultation_open on legislation_consultation (answer_due_on, id)
    where stage in ('RECEIVED', 'GATHERING', 'MERGING');

create table legislation_draft_version (
    id               bigint generated always as identity primary key,
    consultation_id  bigint        not null references legislation_consultation (id),
    number           integer       not null,
    received_on      date          not null,
    note             varchar(200),
    articles         integer       not null,
    created_by       bigint,
    created_at       timestamptz   not null default now(),
    unique (consultation_id, number)
);

-- paragraphs (款) are the article's lines, in order
create table legislation_draft_article (
    id               bigint generated always as identity primary key,
    version_id       bigint        not null references legislation_draft_version (id),
    number           integer       not null,
    chapter          varchar(100),
    text             text          not null,
    unique (version_id, number)
);

-- The append-only history of consultations (DESIGN §4): each step, who took it, when, from which
-- stage (none for the first) to which, and why (a revised draft's number, an override reason).
create table legislation_consultation_history (
    id               bigint generated always as identity primary key,
    consultation_id  bigint        not null,
    from_stage       varchar(12),
    to_stage         varchar(12)   not null,
    changed_by       bigint,
    changed_at       timestamptz   not null default now(),
    reason           varchar(500),
    chain_seq        bigint        not null,
    prev_hash        bytea,
    row_hash         bytea         not null
);
create unique index legislation_consultation_history_chain on legislation_consultation_history (consultation_id, chain_seq);

create function legislation_consultation_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'legislation_consultation_history is append-only';
end $$;
create trigger legislation_consultation_history_no_update before update or delete on legislation_consultation_history
    for each statement execute function legislation_consultation_history_is_append_only();
create trigger legislation_consultation_history_no_truncate before truncate on legislation_consultation_history
    for each statement execute function legislation_consultation_history_is_append_only();

-- tamper evidence as for the other histories: each consultation's steps are a hash chain,
-- sha256(prev_hash || content), computed by a trigger so that every writer is covered
create function legislation_consultation_history_content(h legislation_consultation_history) returns bytea
    language sql stable as $$
    select convert_to(jsonb_build_array(h.chain_seq, h.id, h.consultation_id, h.from_stage, h.to_stage, h.changed_by,
                                        extract(epoch from h.changed_at), h.reason)::text, 'UTF8')
$$;

create function legislation_consultation_history_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(hashtextextended('legislation_consultation_history ' || new.consultation_id, 0));
    select chain_seq, row_hash into last_seq, last_hash from legislation_consultation_history
    where consultation_id = new.consultation_id order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := last_hash;
    new.row_hash := sha256(coalesce(last_hash, ''::bytea) || legislation_consultation_history_content(new));
    return new;
end $$;
create trigger legislation_consultation_history_chain before insert on legislation_consultation_history
    for each row execute function legislation_consultation_history_chain();

-- API of the legislation module: the chain as the platform's history check reads it
create view legislation_consultation_history_chain_view as
select h.consultation_id::text as chain_key, h.id, h.chain_seq, h.changed_at as written_at, h.prev_hash, h.row_hash,
       sha256(coalesce(h.prev_hash, ''::bytea) || legislation_consultation_history_content(h)) as computed_hash
from legislation_consultation_history h;

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'legislation:consultation:view'), ('CITY_ADMIN', 'legislation:consultation:edit'),
    ('CONGRESS_OFFICE', 'legislation:consultation:view'), ('CONGRESS_OFFICE', 'legislation:consultation:edit'),
    ('STATION_ADMIN', 'legislation:consultation:view')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
