-- Tamper evidence (issue 12): each case's history is a hash chain of its own. Every row carries
-- its place in its case's chain, the hash of the step before it and its own hash,
-- sha256(prev_hash || content), computed here by a trigger so that every writer is covered.
-- A step changed or removed outside the application (by the tables' owner, with the triggers
-- switched off) no longer matches: the platform's history check names it. Two steps of one
-- case take their turn on an advisory lock; steps of different cases do not wait.
alter table opinion_history
    add column chain_seq bigint,
    add column prev_hash bytea,
    add column row_hash  bytea;

-- what a step's hash covers: every column, in a form that does not depend on the session's
-- time zone or date style
create function opinion_history_content(h opinion_history) returns bytea language sql stable as $$
    select convert_to(jsonb_build_array(h.chain_seq, h.id, h.opinion_id, extract(epoch from h.at), h.actor, h.action,
                                        h.from_status, h.to_status, h.note, h.agency_id, h.result_class, h.rating,
                                        h.channel, h.days)::text, 'UTF8')
$$;

-- the steps taken before the chains began, case by case in the order they were taken
alter table opinion_history disable trigger opinion_history_no_update;
do $$
declare
    h opinion_history;
    last_case bigint;
    seq bigint;
    last_hash bytea;
begin
    for h in select * from opinion_history order by opinion_id, id loop
        if last_case is distinct from h.opinion_id then
            last_case := h.opinion_id;
            seq := 0;
            last_hash := null;
        end if;
        seq := seq + 1;
        h.chain_seq := seq;
        h.prev_hash := last_hash;
        last_hash := sha256(coalesce(h.prev_hash, ''::bytea) || opinion_history_content(h));
        update opinion_history set chain_seq = seq, prev_hash = h.prev_hash, row_hash = last_hash where id = h.id;
    end loop;
end $$;
alter table opinion_history enable trigger opinion_history_no_update;

alter table opinion_history alter column chain_seq set not null, alter column row_hash set not null;
-- a case's head step, found by one index look-up per insert
create unique index opinion_history_chain on opinion_history (opinion_id, chain_seq);

create function opinion_history_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(hashtextextended('opinion_history ' || new.opinion_id, 0));
    select chain_seq, row_hash into last_seq, last_hash from opinion_history
    where opinion_id = new.opinion_id order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := last_hash;
    new.row_hash := sha256(coalesce(last_hash, ''::bytea) || opinion_history_content(new));
    return new;
end $$;
create trigger opinion_history_chain before insert on opinion_history
    for each row execute function opinion_history_chain();

create trigger opinion_history_no_truncate before truncate on opinion_history
    for each statement execute function opinion_history_is_append_only();

-- API of the opinion module: the chains as the platform's history check reads them (no
-- content, only each step's case, place, hashes and the hash its content gives now)
create view opinion_history_chain_view as
select h.opinion_id::text as chain_key, h.id, h.chain_seq, h.at as written_at, h.prev_hash, h.row_hash,
       sha256(coalesce(h.prev_hash, ''::bytea) || opinion_history_content(h)) as computed_hash
from opinion_history h;
