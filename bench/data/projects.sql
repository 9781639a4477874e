-- Livelihood projects and anonymous votes for the benchmarks (bench/scenarios/projects.sh), on top of
-- the demo data and bench/data/generate.sql (whose deputies and agencies they use). Deterministic:
-- the same scale gives the same rows. psql variables: scale_projects (20,000 at 1m) and
-- scale_surveys (5,000 at 1m).
--
-- Every congress of the city (the city, its divisions and towns) votes each of the last eight
-- years on its candidates (title, category, lead agency of its region, budget, targets with units,
-- milestones): the vote is a survey of the congress's deputies choosing N of M (its ballots kept
-- anonymously, the roll apart), the top four in five are chosen (so that the monthly
-- reports come near a million), the rest not; next year's candidates wait
-- for their vote. The chosen ones report every month since they started (about 1,000,000 reports at
-- 1m), measure their quantities, have supervision groups, site visits with questions, some are
-- parts of a parent project, lagging ones a 督办; each year's chosen ones are rated by the congress
-- (a satisfaction survey, results kept on the projects). The other surveys are offices' satisfaction
-- votes on agencies (one to five per region and year), each with about 200 ballots.
\set ON_ERROR_STOP on
\if :{?scale_projects}
\else
\set scale_projects 0
\endif
\if :{?scale_surveys}
\else
\set scale_surveys 0
\endif

begin;

create temporary table pj_admin as select id from staff_user where username = 'admin';

create temporary table pj_congress as
select id, region_code, row_number() over (order by region_code, id) - 1 as n
from (select distinct on (region_code) id, region_code from congress order by region_code, term_number desc, id) c;

create temporary table pj_agency as
select c.id as congress_id, a.id as agency_id, a.n, count(*) over (partition by c.id) as total
from pj_congress c
join lateral (select id, row_number() over (order by id) - 1 as n from agency
              where region_code = c.region_code and enabled order by id limit 12) a on true;
create index on pj_agency (congress_id, n);

create temporary table pj_seat as
select congress_id, deputy_id, row_number() over (partition by congress_id order by deputy_id) - 1 as n,
       count(*) over (partition by congress_id) as total
from deputy_membership where ended_on is null;
create index on pj_seat (congress_id, n);
analyze pj_congress;
analyze pj_agency;
analyze pj_seat;

-- the (congress, year) pairs: eight years back and next year's candidates
create temporary table pj_round as
select c.id as congress_id, c.region_code, c.n as congress_n, y as year,
       row_number() over (order by y, c.n) - 1 as r
from pj_congress c cross join generate_series(extract(year from current_date)::int - 7,
                                              extract(year from current_date)::int + 1) y;
create index on pj_round (r);
analyze pj_round;

create temporary table pj as
select i, (select coalesce(max(id), 0) from project) + i as expected_id, r.congress_id, r.region_code, r.year, r.r,
       row_number() over (partition by r.r order by i) as proposed_order,
       count(*) over (partition by r.r) as candidates,
       1 + i % 10 as category_n,
       (select a.agency_id from pj_agency a where a.congress_id = r.congress_id and a.n = i % a.total) as agency_id
from generate_series(1, :scale_projects) i
join pj_round r on r.r = i % (select count(*) from pj_round);
alter table pj add column state varchar(12), add column votes int, add column starts_on date, add column due_on date,
               add column title varchar(100);
update pj set state = case when year > extract(year from current_date) then 'CANDIDATE'
                           when proposed_order <= greatest(1, candidates * 4 / 5) then 'CHOSEN' else 'NOT_CHOSEN' end,
              votes = case when year > extract(year from current_date) then null
                           else greatest(1, 200 - proposed_order * 5) end,
              title = (array['农村公路维修改造', '有线电视高清化升级', '中央分割带建设', '老旧小区改造', '学校扩建',
                             '社区养老服务中心', '供热管网改造', '污水处理设施', '全民健身场地', '便民服务站'])[category_n]
                      || '（测试' || i || '）',
              starts_on = make_date(year, 1 + i % 3, 1),
              due_on = make_date(year, 1 + i % 3, 1) + ((60 + (i % 4) * 12) || ' months')::interval;
analyze pj;

insert into project (region_code, congress_id, year, title, category_id, lead_agency_id, budget, location, proposed_order,
                     state, votes, starts_on, due_on, committed, spent, progressed_on, created_by)
