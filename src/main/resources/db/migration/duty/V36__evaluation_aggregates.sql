-- An evaluation batch and each mark in it are saved as aggregates: a version refuses a
-- concurrent change, and a mark gets an id of its own to be saved by.
alter table evaluation_batch add column version integer not null default 0;
alter table evaluation_mark add column id bigint generated always as identity;
alter table evaluation_mark add constraint evaluation_mark_id unique (id);
alter table evaluation_mark add column version integer not null default 0;

-- Every value a mark has had (DESIGN §4: who, when, from, to). Append-only, like the
-- opinion's history. Plain ids, no foreign keys: removing a dimension (with its marks)
-- before anyone submits must not take the trace with it.
create table evaluation_mark_history (
    id           bigint generated always as identity primary key,
    batch_id     bigint       not null,
    dimension_id bigint       not null,
    deputy_id    bigint       not null,
    role         varchar(8)   not null,
    from_mark    numeric(7,2),
    to_mark      numeric(7,2) not null,
    changed_by   bigint,
    changed_at   timestamptz  not null default now()
);
create index evaluation_mark_history_mark on evaluation_mark_history (dimension_id, deputy_id, role, id);

create function evaluation_mark_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'evaluation_mark_history is append-only';
end $$;
create trigger evaluation_mark_history_no_update before update or delete on evaluation_mark_history
    for each statement execute function evaluation_mark_history_is_append_only();
