-- The station's activity ledger: each reception session held (接待), who actually came, how many
-- people were received. The opinions collected there are the cases filed through the venue that day.
create table reception_session (
    id              bigint generated always as identity primary key,
    venue_id        bigint        not null references venue (id),
    held_on         date          not null,
    people_received integer       not null check (people_received between 0 and 100000),
    notes           varchar(1000),
    recorded_by     bigint        references staff_user (id),
    recorded_at     timestamptz   not null default now(),
    unique (venue_id, held_on)
);

create table reception_attendance (
    session_id bigint not null references reception_session (id) on delete cascade,
    deputy_id  bigint not null references deputy (id),
    primary key (session_id, deputy_id)
);
create index reception_attendance_deputy on reception_attendance (deputy_id);