select p.region_code, p.congress_id, p.year,
       p.title,
       (select id from project_category order by sort_order offset p.category_n - 1 limit 1), p.agency_id,
       100000 + (p.i % 97) * 10000, '测试地点' || p.i, p.proposed_order, p.state, p.votes, p.starts_on, p.due_on,
       case when p.state = 'CHOSEN' then 50000 + (p.i % 89) * 5000 else 0 end,
       case when p.state = 'CHOSEN' then 20000 + (p.i % 83) * 3000 else 0 end,
       case when p.state = 'CHOSEN' then least(current_date, p.starts_on + (p.i % 300)) end,
       (select id from pj_admin)
from pj p order by p.i;

create temporary table pj_made as
select p.id, x.i, x.r, x.state, x.starts_on, x.due_on, x.congress_id, x.region_code, x.year, x.agency_id,
       x.proposed_order
from project p join pj x on x.title = p.title;
create index on pj_made (id);
analyze pj_made;

-- targets (measured quantities) and milestones
insert into project_target (project_id, position, name, unit, planned, done)
select m.id, t, (array['道路维修', '入户改造', '设施建设'])[1 + t], (array['公里', '户', '处'])[1 + t],
       10 + (m.i % 50) * (t + 1),
       case when m.state = 'CHOSEN' then least(10 + (m.i % 50) * (t + 1), (m.i % 37) * (t + 1)) else 0 end
from pj_made m cross join generate_series(0, 1 + m.i % 2) t;

insert into project_milestone (project_id, position, name, planned_on, done_on)
select m.id, k, (array['立项', '招标', '开工', '主体完工', '竣工验收'])[1 + k],
       m.starts_on + ((m.due_on - m.starts_on) * (k + 1)) / 5,
       case when m.state = 'CHOSEN' and m.starts_on + ((m.due_on - m.starts_on) * (k + 1)) / 5 < current_date - (m.i % 60)
            then m.starts_on + ((m.due_on - m.starts_on) * (k + 1)) / 5 + (m.i % 40) - 10 end
from pj_made m cross join generate_series(0, 4) k;

-- every month since a chosen project started, until it was due (or now)
insert into project_report (project_id, month, note, submitted_by, submitted_at)
select m.id, mo::date, '本月完成计划工作量（测试）', (select id from pj_admin), mo + interval '1 month 3 days'
from pj_made m
cross join generate_series(date_trunc('month', m.starts_on::timestamp),
                           least(date_trunc('month', current_date::timestamp) - interval '1 month',
                                 date_trunc('month', m.due_on::timestamp)), interval '1 month') mo
where m.state = 'CHOSEN';

-- parts: every tenth chosen project is the parent of the next two chosen ones of its congress and year
insert into project_part (parent_id, part_id, weight)
select parent.id, part.id, 50
from pj_made parent join pj_made part on part.r = parent.r and part.state = 'CHOSEN'
     and part.proposed_order in (parent.proposed_order + 1, parent.proposed_order + 2)
where parent.state = 'CHOSEN' and parent.proposed_order % 10 = 1
on conflict do nothing;

-- supervision groups of three deputies, a site visit every quarter with two questions
insert into project_group (project_id, region_code)
select id, region_code from pj_made where state = 'CHOSEN';
insert into project_group_member (project_id, deputy_id, joined_on)
select distinct m.id, s.deputy_id, m.starts_on
from pj_made m cross join generate_series(0, 2) k
join pj_seat s on s.congress_id = m.congress_id and s.n = (m.i + k * 7) % s.total
where m.state = 'CHOSEN';

insert into project_visit (project_id, region_code, visited_on, place, latitude, longitude, findings, recorded_by)
select m.id, m.region_code, v::date + (m.i % 20), '测试现场' || m.i, 40.6 + (m.i % 100) / 1000.0, 122.2,
       '进度基本符合计划（测试）', (select id from pj_admin)
from pj_made m
cross join generate_series(m.starts_on::timestamp, least(current_date - 30, m.due_on)::timestamp, interval '3 months') v
where m.state = 'CHOSEN';

insert into project_visit_question (visit_id, position, question, answer)
select v.id, q, '工程何时完工？（测试' || q || '）', '按计划推进（测试）'
from project_visit v join pj_made m on m.id = v.project_id cross join generate_series(0, 1) q;
insert into project_visit_deputy (visit_id, deputy_id)
select v.id, g.deputy_id from project_visit v join pj_made m on m.id = v.project_id
join project_group_member g on g.project_id = v.project_id;

