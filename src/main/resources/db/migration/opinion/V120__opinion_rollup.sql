-- The opinions' figures counted ahead, per region and day of collection, so that a division's
-- or the city's figures over ten million cases add up some tens of thousands of rows instead of
-- testing every case and its history. Kept by the module in the transaction of every save of a
-- case (OpinionRollup), counted again from the cases each night (platform.statistics
-- .RollupReconciliation, job 'opinion-rollup'), which reports and repairs any drift. The counts
-- follow the definitions of Figure, one column each; the lists behind a figure still read the
-- cases.
--
-- What each case adds: where it counts, and a bit for every figure it is in (in Figure's order),
-- so that a change takes its old share away before adding the new one.
create table opinion_rollup_entry (
    opinion_id  bigint      primary key references opinion (id),
    region_code varchar(12) not null,
    day         date        not null,
    counts      integer     not null
);

create table opinion_rollup (
    region_code         varchar(12) not null,
    day                 date        not null,
    collected           integer     not null default 0,
    uploaded_on_time    integer     not null default 0,
    assigned            integer     not null default 0,
    replied             integer     not null default 0,
    accepted            integer     not null default 0,
    closed              integer     not null default 0,
    resolved            integer     not null default 0,
    closed_on_time      integer     not null default 0,
    rated               integer     not null default 0,
    satisfied           integer     not null default 0,
    basically_satisfied integer     not null default 0,
    content             integer     not null default 0,
    primary key (region_code, day)
);
create index opinion_rollup_day on opinion_rollup (day);
