-- What each reconciliation of a rollup (platform.statistics.RollupReconciliation) found: how
-- many rows the recount from the records has, and how many of the kept rows had drifted from
-- it (then repaired). Shown to administrators beside the history check.
create table rollup_check (
    id           bigint generated always as identity primary key,
    rollup       varchar(64) not null,
    checked_at   timestamptz not null default now(),
    rows_counted bigint      not null,
    rows_drifted bigint      not null
);
create index rollup_check_rollup on rollup_check (rollup, id desc);
