-- Issue lists (问题清单): each finding of an oversight activity is an item of its own, with the
-- unit responsible and the deadline to rectify by; the unit reports rectification with
-- evidence, a reviewer (the office, or a deputy for it) checks it on site or on file and
-- accepts (销号) or sends it back; a follow-up visit (回头看) falls due a chosen number of days
-- after closing. clock_due_on is the last day of whatever the item waits for now (the unit's
-- rectification, the office's check, the follow-up): the supervision watch reads it, and
-- level is how far the watch has escalated on that clock.
create table oversight_issue_item (
    id                     bigint generated always as identity primary key,
    activity_id            bigint        not null references oversight_activity (id),
    region_code            varchar(12)   not null references region (code),
    place                  varchar(200)  not null,
    description            varchar(2000) not null,
    evidence               varchar(2000),
    rule_concerned         varchar(500),
    agency_id              bigint        not null references agency (id),
    rectification_required varchar(2000) not null,
    due_on                 date          not null,
    state                  varchar(12)   not null check (state in ('ASSIGNED', 'REPORTED', 'SENT_BACK', 'CLOSED',
                                                                   'FOLLOWED_UP')),
    clock_due_on           date,
    level                  integer       not null default 0,
    follow_up_days         integer       not null check (follow_up_days between 1 and 730),
    closed_on              date,
    follow_up_verdict      varchar(500),
    -- an API client's Idempotency-Key ('api:<user>:<key>') and a digest of its request
    source_ref             varchar(160)  unique,
    source_hash            varchar(64),
    created_by             bigint        references staff_user (id),
    created_at             timestamptz   not null default now(),
    version                integer       not null default 0
);
create index oversight_issue_item_activity on oversight_issue_item (activity_id, id);
create index oversight_issue_item_agency on oversight_issue_item (agency_id, state);
create index oversight_issue_item_region on oversight_issue_item (region_code, state);
create index oversight_issue_item_clock on oversight_issue_item (clock_due_on, id) where clock_due_on is not null;

-- what the unit reported, and what the reviewer decided on it
create table oversight_rectification (
    item_id       bigint        not null references oversight_issue_item (id) on delete cascade,
    position      integer       not null,
    reported_on   date          not null,
    reported_by   bigint        references staff_user (id),
    account       varchar(2000) not null,
    reviewed_on   date,
    reviewed_by   bigint        references staff_user (id),
    review_method varchar(8)    check (review_method in ('ON_SITE', 'ON_FILE')),
    accepted      boolean,
    review_note   varchar(1000),
    primary key (item_id, position)
);

-- photos: of the finding (position null) or of one rectification report
create table oversight_issue_file (
    item_id       bigint       not null references oversight_issue_item (id) on delete cascade,
    file_key      varchar(200) not null,
    rectification integer,
    primary key (item_id, file_key)
);

create table oversight_issue_item_history (
    id         bigint generated always as identity primary key,
    item_id    bigint       not null,
    from_state varchar(12),
    to_state   varchar(12)  not null,
    changed_by bigint,
    changed_at timestamptz  not null default now(),
    note       varchar(1000),
    chain_seq  bigint       not null,
    prev_hash  bytea,
    row_hash   bytea        not null
);
create unique index oversight_issue_item_history_chain on oversight_issue_item_history (item_id, chain_seq);

create function oversight_issue_item_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'oversight_issue_item_history is append-only';
end $$;
create trigger oversight_issue_item_history_no_update before update or delete on oversight_issue_item_history
    for each statement execute function oversight_issue_item_history_is_append_only();
create trigger oversight_issue_item_history_no_truncate before truncate on oversight_issue_item_history
    for each statement execute function oversight_issue_item_history_is_append_only();

create function oversight_issue_item_history_content(h oversight_issue_item_history) returns bytea
language sql stable as $$
    select convert_to(jsonb_build_array(h.chain_seq, h.id, h.item_id, h.from_state, h.to_state, h.changed_by,
                                        extract(epoch from h.changed_at), h.note)::text, 'UTF8')
$$;

create function oversight_issue_item_history_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(hashtextextended('oversight_issue_item_history ' || new.item_id, 0));
    select chain_seq, row_hash into last_seq, last_hash from oversight_issue_item_history
    where item_id = new.item_id order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := last_hash;
    new.row_hash := sha256(coalesce(last_hash, ''::bytea) || oversight_issue_item_history_content(new));
    return new;
end $$;
create trigger oversight_issue_item_history_chain before insert on oversight_issue_item_history
    for each row execute function oversight_issue_item_history_chain();

-- API of the oversight module: the chain as the platform's history check reads it
create view oversight_issue_item_history_chain_view as
select h.item_id::text as chain_key, h.id, h.chain_seq, h.changed_at as written_at, h.prev_hash, h.row_hash,
       sha256(coalesce(h.prev_hash, ''::bytea) || oversight_issue_item_history_content(h)) as computed_hash
from oversight_issue_item_history h;

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'oversight:item:view'), ('CITY_ADMIN', 'oversight:item:review'),
    ('CONGRESS_OFFICE', 'oversight:item:view'), ('CONGRESS_OFFICE', 'oversight:item:review'),
    ('AGENCY_HANDLER', 'oversight:item:view'), ('AGENCY_HANDLER', 'oversight:item:rectify')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