-- 督办: every seventh chosen project of the last two years, open when it is of this year
insert into project_duban (project_id, region_code, agency_id, demand, issued_on, due_on, state, answer, answered_on,
                           issued_by)
select m.id, m.region_code, m.agency_id, '项目进度滞后，请说明原因并加快推进（测试）',
       least(current_date - 10, m.starts_on + 150), least(current_date - 10, m.starts_on + 150) + 20 + m.i % 15,
       case when m.year = extract(year from current_date) then 'ISSUED' else 'ANSWERED' end,
       case when m.year < extract(year from current_date) then '已加快推进（测试）' end,
       case when m.year < extract(year from current_date) then least(current_date - 10, m.starts_on + 150) + 15 end,
       (select id from pj_admin)
from pj_made m
where m.state = 'CHOSEN' and m.i % 7 = 0 and m.agency_id is not null
  and m.year >= extract(year from current_date) - 1;

-- the projects' history: proposed, then chosen or not (the chain trigger is off while they are
-- written, row_hash a placeholder: nothing a run measures reads them)
alter table project_history disable trigger project_history_chain;
insert into project_history (project_id, step, detail, changed_by, changed_at, chain_seq, row_hash)
select m.id, s.step, null, (select id from pj_admin), make_date(m.year, 1, 1) - 60 + s.seq * 30, s.seq, '\x00'::bytea
from pj_made m
join (values (1, 'PROPOSED'), (2, 'CHOSEN'), (2, 'NOT_CHOSEN')) as s (seq, step)
  on s.seq = 1 or (m.state <> 'CANDIDATE' and s.step = m.state)
order by m.id, s.seq;
alter table project_history enable trigger project_history_chain;

-- the surveys: each round's vote (N of M, the past ones closed, next year's a draft) and each past
-- year's rating of its chosen projects; then the offices' own satisfaction votes
create temporary table pj_survey as
select r.r, r.congress_id, r.region_code, r.year, 'VOTE' as kind,
       (select count(*) from pj_made m where m.r = r.r) as items
from pj_round r
union all
select r.r, r.congress_id, r.region_code, r.year, 'RATING',
       (select count(*) from pj_made m where m.r = r.r and m.state = 'CHOSEN')
from pj_round r where r.year < extract(year from current_date);
delete from pj_survey where items = 0 or items > 50;
alter table pj_survey add column n bigint, add column title varchar(100);
update pj_survey s set n = x.n from (select r, kind, row_number() over (order by r, kind) as n from pj_survey) x
where x.r = s.r and x.kind = s.kind;

insert into pj_survey (r, congress_id, region_code, year, kind, items, n)
select -k, c.id, c.region_code, extract(year from current_date)::int - (k % 8), 'AGENCIES', 3 + k % 8,
       (select count(*) from pj_survey) + k
from generate_series(1, greatest(0, :scale_surveys - (select count(*) from pj_survey))) k
join pj_congress c on c.n = k % (select count(*) from pj_congress);

update pj_survey set title = year || '年' || case kind when 'VOTE' then '民生实事项目票决'
    when 'RATING' then '民生实事项目满意度测评' else '承办单位满意度测评' end || '（测试' || n || '）';

insert into survey (region_code, series, year, title, scale, max_choices, electorate, congress_id, opens_at, closes_at,
                    min_count, rectify_below, state, electorate_size, created_by)
select s.region_code,
       case s.kind when 'VOTE' then '民生实事项目票决' when 'RATING' then '民生实事项目满意度测评'
                   else '承办单位满意度测评（测试' || (s.n % 5) || '）' end,
       s.year, s.title,
       case s.kind when 'VOTE' then 'CHOICE' when 'RATING' then 'SATISFACTION' else 'FIVE_POINT' end,
       case when s.kind = 'VOTE' then greatest(1, s.items * 4 / 5) end,
       case when s.kind = 'VOTE' then 'MEETING' else 'CONGRESS' end, s.congress_id,
       make_date(s.year, 1, 10) + (s.n % 300)::int, make_date(s.year, 1, 12) + (s.n % 300)::int, 5,
       case when s.kind = 'AGENCIES' then 60 end,
       case when s.year > extract(year from current_date) or make_date(s.year, 1, 12) + (s.n % 300)::int > current_date
            then 'DRAFT' else 'CLOSED' end,
       200, (select id from pj_admin)
