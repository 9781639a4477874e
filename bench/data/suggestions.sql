-- Deputies' suggestions for the benchmarks (bench/scenarios/suggestions.sh), on top of the demo data
-- and bench/data/generate.sql (whose deputies and agencies they use). Deterministic: the same scale
-- gives the same rows. psql variable: scale_suggestions.
--
-- Spread over the last five years (one session a year) and every congress of the demo city (the
-- city, its six divisions and their towns), every category; about 8% still in flight (filed in the
-- last 150 days, every stage), the rest closed, declined, merged or rated with a promise open. With
-- them come what the figures and the league table read: co-signers (two in five), co-handling
-- agencies (three in ten assigned), replies A/B/C/D, every deputy's verdicts, promised items of the
-- B/C replies, the history steps (FILE, REGISTER, ASSIGN, SIGN, CONTACT, REPLY, REVIEW, RATE, CLOSE,
-- ...) and the supervision notices of what runs late.
\set ON_ERROR_STOP on
\if :{?scale_suggestions}
\else
\set scale_suggestions 0
\endif

begin;

create temporary table sg_congress as
select id, region_code, row_number() over (order by id) - 1 as n from congress;

-- the seats of each congress: its lead deputies and co-signers
create temporary table sg_seat as
select congress_id, deputy_id, row_number() over (partition by congress_id order by deputy_id) - 1 as n,
       count(*) over (partition by congress_id) as total
from deputy_membership where ended_on is null;

-- the agencies that handle a congress's suggestions: at most twelve enabled agencies of its own
-- region, the demo's first (generate.sql puts hundreds in every town, which no town congress assigns to)
create temporary table sg_agency as
select congress_id, agency_id, n, count(*) over (partition by congress_id) as total
from (select c.id as congress_id, a.id as agency_id, row_number() over (partition by c.id order by a.id) - 1 as n
      from sg_congress c join agency a on a.region_code = c.region_code and a.enabled) as x
where n < 12;
create index on sg_agency (congress_id, n);
create index on sg_seat (congress_id, n);
analyze sg_congress;
analyze sg_seat;
analyze sg_agency;

-- where each suggestion got to, in the order of the steps (RETURN_REQUESTED sits between ASSIGNED
-- and IN_PROGRESS; DECLINED and MERGED leave the path after filing)
create temporary table sg_rank (status varchar(20) primary key, rank numeric not null);
insert into sg_rank values ('DRAFT', 0), ('FILED', 1), ('REGISTERED', 2), ('ASSIGNED', 3), ('RETURN_REQUESTED', 3.5),
    ('IN_PROGRESS', 4), ('REPLIED', 5), ('ANSWERED', 6), ('RATED', 7), ('CLOSED', 8), ('DECLINED', 101), ('MERGED', 102);

create temporary table sg as
select i, (select coalesce(max(id), 0) from suggestion) + i as id, c.id as congress_id, c.region_code,
       greatest(1, 5 - age / 365) as session_number, current_date - age as filed_on, age, s.status, k.rank,
       (array['ECONOMY', 'URBAN', 'AGRICULTURE', 'EDUCATION', 'HEALTH', 'SOCIAL', 'ENVIRONMENT', 'LAW', 'OTHER'])[1 + (i / 3) % 9]
           as category,
       d.deputy_id as lead_deputy_id, d.n as seat_n, d.total as seats,
       case when k.rank between 3 and 8 then a.agency_id end as lead_agency_id,
       case when k.rank between 3 and 8 and i % 10 < 3 and a.total > 1 then
           (select x.agency_id from sg_agency x where x.congress_id = c.id and x.n = (a.n + 1) % a.total) end as co_agency_id,
       case when k.rank between 5 and 8 then (array['A', 'A', 'A', 'A', 'B', 'B', 'B', 'C', 'C', 'D'])[1 + (i / 11) % 10] end
           as result_class,
       case when k.rank between 5 and 8 and i % 33 = 0 then 2 else 1 end as handling_round
