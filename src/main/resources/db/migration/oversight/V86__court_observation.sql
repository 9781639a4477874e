-- Court-hearing observation (旁听庭审, issue 15): a court's hearing that deputies may observe,
-- with a number of seats; deputies sign up (beyond the seats on a waiting list), attend, fill
-- the six-item evaluation form, and discuss the hearing afterwards (座谈评议); each opinion of
-- the discussion is sent to the court and its reply tracked until given. The three steps of
-- 鲅鱼圈 (提前了解、合力调解、座谈评议) are the hearing's states. The court is an agency of kind
-- COURT, so that its handlers may see its hearings and reply.
create table court_hearing (
    id          bigint generated always as identity primary key,
    region_code varchar(12)   not null references region (code),
    court_id    bigint        not null references agency (id),
    case_title  varchar(200)  not null,
    case_kind   varchar(16)   not null check (case_kind in ('CIVIL', 'CRIMINAL', 'ADMINISTRATIVE', 'ENFORCEMENT')),
    held_on     date          not null,
    place       varchar(200)  not null,
    seats       integer       not null check (seats between 1 and 100),
    briefing    varchar(2000),
    state       varchar(12)   not null check (state in ('SCHEDULED', 'HELD', 'DISCUSSED')),
    discussion  varchar(4000),
    created_by  bigint        references staff_user (id),
    created_at  timestamptz   not null default now(),
    version     integer       not null default 0
);
create index court_hearing_region on court_hearing (region_code, held_on desc);
create index court_hearing_court on court_hearing (court_id, held_on desc);

-- a deputy's sign-up, in the order they came: the first `seats` hold a seat, the rest wait
create table court_hearing_seat (
    hearing_id bigint      not null references court_hearing (id) on delete cascade,
    position   integer     not null,
    deputy_id  bigint      not null references deputy (id),
    state      varchar(12) not null check (state in ('SIGNED_UP', 'WAITING', 'ATTENDED', 'ABSENT')),
    primary key (hearing_id, position),
    unique (hearing_id, deputy_id)
);
create index court_hearing_seat_deputy on court_hearing_seat (deputy_id);

create table court_hearing_evaluation (
    hearing_id bigint        not null references court_hearing (id) on delete cascade,
    deputy_id  bigint        not null references deputy (id),
    item       varchar(12)   not null check (item in ('ETIQUETTE', 'CONDUCT', 'PROCEDURE', 'ABILITY', 'EFFICIENCY',
                                                      'EFFECT')),
    rating     integer       not null check (rating between 1 and 5),
    comment    varchar(500),
    primary key (hearing_id, deputy_id, item)
);

create table court_hearing_opinion (
    hearing_id bigint        not null references court_hearing (id) on delete cascade,
    position   integer       not null,
    opinion    varchar(1000) not null,
    reply      varchar(2000),
    replied_on date,
    primary key (hearing_id, position)
);

create table court_hearing_history (
    id         bigint generated always as identity primary key,
    hearing_id bigint       not null,
    from_state varchar(12),
    to_state   varchar(12)  not null,
    changed_by bigint,
    changed_at timestamptz  not null default now(),
    note       varchar(1000),
    chain_seq  bigint       not null,
    prev_hash  bytea,
    row_hash   bytea        not null
);
create unique index court_hearing_history_chain on court_hearing_history (hearing_id, chain_seq);

create function court_hearing_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'court_hearing_history is append-only';
end $$;
create trigger court_hearing_history_no_update before update or delete on court_hearing_history
    for each statement execute function court_hearing_history_is_append_only();
create trigger court_hearing_history_no_truncate before truncate on court_hearing_history
    for each statement execute function court_hearing_history_is_append_only();

create function court_hearing_history_content(h court_hearing_history) returns bytea language sql stable as $$
    select convert_to(jsonb_build_array(h.chain_seq, h.id, h.hearing_id, h.from_state, h.to_state, h.changed_by,
                                        extract(epoch from h.changed_at), h.note)::text, 'UTF8')
$$;

create function court_hearing_history_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(hashtextextended('court_hearing_history ' || new.hearing_id, 0));
    select chain_seq, row_hash into last_seq, last_hash from court_hearing_history
    where hearing_id = new.hearing_id order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := last_hash;
    new.row_hash := sha256(coalesce(last_hash, ''::bytea) || court_hearing_history_content(new));
    return new;
end $$;
create trigger court_hearing_history_chain before insert on court_hearing_history
    for each row execute function court_hearing_history_chain();

-- API of the oversight module: the chain as the platform's history check reads it
create view court_hearing_history_chain_view as
select h.hearing_id::text as chain_key, h.id, h.chain_seq, h.changed_at as written_at, h.prev_hash, h.row_hash,
       sha256(coalesce(h.prev_hash, ''::bytea) || court_hearing_history_content(h)) as computed_hash
from court_hearing_history h;

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'oversight:hearing:view'), ('CITY_ADMIN', 'oversight:hearing:edit'),
    ('CONGRESS_OFFICE', 'oversight:hearing:view'), ('CONGRESS_OFFICE', 'oversight:hearing:edit'),
    ('AGENCY_HANDLER', 'oversight:hearing:view'), ('AGENCY_HANDLER', 'oversight:hearing:reply')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
