-- The figures of legislative consultation (issue 16) counted every opinion of the counted
-- consultations on each request, grouped by point and by informant: with 1,000,000 opinions over
-- five years the figures page took seconds (bench/scenarios/legislation-figures.sh at 1m). Each
-- consultation's opinions are kept counted here per point and informant (0: none), with how many
-- went into a reported, an adopted and a partly adopted merged opinion, exactly as the figures
-- count them. A consultation's rows are counted again after every statement that changes its
-- opinions or its merged opinions (a few thousand rows at most), so every writer keeps them right.
create table legislation_opinion_tally (
    consultation_id  bigint  not null,
    point_id         bigint  not null,
    informant_id     bigint  not null,
    opinions         bigint  not null,
    reported         bigint  not null,
    adopted          bigint  not null,
    partly_adopted   bigint  not null,
    primary key (consultation_id, point_id, informant_id)
);
create index legislation_opinion_tally_informant on legislation_opinion_tally (informant_id, consultation_id)
    where informant_id <> 0;

create function legislation_opinion_tally_refresh(consultation bigint) returns void language plpgsql as $$
begin
    -- two writers on one consultation count one after the other (the second sees the first's rows)
    perform pg_advisory_xact_lock(hashtextextended('legislation_opinion_tally ' || consultation, 0));
    delete from legislation_opinion_tally where consultation_id = consultation;
    insert into legislation_opinion_tally (consultation_id, point_id, informant_id, opinions, reported, adopted,
                                           partly_adopted)
    select o.consultation_id, o.point_id, coalesce(o.informant_id, 0), count(*),
           count(*) filter (where m.state in ('REPORTED', 'ANSWERED')),
           count(*) filter (where m.outcome = 'ADOPTED'),
           count(*) filter (where m.outcome = 'PARTLY_ADOPTED')
    from legislation_opinion o left join legislation_merged_opinion m on m.id = o.merged_into
    where o.consultation_id = consultation
    group by 1, 2, 3;
end $$;

-- after a statement: count again each consultation it touched, in one order (no two writers wait
-- for each other crosswise)
create function legislation_opinion_tally_after() returns trigger language plpgsql as $$
declare
    consultation bigint;
begin
    for consultation in select distinct consultation_id from changed order by 1 loop
        perform legislation_opinion_tally_refresh(consultation);
    end loop;
    return null;
end $$;

create trigger legislation_opinion_tally_insert after insert on legislation_opinion
    referencing new table as changed for each statement execute function legislation_opinion_tally_after();
create trigger legislation_opinion_tally_update after update on legislation_opinion
    referencing new table as changed for each statement execute function legislation_opinion_tally_after();
create trigger legislation_opinion_tally_delete after delete on legislation_opinion
    referencing old table as changed for each statement execute function legislation_opinion_tally_after();
create trigger legislation_merged_opinion_tally_update after update on legislation_merged_opinion
    referencing new table as changed for each statement execute function legislation_opinion_tally_after();
create trigger legislation_merged_opinion_tally_delete after delete on legislation_merged_opinion
    referencing old table as changed for each statement execute function legislation_opinion_tally_after();

insert into legislation_opinion_tally (consultation_id, point_id, informant_id, opinions, reported, adopted,
                                       partly_adopted)
select o.consultation_id, o.point_id, coalesce(o.informant_id, 0), count(*),
       count(*) filter (where m.state in ('REPORTED', 'ANSWERED')),
       count(*) filter (where m.outcome = 'ADOPTED'),
       count(*) filter (where m.outcome = 'PARTLY_ADOPTED')
from legislation_opinion o left join legislation_merged_opinion m on m.id = o.merged_into
group by 1, 2, 3;
