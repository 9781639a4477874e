-- The year-end work report (年度工作报告) of a region's office: the wording the office edits
-- around the figures (placeholders, never numbers), until it is published.
create table statistics_year_report (
    id            bigint generated always as identity primary key,
    region_code   varchar(12)  not null,
    year          integer      not null,
    wording       text         not null,
    status        varchar(12)  not null,
    created_by    bigint,
    published_by  bigint,
    published_at  timestamptz,
    version       integer      not null,
    unique (region_code, year)
);

-- What a publication froze: the wording and every figure's value as published. Append-only
-- like the histories (DESIGN §4), so that published numbers cannot change afterwards.
create table statistics_report_snapshot (
    id            bigint generated always as identity primary key,
    report_id     bigint       not null references statistics_year_report (id),
    region_code   varchar(12)  not null,
    year          integer      not null,
    wording       text         not null,
    figures       text         not null,  -- one line per figure: key=count, or key=numerator/denominator for a rate
    published_by  bigint,
    published_at  timestamptz  not null default now(),
    chain_seq     bigint       not null,
    prev_hash     bytea,
    row_hash      bytea        not null
);
create unique index statistics_report_snapshot_chain on statistics_report_snapshot (report_id, chain_seq);

create function statistics_report_snapshot_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'statistics_report_snapshot is append-only';
end $$;
create trigger statistics_report_snapshot_no_update before update or delete on statistics_report_snapshot
    for each statement execute function statistics_report_snapshot_is_append_only();
create trigger statistics_report_snapshot_no_truncate before truncate on statistics_report_snapshot
    for each statement execute function statistics_report_snapshot_is_append_only();

-- tamper evidence as for the other histories: sha256(prev_hash || content), by trigger
create function statistics_report_snapshot_content(s statistics_report_snapshot) returns bytea
    language sql stable as $$
    select convert_to(jsonb_build_array(s.chain_seq, s.id, s.report_id, s.region_code, s.year, s.wording, s.figures,
                                        s.published_by, extract(epoch from s.published_at))::text, 'UTF8')
$$;

create function statistics_report_snapshot_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(hashtextextended('statistics_report_snapshot ' || new.report_id, 0));
    select chain_seq, row_hash into last_seq, last_hash from statistics_report_snapshot
    where report_id = new.report_id order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := last_hash;
    new.row_hash := sha256(coalesce(last_hash, ''::bytea) || statistics_report_snapshot_content(new));
    return new;
end $$;
create trigger statistics_report_snapshot_chain before insert on statistics_report_snapshot
    for each row execute function statistics_report_snapshot_chain();

-- API of the statistics module: the chain as the platform's history check reads it
create view statistics_report_snapshot_chain_view as
select s.report_id::text as chain_key, s.id, s.chain_seq, s.published_at as written_at, s.prev_hash, s.row_hash,
       sha256(coalesce(s.prev_hash, ''::bytea) || statistics_report_snapshot_content(s)) as computed_hash
from statistics_report_snapshot s;

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'statistics:report:view'), ('CITY_ADMIN', 'statistics:report:edit'),
    ('CONGRESS_OFFICE', 'statistics:report:view'), ('CONGRESS_OFFICE', 'statistics:report:edit')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
