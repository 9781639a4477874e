-- Daily anchors of the append-only histories (issue 12): for each history, the hash over the
-- heads of all its chains as they stood, covering its rows up to up_to_id. Re-computed later,
-- a different hash means a chain's head was changed or removed since. The anchors are a hash
-- chain themselves (one chain), written by a trigger like the histories', and append-only.
create table history_anchor (
    id           bigint generated always as identity primary key,
    anchored_at  timestamptz not null default now(),
    history      varchar(64) not null,
    up_to_id     bigint      not null,
    chains       bigint      not null,
    heads_hash   bytea       not null,
    chain_seq    bigint      not null,
    prev_hash    bytea,
    row_hash     bytea       not null
);
create unique index history_anchor_chain on history_anchor (chain_seq);
create index history_anchor_history on history_anchor (history, id desc);

create function history_anchor_content(a history_anchor) returns bytea language sql stable as $$
    select convert_to(jsonb_build_array(a.chain_seq, a.id, extract(epoch from a.anchored_at), a.history, a.up_to_id,
                                        a.chains, encode(a.heads_hash, 'hex'))::text, 'UTF8')
$$;

create function history_anchor_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(hashtextextended('history_anchor', 0));
    select chain_seq, row_hash into last_seq, last_hash from history_anchor order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := last_hash;
    new.row_hash := sha256(coalesce(last_hash, ''::bytea) || history_anchor_content(new));
    return new;
end $$;
create trigger history_anchor_chain before insert on history_anchor
    for each row execute function history_anchor_chain();

create function history_anchor_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'history_anchor is append-only';
end $$;
create trigger history_anchor_no_update before update or delete or truncate on history_anchor
    for each statement execute function history_anchor_is_append_only();

create view history_anchor_chain_view as
select 'history_anchor'::text as chain_key, a.id, a.chain_seq, a.anchored_at as written_at, a.prev_hash, a.row_hash,
       sha256(coalesce(a.prev_hash, ''::bytea) || history_anchor_content(a)) as computed_hash
from history_anchor a;

-- what each check of the chains and anchors found: the first broken link, or nothing
create table history_check (
    id         bigint generated always as identity primary key,
    checked_at timestamptz   not null default now(),
    rows_read  bigint        not null,
    broken     boolean       not null,
    history    varchar(64),
    chain_key  varchar(200),
    row_id     bigint,
    finding    varchar(500)
);
create index history_check_time on history_check (checked_at desc);
