-- Oversight activities (issue 15): inspections (视察), research (调研), law-enforcement
-- inspections (执法检查, naming the laws checked) and special inquiries, with who took part
-- (deputies, legal experts, trade representatives, others), the methods used and the places
-- visited. Each activity is an aggregate; its moves are kept in an append-only, hash-chained
-- history, as the other modules keep theirs.
create table oversight_activity (
    id                bigint generated always as identity primary key,
    kind              varchar(20)   not null check (kind in ('INSPECTION', 'RESEARCH', 'LAW_ENFORCEMENT', 'SPECIAL_INQUIRY')),
    title             varchar(200)  not null,
    region_code       varchar(12)   not null references region (code),
    organiser         varchar(200)  not null,
    joint_organisers  varchar(500),
    laws_checked      varchar(1000),
    starts_on         date          not null,
    ends_on           date          not null,
    preparatory_study varchar(2000),
    report            varchar(8000),
    state             varchar(12)   not null check (state in ('PLANNED', 'UNDER_WAY', 'COMPLETED')),
    created_by        bigint        references staff_user (id),
    created_at        timestamptz   not null default now(),
    version           integer       not null default 0,
    check (ends_on >= starts_on)
);
create index oversight_activity_region on oversight_activity (region_code, starts_on desc);

create table oversight_activity_method (
    activity_id bigint      not null references oversight_activity (id) on delete cascade,
    method      varchar(24) not null check (method in ('RANDOM', 'SURPRISE', 'ON_SITE_QUESTIONING', 'HEARING_REPORTS')),
    primary key (activity_id, method)
);

-- a deputy by id; an expert, trade representative or other person by name
create table oversight_participant (
    activity_id bigint       not null references oversight_activity (id) on delete cascade,
    role        varchar(16)  not null check (role in ('DEPUTY', 'EXPERT', 'TRADE', 'OTHER')),
    deputy_id   bigint       references deputy (id),
    name        varchar(100) not null,
    check ((role = 'DEPUTY') = (deputy_id is not null))
);
create unique index oversight_participant_once on oversight_participant (activity_id, role, name);

create table oversight_visit (
    activity_id bigint        not null references oversight_activity (id) on delete cascade,
    position    integer       not null,
    visited_on  date          not null,
    place       varchar(200)  not null,
    site_kind   varchar(16)   not null check (site_kind in ('HARBOUR', 'BUILDING_SITE', 'HOSPITAL', 'SUPERMARKET',
                                                             'STREET', 'FIRM', 'SCHOOL', 'CANTEEN', 'OTHER')),
    unannounced boolean       not null,
    notes       varchar(1000),
    primary key (activity_id, position)
);

create table oversight_activity_history (
    id          bigint generated always as identity primary key,
    activity_id bigint       not null,
    from_state  varchar(12),
    to_state    varchar(12)  not null,
    changed_by  bigint,
    changed_at  timestamptz  not null default now(),
    note        varchar(500),
    chain_seq   bigint       not null,
    prev_hash   bytea,
    row_hash    bytea        not null
);
create unique index oversight_activity_history_chain on oversight_activity_history (activity_id, chain_seq);

create function oversight_activity_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'oversight_activity_history is append-only';
end $$;
create trigger oversight_activity_history_no_update before update or delete on oversight_activity_history
    for each statement execute function oversight_activity_history_is_append_only();
create trigger oversight_activity_history_no_truncate before truncate on oversight_activity_history
    for each statement execute function oversight_activity_history_is_append_only();

create function oversight_activity_history_content(h oversight_activity_history) returns bytea language sql stable as $$
    select convert_to(jsonb_build_array(h.chain_seq, h.id, h.activity_id, h.from_state, h.to_state, h.changed_by,
                                        extract(epoch from h.changed_at), h.note)::text, 'UTF8')
$$;

create function oversight_activity_history_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(hashtextextended('oversight_activity_history ' || new.activity_id, 0));
    select chain_seq, row_hash into last_seq, last_hash from oversight_activity_history
    where activity_id = new.activity_id order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := last_hash;
    new.row_hash := sha256(coalesce(last_hash, ''::bytea) || oversight_activity_history_content(new));
    return new;
end $$;
create trigger oversight_activity_history_chain before insert on oversight_activity_history
    for each row execute function oversight_activity_history_chain();

-- API of the oversight module: the chain as the platform's history check reads it
create view oversight_activity_history_chain_view as
select h.activity_id::text as chain_key, h.id, h.chain_seq, h.changed_at as written_at, h.prev_hash, h.row_hash,
       sha256(coalesce(h.prev_hash, ''::bytea) || oversight_activity_history_content(h)) as computed_hash
from oversight_activity_history h;

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'oversight:activity:view'), ('CITY_ADMIN', 'oversight:activity:edit'),
    ('CONGRESS_OFFICE', 'oversight:activity:view'), ('CONGRESS_OFFICE', 'oversight:activity:edit')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
