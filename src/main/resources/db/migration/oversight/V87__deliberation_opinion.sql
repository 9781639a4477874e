-- Deliberation opinions (审议意见 / 监督意见, issue 15 item 3): after the standing committee hears a
-- special work report (a report of a ledger meeting) or holds an oversight activity, its opinions
-- are split into numbered items, each with a responsible unit and a deadline, and sent as a letter
-- (审议意见函) to the addressed unit, which gives a receipt (回执); the units answer item by item and
-- the committee rates the answers (满意/基本满意/不满意). The receipt and every unanswered item are
-- watched by the supervision module (subject DELIBERATION); the level reached is kept here for the
-- deadline it was reached on (level_due_on), so that a new deadline starts again from 0.
-- The report heard is the ledger's: its meeting id and the report's place in the meeting are kept
-- as given (no foreign key, the ledger owns them), with the report's title as it was then.
create table deliberation_opinion (
    id              bigint generated always as identity primary key,
    region_code     varchar(12)   not null references region (code),
    source_kind     varchar(8)    not null check (source_kind in ('REPORT', 'ACTIVITY')),
    meeting_id      bigint,
    report_position integer,
    activity_id     bigint        references oversight_activity (id),
    source_title    varchar(200)  not null,
    title           varchar(200)  not null,
    agency_id       bigint        not null references agency (id),
    state           varchar(10)   not null check (state in ('DRAFTED', 'SENT', 'RECEIVED', 'ANSWERED', 'RATED')),
    letter_number   varchar(60),
    sent_on         date,
    receipt_due_on  date,
    received_on     date,
    received_by     varchar(50),
    rating          varchar(20)   check (rating in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')),
    rating_note     varchar(1000),
    rated_on        date,
    level           integer       not null default 0,
    level_due_on    date,
    created_by      bigint        references staff_user (id),
    created_at      timestamptz   not null default now(),
    version         integer       not null default 0,
    check ((source_kind = 'REPORT' and meeting_id is not null and report_position is not null)
        or (source_kind = 'ACTIVITY' and activity_id is not null))
);
create index deliberation_opinion_region on deliberation_opinion (region_code, created_at desc);
create index deliberation_opinion_meeting on deliberation_opinion (meeting_id) where meeting_id is not null;
create index deliberation_opinion_open on deliberation_opinion (id) where state in ('SENT', 'RECEIVED');

create table deliberation_opinion_item (
    opinion_id  bigint        not null references deliberation_opinion (id) on delete cascade,
    position    integer       not null,
    text        varchar(2000) not null,
    agency_id   bigint        not null references agency (id),
    due_on      date          not null,
    answer      varchar(4000),
    answered_on date,
    primary key (opinion_id, position)
);
create index deliberation_opinion_item_agency on deliberation_opinion_item (agency_id);

create table deliberation_opinion_history (
    id         bigint generated always as identity primary key,
    opinion_id bigint       not null,
    from_state varchar(10),
    to_state   varchar(10)  not null,
    changed_by bigint,
    changed_at timestamptz  not null default now(),
    note       varchar(1000),
    chain_seq  bigint       not null,
    prev_hash  bytea,
    row_hash   bytea        not null
);
create unique index deliberation_opinion_history_chain on deliberation_opinion_history (opinion_id, chain_seq);

create function deliberation_opinion_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'deliberation_opinion_history is append-only';
end $$;
create trigger deliberation_opinion_history_no_update before update or delete on deliberation_opinion_history
    for each statement execute function deliberation_opinion_history_is_append_only();
create trigger deliberation_opinion_history_no_truncate before truncate on deliberation_opinion_history
    for each statement execute function deliberation_opinion_history_is_append_only();

create function deliberation_opinion_history_content(h deliberation_opinion_history) returns bytea
language sql stable as $$
    select convert_to(jsonb_build_array(h.chain_seq, h.id, h.opinion_id, h.from_state, h.to_state, h.changed_by,
                                        extract(epoch from h.changed_at), h.note)::text, 'UTF8')
$$;

create function deliberation_opinion_history_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(hashtextextended('deliberation_opinion_history ' || new.opinion_id, 0));
    select chain_seq, row_hash into last_seq, last_hash from deliberation_opinion_history
    where opinion_id = new.opinion_id order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := last_hash;
    new.row_hash := sha256(coalesce(last_hash, ''::bytea) || deliberation_opinion_history_content(new));
    return new;
end $$;
create trigger deliberation_opinion_history_chain before insert on deliberation_opinion_history
    for each row execute function deliberation_opinion_history_chain();

-- API of the oversight module: the chain as the platform's history check reads it
create view deliberation_opinion_history_chain_view as
select h.opinion_id::text as chain_key, h.id, h.chain_seq, h.changed_at as written_at, h.prev_hash, h.row_hash,
       sha256(coalesce(h.prev_hash, ''::bytea) || deliberation_opinion_history_content(h)) as computed_hash
from deliberation_opinion_history h;

-- the office drafts, sends and rates; the units give the receipt and answer (the office may enter
-- them for a unit); the city administrator and the office hold what they hand out (V119)
insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'oversight:deliberation:view'), ('CITY_ADMIN', 'oversight:deliberation:edit'),
    ('CITY_ADMIN', 'oversight:deliberation:answer'),
    ('CONGRESS_OFFICE', 'oversight:deliberation:view'), ('CONGRESS_OFFICE', 'oversight:deliberation:edit'),
    ('CONGRESS_OFFICE', 'oversight:deliberation:answer'),
    ('AGENCY_HANDLER', 'oversight:deliberation:view'), ('AGENCY_HANDLER', 'oversight:deliberation:answer')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
