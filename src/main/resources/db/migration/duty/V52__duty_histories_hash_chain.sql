-- Tamper evidence (issue 12): each duty record's history and each evaluation mark's history is
-- a hash chain of its own. Every row carries its place in its chain, the hash of the row before
-- it and its own hash, sha256(prev_hash || content), computed here by a trigger so that every
-- writer is covered. A row changed or removed outside the application (by the tables' owner,
-- with the triggers switched off) no longer matches: the platform's history check names it.
-- Two moves of one record (or mark) take their turn on an advisory lock; others do not wait.
alter table duty_record_history
    add column chain_seq bigint,
    add column prev_hash bytea,
    add column row_hash  bytea;
alter table evaluation_mark_history
    add column chain_seq bigint,
    add column prev_hash bytea,
    add column row_hash  bytea;

-- what a row's hash covers: every column, in a form that does not depend on the session's
-- time zone or date style
create function duty_record_history_content(h duty_record_history) returns bytea language sql stable as $$
    select convert_to(jsonb_build_array(h.chain_seq, h.id, h.record_id, h.from_state, h.to_state, h.changed_by,
                                        extract(epoch from h.changed_at), h.reason)::text, 'UTF8')
$$;
create function evaluation_mark_history_content(h evaluation_mark_history) returns bytea language sql stable as $$
    select convert_to(jsonb_build_array(h.chain_seq, h.id, h.batch_id, h.dimension_id, h.deputy_id, h.role,
                                        h.from_mark, h.to_mark, h.changed_by, extract(epoch from h.changed_at))::text,
                      'UTF8')
$$;

-- the rows written before the chains began, chain by chain in the order they were written
alter table duty_record_history disable trigger duty_record_history_no_update;
do $$
declare
    h duty_record_history;
    last_record bigint;
    seq bigint;
    last_hash bytea;
begin
    for h in select * from duty_record_history order by record_id, id loop
        if last_record is distinct from h.record_id then
            last_record := h.record_id;
            seq := 0;
            last_hash := null;
        end if;
        seq := seq + 1;
        h.chain_seq := seq;
        h.prev_hash := last_hash;
        last_hash := sha256(coalesce(h.prev_hash, ''::bytea) || duty_record_history_content(h));
        update duty_record_history set chain_seq = seq, prev_hash = h.prev_hash, row_hash = last_hash where id = h.id;
    end loop;
end $$;
alter table duty_record_history enable trigger duty_record_history_no_update;

alter table evaluation_mark_history disable trigger evaluation_mark_history_no_update;
do $$
declare
    h evaluation_mark_history;
    last_mark text;
    seq bigint;
    last_hash bytea;
begin
    for h in select * from evaluation_mark_history order by dimension_id, deputy_id, role, id loop
        if last_mark is distinct from h.dimension_id || '/' || h.deputy_id || '/' || h.role then
            last_mark := h.dimension_id || '/' || h.deputy_id || '/' || h.role;
            seq := 0;
            last_hash := null;
        end if;
        seq := seq + 1;
        h.chain_seq := seq;
        h.prev_hash := last_hash;
        last_hash := sha256(coalesce(h.prev_hash, ''::bytea) || evaluation_mark_history_content(h));
        update evaluation_mark_history set chain_seq = seq, prev_hash = h.prev_hash, row_hash = last_hash
        where id = h.id;
    end loop;
end $$;
alter table evaluation_mark_history enable trigger evaluation_mark_history_no_update;

alter table duty_record_history alter column chain_seq set not null, alter column row_hash set not null;
alter table evaluation_mark_history alter column chain_seq set not null, alter column row_hash set not null;
-- each chain's head, found by one index look-up per insert
create unique index duty_record_history_chain on duty_record_history (record_id, chain_seq);
create unique index evaluation_mark_history_chain on evaluation_mark_history (dimension_id, deputy_id, role, chain_seq);

create function duty_record_history_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(hashtextextended('duty_record_history ' || new.record_id, 0));
    select chain_seq, row_hash into last_seq, last_hash from duty_record_history
    where record_id = new.record_id order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := last_hash;
    new.row_hash := sha256(coalesce(last_hash, ''::bytea) || duty_record_history_content(new));
    return new;
end $$;
create trigger duty_record_history_chain before insert on duty_record_history
    for each row execute function duty_record_history_chain();

create function evaluation_mark_history_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(
        hashtextextended('evaluation_mark_history ' || new.dimension_id || '/' || new.deputy_id || '/' || new.role, 0));
    select chain_seq, row_hash into last_seq, last_hash from evaluation_mark_history
    where dimension_id = new.dimension_id and deputy_id = new.deputy_id and role = new.role
    order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := last_hash;
    new.row_hash := sha256(coalesce(last_hash, ''::bytea) || evaluation_mark_history_content(new));
    return new;
end $$;
create trigger evaluation_mark_history_chain before insert on evaluation_mark_history
    for each row execute function evaluation_mark_history_chain();

create trigger duty_record_history_no_truncate before truncate on duty_record_history
    for each statement execute function duty_record_history_is_append_only();
create trigger evaluation_mark_history_no_truncate before truncate on evaluation_mark_history
    for each statement execute function evaluation_mark_history_is_append_only();

-- API of the duty module: the chains as the platform's history check reads them (no content,
-- only each row's chain, place, hashes and the hash its content gives now)
create view duty_record_history_chain_view as
select h.record_id::text as chain_key, h.id, h.chain_seq, h.changed_at as written_at, h.prev_hash, h.row_hash,
       sha256(coalesce(h.prev_hash, ''::bytea) || duty_record_history_content(h)) as computed_hash
from duty_record_history h;
create view evaluation_mark_history_chain_view as
select h.dimension_id || '/' || h.deputy_id || '/' || h.role as chain_key, h.id, h.chain_seq,
       h.changed_at as written_at, h.prev_hash, h.row_hash,
       sha256(coalesce(h.prev_hash, ''::bytea) || evaluation_mark_history_content(h)) as computed_hash
from evaluation_mark_history h;
