-- Tamper evidence (issue 12): the operation log is one hash chain. Every row carries its place
-- in the chain, the hash of the row before it and its own hash, sha256(prev_hash || content),
-- computed here by a trigger so that every writer is covered. A row changed or removed
-- outside the application (by the tables' owner, with the triggers switched off) no longer
-- matches: the platform's history check names it. The operation log is one chain, so writers
-- take their turn on an advisory lock held until they commit.
alter table operation_log
    add column chain_seq bigint,
    add column prev_hash bytea,
    add column row_hash  bytea;

-- what a row's hash covers: every column, in a form that does not depend on the session's
-- time zone or date style
create function operation_log_content(r operation_log) returns bytea language sql stable as $$
    select convert_to(jsonb_build_array(r.chain_seq, r.id, extract(epoch from r.occurred_at), r.username, r.action,
                                        r.target, r.detail, r.remote_address)::text, 'UTF8')
$$;

-- the rows written before the chain began, in the order they were written
alter table operation_log disable trigger operation_log_no_update;
do $$
declare
    r operation_log;
    seq bigint := 0;
    last_hash bytea;
begin
    for r in select * from operation_log order by id loop
        seq := seq + 1;
        r.chain_seq := seq;
        r.prev_hash := last_hash;
        last_hash := sha256(coalesce(r.prev_hash, ''::bytea) || operation_log_content(r));
        update operation_log set chain_seq = seq, prev_hash = r.prev_hash, row_hash = last_hash where id = r.id;
    end loop;
end $$;
alter table operation_log enable trigger operation_log_no_update;

alter table operation_log alter column chain_seq set not null, alter column row_hash set not null;
-- the chain's head, found by one index look-up per insert
create unique index operation_log_chain on operation_log (chain_seq);

create function operation_log_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(hashtextextended('operation_log', 0));
    select chain_seq, row_hash into last_seq, last_hash from operation_log order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := last_hash;
    new.row_hash := sha256(coalesce(last_hash, ''::bytea) || operation_log_content(new));
    return new;
end $$;
create trigger operation_log_chain before insert on operation_log
    for each row execute function operation_log_chain();

create trigger operation_log_no_truncate before truncate on operation_log
    for each statement execute function operation_log_is_append_only();

-- API of the account module: the chain as the platform's history check reads it (no content,
-- only each row's place, its hashes and the hash its content gives now)
create view operation_log_chain_view as
select 'operation_log'::text as chain_key, r.id, r.chain_seq, r.occurred_at as written_at, r.prev_hash, r.row_hash,
       sha256(coalesce(r.prev_hash, ''::bytea) || operation_log_content(r)) as computed_hash
from operation_log r;
