-- The append-only history of duty records (DESIGN §4): a row for each move of a record,
-- who made it (none when another module's event made it), when, from which state (none
-- for the first) to which, and why (the return reason; for a record an event made, the
-- kind of event). Written in the transaction that moves the record. Plain ids, no
-- foreign key: a record its event takes back keeps its trace.
create table duty_record_history (
    id         bigint generated always as identity primary key,
    record_id  bigint       not null,
    from_state varchar(12),
    to_state   varchar(12)  not null,
    changed_by bigint,
    changed_at timestamptz  not null default now(),
    reason     varchar(500)
);
create index duty_record_history_record on duty_record_history (record_id, id);

create function duty_record_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'duty_record_history is append-only';
end $$;
create trigger duty_record_history_no_update before update or delete on duty_record_history
    for each statement execute function duty_record_history_is_append_only();

-- every record entered before this history began: its submission, and its decision
insert into duty_record_history (record_id, from_state, to_state, changed_by, changed_at, reason)
select r.id, null, 'SUBMITTED', r.created_by, r.created_at,
       case when r.created_by is null and r.source_ref is not null then split_part(r.source_ref, ':', 1) end
from duty_record r
order by r.id;

insert into duty_record_history (record_id, from_state, to_state, changed_by, changed_at, reason)
select r.id, 'SUBMITTED', r.state, r.verified_by, coalesce(r.verified_at, r.created_at), r.return_reason
from duty_record r
where r.state in ('VERIFIED', 'RETURNED')
order by r.id;