from pj_survey s order by s.n;

create temporary table pj_survey_made as
select v.id, s.*, v.state, v.max_choices
from survey v join pj_survey s on s.title = v.title;
create index on pj_survey_made (r, kind);
analyze pj_survey_made;

-- items: a vote's candidates and a rating's chosen projects in their order, an agency vote's agencies
insert into survey_item (survey_id, position, label, agency_id)
select s.id, m.proposed_order - 1, p.title, m.agency_id
from pj_survey_made s join pj_made m on m.r = s.r join project p on p.id = m.id
where s.kind = 'VOTE';
insert into survey_item (survey_id, position, label, agency_id)
select s.id, row_number() over (partition by s.id order by m.proposed_order) - 1, p.title, m.agency_id
from pj_survey_made s join pj_made m on m.r = s.r and m.state = 'CHOSEN' join project p on p.id = m.id
where s.kind = 'RATING';
insert into survey_item (survey_id, position, label, agency_id)
select s.id, k, '测试承办单位' || k, (select a.agency_id from pj_agency a where a.congress_id = s.congress_id
                                              and a.n = k % a.total)
from pj_survey_made s cross join generate_series(0, s.items - 1) k
where s.kind = 'AGENCIES';

-- the closed ones' roll and ballots, 200 each (the roll by deputy key, the ballots apart, under
-- random-looking keys derived from nothing the roll holds)
insert into survey_voter (survey_id, voter_key)
select s.id, 'bench-' || k from pj_survey_made s cross join generate_series(1, 200) k where s.state = 'CLOSED';

insert into survey_ballot (id, survey_id, answers)
select md5('ballot ' || s.id || ' ' || k)::uuid, s.id,
       array(select case s.kind when 'VOTE' then case when (k + p * 7) % s.items < s.max_choices then 1 else 0 end
                                when 'RATING' then 1 + ((k * 3 + p) % 10) / 7
                                else 1 + (k + p) % 5 end::smallint
             from generate_series(0, s.items - 1) p order by p)
from pj_survey_made s cross join generate_series(1, 200) k where s.state = 'CLOSED';

insert into project_vote (congress_id, year, seats, survey_id, counted)
select s.congress_id, s.year, greatest(1, s.items * 4 / 5), s.id, s.state = 'CLOSED'
from pj_survey_made s where s.kind = 'VOTE'
on conflict do nothing;

insert into project_rating (congress_id, year, survey_id, project_ids, kept)
select s.congress_id, s.year, s.id,
       array(select m.id from pj_made m where m.r = s.r and m.state = 'CHOSEN' order by m.proposed_order), true
from pj_survey_made s where s.kind = 'RATING' and s.state = 'CLOSED'
on conflict do nothing;

insert into project_rating_result (project_id, rating_id, satisfied, basically, dissatisfied, rate)
select m.id, pr.id, 120 + m.i % 40, 60 - m.i % 20, 20, 90.0
from project_rating pr join pj_survey_made s on s.id = pr.survey_id
join pj_made m on m.r = s.r and m.state = 'CHOSEN'
on conflict do nothing;

alter table survey_history disable trigger survey_history_chain;
insert into survey_history (survey_id, from_state, to_state, changed_by, changed_at, chain_seq, row_hash)
select s.id, t.from_state, t.to_state, (select id from pj_admin), make_date(s.year, 1, 1) + t.seq, t.seq, '\x00'::bytea
from pj_survey_made s
join (values (1, null, 'DRAFT'), (2, 'DRAFT', 'OPEN'), (3, 'OPEN', 'CLOSED')) as t (seq, from_state, to_state)
  on t.seq = 1 or s.state = 'CLOSED'
order by s.id, t.seq;
alter table survey_history enable trigger survey_history_chain;

commit;

analyze project;
analyze project_target;
analyze project_milestone;
analyze project_report;
analyze project_part;
analyze project_group;
analyze project_group_member;
analyze project_visit;
analyze project_visit_question;
analyze project_visit_deputy;
analyze project_duban;
analyze project_history;
analyze project_vote;
analyze project_rating;
analyze project_rating_result;
analyze survey;
analyze survey_item;
analyze survey_voter;
analyze survey_ballot;
analyze survey_history;
