-- Each suggestion's history is a hash chain of its own, as the opinion history is (V51): every
-- row carries its place in its suggestion's chain, the hash of the step before it and its own,
-- sha256(prev_hash || content), computed by a trigger so that every writer is covered.
alter table suggestion_history
    add column chain_seq bigint not null,
    add column prev_hash bytea,
    add column row_hash  bytea not null;

create function suggestion_history_content(h suggestion_history) returns bytea language sql stable as $$
    select convert_to(jsonb_build_array(h.chain_seq, h.id, h.suggestion_id, extract(epoch from h.at), h.actor,
                                        h.action, h.from_status, h.to_status, h.note, h.handling_round, h.agency_id,
                                        h.deputy_id, h.promise_id, h.result_class, h.handling, h.result, h.due_on,
                                        h.level)::text, 'UTF8')
$$;

create unique index suggestion_history_chain on suggestion_history (suggestion_id, chain_seq);

create function suggestion_history_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(hashtextextended('suggestion_history ' || new.suggestion_id, 0));
    select chain_seq, row_hash into last_seq, last_hash from suggestion_history
    where suggestion_id = new.suggestion_id order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := last_hash;
    new.row_hash := sha256(coalesce(last_hash, ''::bytea) || suggestion_history_content(new));
    return new;
end $$;
create trigger suggestion_history_chain before insert on suggestion_history
    for each row execute function suggestion_history_chain();

-- API of the suggestion module: the chains as the platform's history check reads them (no content)
create view suggestion_history_chain_view as
select h.suggestion_id::text as chain_key, h.id, h.chain_seq, h.at as written_at, h.prev_hash, h.row_hash,
       sha256(coalesce(h.prev_hash, ''::bytea) || suggestion_history_content(h)) as computed_hash
from suggestion_history h;
