-- The rota (轮值): which deputies are on duty at a venue on a reception day.
create table rota_assignment (
    venue_id    bigint      not null references venue (id) on delete cascade,
    day         date        not null,
    deputy_id   bigint      not null references deputy (id) on delete cascade,
    assigned_at timestamptz not null default now(),
    primary key (venue_id, day, deputy_id)
);
create index rota_assignment_deputy on rota_assignment (deputy_id, day);