from generate_series(1, :scale_suggestions) as i
cross join lateral (select ((i::bigint * 7919) % 1826)::int as age) as g
join sg_congress c on c.n = i % (select count(*) from sg_congress)
cross join lateral (select case when age < 150 then
        (array['DRAFT', 'FILED', 'REGISTERED', 'ASSIGNED', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS',
               'RETURN_REQUESTED', 'REPLIED', 'ANSWERED', 'RATED', 'RATED', 'CLOSED', 'DECLINED', 'MERGED'])[1 + (i / 7) % 16]
    else (array['CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED',
                'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'RATED', 'RATED', 'DECLINED', 'MERGED'])[1 + (i / 7) % 20]
    end as status) as s
join sg_rank k on k.status = s.status
join sg_seat d on d.congress_id = c.id and d.n = (i / 45) % d.total
left join sg_agency a on a.congress_id = c.id and a.n = (i / 45) % a.total
order by i;

-- the days each step was taken, never after today, and the 立案 numbers after the demo's own
create temporary table sg_day as
select sg.*, assigned_on, (assigned_on + interval '3 months')::date as reply_due_on,
       least(current_date, assigned_on + 30 + (i % 70)) as replied_on,
       case when rank between 2 and 8 then coalesce(n.last_number, 0)
           + row_number() over (partition by sg.congress_id, sg.session_number, rank between 2 and 8 order by i) end::int
           as serial_number
from sg cross join lateral (select filed_on + least(age, 10) as assigned_on) as a
left join suggestion_numbering n on n.congress_id = sg.congress_id and n.session_number = sg.session_number;
drop table sg;

insert into suggestion (id, congress_id, region_code, session_number, period, title, body, category, lead_deputy_id,
                        filed_on, status, serial_number, key_suggestion, supervising_leader, stage_started_on,
                        stage_due_on, lead_agency_id, assigned_on, co_view_due_on, reply_clock_from, reply_months,
                        max_reply_months, reply_due_on, contacted_on, replied_on, replied_on_time, result_class,
                        reply_text, signatory, publish_reply, closed_on, merged_into, handling_round, escalation_level)
overriding system value
select id, congress_id, region_code, session_number,
       case when extract(month from filed_on) <= 2 then 'SESSION' else 'RECESS' end,
       (array['关于加快老旧小区改造的建议', '关于改善农村道路交通条件的建议', '关于加强中小学课后服务的建议',
              '关于完善社区养老服务设施的建议', '关于治理河道污染的建议', '关于支持民营企业发展的建议'])[1 + i % 6]
           || '（第' || i || '件）',
       '测试建议正文：现状、问题和具体建议。' || i, category, lead_deputy_id,
       case when rank > 0 then filed_on end, status,
       serial_number,
       rank between 2 and 8 and i % 25 = 0, case when rank between 2 and 8 and i % 25 = 0 then '测试督办领导' end,
       case when rank >= 3 and rank < 100 then assigned_on else filed_on end,
       case status when 'ASSIGNED' then assigned_on + 7 when 'RETURN_REQUESTED' then assigned_on + 7
                   when 'IN_PROGRESS' then reply_due_on end,
       lead_agency_id, case when rank between 3 and 8 then assigned_on end,
       case when co_agency_id is not null then assigned_on + 30 end,
       case when rank between 3 and 8 then assigned_on end, case when rank between 3 and 8 then 3 end,
       case when rank between 3 and 8 then 6 end, case when rank between 3 and 8 then reply_due_on end,
       case when rank between 5 and 8 then least(replied_on, assigned_on + 20) end,
       case when rank between 5 and 8 then replied_on end,
       case when rank between 5 and 8 then replied_on <= reply_due_on and i % 13 <> 0 end,
       result_class,
       case when rank between 5 and 8 then '测试答复：办理情况与结果。' end,
       case when rank between 5 and 8 then '测试签发人' end,
       rank between 5 and 8 and i % 4 = 0,
       case when status = 'CLOSED' then least(current_date, replied_on + 30) end,
       case when status = 'MERGED' and i > 1 then id - 1 end,
       handling_round,
       case when status in ('ASSIGNED', 'IN_PROGRESS') and (case status when 'ASSIGNED' then assigned_on + 7
                                                                        else reply_due_on end) < current_date
            then 1 else 0 end
from sg_day
order by i;

select setval(pg_get_serial_sequence('suggestion', 'id'), (select max(id) from suggestion));

insert into suggestion_numbering (congress_id, session_number, last_number)
select congress_id, session_number, max(serial_number) from suggestion where serial_number is not null group by 1, 2
on conflict (congress_id, session_number) do update set last_number = greatest(suggestion_numbering.last_number,
                                                                                excluded.last_number);

-- co-signers: two in five have one, one in five two, the next seats of the same congress
insert into suggestion_co_signer (suggestion_id, deputy_id, confirmed_on)
select s.id, x.deputy_id, case when s.rank > 0 then s.filed_on end
from sg_day s cross join generate_series(1, 2) as k
join sg_seat x on x.congress_id = s.congress_id and x.n = (s.seat_n + k) % s.seats
where s.seats > 2 and (k = 1 and s.i % 5 < 2 or k = 2 and s.i % 5 = 0)
on conflict do nothing;

insert into suggestion_co_agency (suggestion_id, agency_id, view_text, viewed_on)
select id, co_agency_id, case when rank >= 5 then '测试协办意见' end, case when rank >= 5 then assigned_on + 25 end
from sg_day where co_agency_id is not null;

-- every deputy's verdict on the latest round: about two in three 满意, one in four 基本满意
insert into suggestion_rating (suggestion_id, handling_round, deputy_id, handling, result, rated_on)
select s.id, s.handling_round, p.deputy_id,
       (array['SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED',
              'BASICALLY_SATISFIED', 'BASICALLY_SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'])[1 + (s.i * 31 + p.deputy_id) % 12],
       (array['SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED',
              'BASICALLY_SATISFIED', 'BASICALLY_SATISFIED', 'BASICALLY_SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'])[1 + (s.i * 17 + p.deputy_id) % 12],
       least(current_date, s.replied_on + 10)
from sg_day s
join lateral (select s.lead_deputy_id as deputy_id
              union all select c.deputy_id from suggestion_co_signer c where c.suggestion_id = s.id) p on true
where s.rank in (7, 8);

-- the items a reply waiting for review promises
insert into suggestion_reply_item (suggestion_id, text, due_on)
select id, '测试承诺事项', replied_on + 90 from sg_day where status = 'REPLIED' and result_class in ('B', 'C');

-- promised items of the accepted B/C replies: kept when the suggestion is closed; otherwise open,
-- or reported once their day has come (every other one)
insert into suggestion_promise (suggestion_id, handling_round, agency_id, region_code, text, due_on, status,
                                reported_on, report_text, escalation_level)
select s.id, s.handling_round, s.lead_agency_id, s.region_code, '测试承诺事项' || k, due_on,
       case when s.status = 'CLOSED' then 'KEPT' when due_on < current_date and s.i % 2 = 0 then 'REPORTED' else 'OPEN' end,
       case when s.status = 'CLOSED' or due_on < current_date and s.i % 2 = 0 then least(current_date, due_on) end,
       case when s.status = 'CLOSED' or due_on < current_date and s.i % 2 = 0 then '已完成' end,
       case when s.status <> 'CLOSED' and due_on < current_date and s.i % 2 <> 0 then 1 else 0 end
from sg_day s cross join generate_series(1, 2) as k
cross join lateral (select s.replied_on + 90 * k as due_on) as d
where s.rank between 6 and 8 and s.lead_agency_id is not null and s.result_class in ('B', 'C') and (k = 1 or s.i % 3 = 0)
order by s.i, k;

-- the history: one row per step taken. Their hash chains are not computed (the chain trigger is
-- off while they are written, and row_hash is a placeholder): nothing a run measures reads them,
-- and a chain check of this throw-away database would report them.
create temporary table sg_step (seq int, action varchar(24), from_status varchar(20), to_status varchar(20),
                                lo numeric, hi numeric);
insert into sg_step values
    (1, 'FILE', 'DRAFT', 'FILED', 1, 102), (2, 'REGISTER', 'FILED', 'REGISTERED', 2, 8),
    (2, 'DECLINE', 'FILED', 'DECLINED', 101, 101), (2, 'MERGE', 'FILED', 'MERGED', 102, 102),
    (3, 'ASSIGN', 'REGISTERED', 'ASSIGNED', 3, 8), (4, 'REQUEST_RETURN', 'ASSIGNED', 'RETURN_REQUESTED', 3.5, 3.5),
    (4, 'SIGN', 'ASSIGNED', 'IN_PROGRESS', 4, 8), (5, 'CONTACT', 'IN_PROGRESS', 'IN_PROGRESS', 5, 8),
    (6, 'REPLY', 'IN_PROGRESS', 'REPLIED', 5, 8), (7, 'REVIEW', 'REPLIED', 'ANSWERED', 6, 8),
    (8, 'RATE', 'ANSWERED', 'RATED', 7, 8), (9, 'CLOSE', 'RATED', 'CLOSED', 8, 8);

alter table suggestion_history disable trigger suggestion_history_chain;
insert into suggestion_history (suggestion_id, at, actor, action, from_status, to_status, handling_round, agency_id,
                                deputy_id, result_class, handling, result, due_on, chain_seq, row_hash)
select s.id, least(now(), s.filed_on + (t.seq - 1) * interval '5 days'), 'bench', t.action, t.from_status, t.to_status,
       s.handling_round, case when t.action in ('ASSIGN', 'REPLY', 'CONTACT') then s.lead_agency_id end,
       case when t.action in ('FILE', 'RATE') then s.lead_deputy_id end,
       case when t.action = 'REPLY' then s.result_class end,
       case when t.action = 'RATE' then 'SATISFIED' end, case when t.action = 'RATE' then 'SATISFIED' end,
       case when t.action = 'ASSIGN' then s.assigned_on + 7 end,
       t.seq, '\x00'::bytea
from sg_day s join sg_step t on s.rank between t.lo and t.hi
order by s.i, t.seq;
alter table suggestion_history enable trigger suggestion_history_chain;

-- what the watch would have issued by now: a reminder and a first-level 督办单 for every late
-- stage and every late promised item
insert into supervision_notice (subject, subject_id, stage, kind, level, due_on, region_code, agency_id, issued_at)
select 'SUGGESTION', id, status, kind, level, stage_due_on, region_code, lead_agency_id,
       stage_due_on + level * interval '3 days' + interval '8 hours'
from suggestion cross join (values ('REMINDER', 0), ('SUPERVISION', 1)) as n (kind, level)
where status in ('ASSIGNED', 'IN_PROGRESS') and stage_due_on < current_date
union all
select 'PROMISE', id, status, kind, level, due_on, region_code, agency_id,
       due_on + level * interval '3 days' + interval '8 hours'
from suggestion_promise cross join (values ('REMINDER', 0), ('SUPERVISION', 1)) as n (kind, level)
where status = 'OPEN' and due_on < current_date
on conflict do nothing;

commit;

analyze suggestion;
analyze suggestion_co_signer;
analyze suggestion_co_agency;
analyze suggestion_rating;
analyze suggestion_reply_item;
analyze suggestion_promise;
analyze suggestion_history;
analyze supervision_notice;
