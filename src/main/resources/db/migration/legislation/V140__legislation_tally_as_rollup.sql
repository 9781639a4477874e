-- The tally of V138 was counted again for a WHOLE consultation after every statement on its
-- opinions or merged opinions, under an advisory lock (merging k opinions counted it k times), and
-- it was kept per point AND informant: as many rows as opinions nearly, so the figures still added
-- up most of a million rows at 1m (bench legislation-figures: 1-4 s). Now it is a rollup of the
-- platform (platform.statistics.Rollup, like opinion_rollup): every opinion's share is kept as an
-- entry, a save takes the old share away and adds the new one in its own transaction
-- (legislation.internal.LegislationTally), and the job 'legislation-tally' counts everything again
-- each night, reporting any drift. The counts are per consultation and point (a few rows per
-- consultation); an informant's share is added up from the entries of that informant (an index).
drop trigger legislation_opinion_tally_insert on legislation_opinion;
drop trigger legislation_opinion_tally_update on legislation_opinion;
drop trigger legislation_opinion_tally_delete on legislation_opinion;
drop trigger legislation_merged_opinion_tally_update on legislation_merged_opinion;
drop trigger legislation_merged_opinion_tally_delete on legislation_merged_opinion;
drop function legislation_opinion_tally_after();
drop function legislation_opinion_tally_refresh(bigint);
drop table legislation_opinion_tally;

-- what each opinion adds: where it counts, and a bit per count (opinions, reported, adopted,
-- partly adopted, in LegislationTally's order)
create table legislation_tally_entry (
    opinion_id      bigint  primary key references legislation_opinion (id),
    consultation_id bigint  not null,
    point_id        bigint  not null,
    informant_id    bigint  not null,
    counts          integer not null
);
create index legislation_tally_entry_informant on legislation_tally_entry (informant_id, consultation_id)
    include (counts) where informant_id <> 0;

create table legislation_point_tally (
    consultation_id bigint not null,
    point_id        bigint not null,
    opinions        bigint not null default 0,
    reported        bigint not null default 0,
    adopted         bigint not null default 0,
    partly_adopted  bigint not null default 0,
    primary key (consultation_id, point_id)
);
