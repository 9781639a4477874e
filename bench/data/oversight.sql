-- Oversight and the work ledger for the benchmarks (bench/scenarios/oversight.sh), on top of the
-- demo data and bench/data/generate.sql (whose regions, agencies and deputies they use).
-- Deterministic: the same scale gives the same rows. psql variable: scale_oversight_items, the
-- number of issue items (问题清单 items); everything else follows from it:
--   oversight activities   items / 20, over five years (2% still planned, those ending after today under way)
--   topics                 activities / 50, each followed by about ten activities over the years
--   deliberation opinions  activities * 2 / 5, three to nine items each
--   court hearings         items / 50, ten to fourteen seats, about 200,000 attendances at 1m
--   ledger records         items / 5: meetings 15%, appointments 60%, requests 10%, articles 15%
-- Activities, topics and hearings go to every region with an office: the city and each
-- division five times as often as a town. Each issue item goes the steps the app takes
-- (listed, reported, reviewed: closed or sent back, followed up: holds or reopened), as far as
-- its dates have come; one in 25 units never reports and one in 40 reports are never reviewed.
-- The histories are written as the app writes them, with their hash chains computed here row
-- by row as the chain triggers would (the triggers are off while they are written), so the
-- app's history check passes. A clock that has run out carries the level the supervision
-- watch would have reached by today, its 督办 history rows and its notices, so the watch has
-- nothing to catch up on. Not generated: photos (no files behind them) and the deputies' duty
-- records of the activities (the duty module's).
\set ON_ERROR_STOP on
\if :{?scale_oversight_items}
\else
\set scale_oversight_items 0
\endif

begin;

select (:scale_oversight_items / 20)::int as activity_count, (:scale_oversight_items / 1000)::int as topic_count,
       (:scale_oversight_items / 50)::int as opinion_count, (:scale_oversight_items / 50)::int as hearing_count,
       (:scale_oversight_items / 5)::int as ledger_count
\gset
select now() - interval '1 minute' as written_by \gset

-- working days as the app counts them: Monday to Friday unless the calendar says otherwise;
-- cum is the number of working days up to and including the day
create temporary table ov_day as
select day, working, sum(working::int) over (order by day) as cum
from (select d::date as day,
             coalesce(e.kind = 'WORKDAY', extract(isodow from d) < 6) as working
      from generate_series(current_date - 2200, current_date + 800, interval '1 day') as d
      left join workday_exception e on e.day = d::date) x;
create unique index on ov_day (day);
create index on ov_day (cum) where working;
analyze ov_day;
select cum as today_cum from ov_day where day = current_date \gset
select min(day) as soon from ov_day where working and cum = :today_cum + 1 \gset

-- the units that take issue items and opinions: up to twelve enabled non-court agencies of each
-- region, the demo's first (generate.sql puts hundreds into every town)
create temporary table ov_agency as
select region_code, agency_id, n, count(*) over (partition by region_code) as total
from (select a.region_code, a.id as agency_id, row_number() over (partition by a.region_code order by a.id) - 1 as n
      from agency a join region r on r.code = a.region_code
      where a.enabled and a.kind <> 'COURT' and r.level in ('CITY', 'COUNTY', 'TOWN')) x
where n < 12;
create index on ov_agency (region_code, n);

-- regions with an office that holds activities: the city and the divisions five times each
create temporary table ov_region as
select code, substring(code, 1, 6) as division, row_number() over (order by w, code) - 1 as n
from (select r.code, w from region r
      cross join lateral generate_series(1, case when r.level in ('CITY', 'COUNTY') then 5 else 1 end) as w
      where r.level in ('CITY', 'COUNTY', 'TOWN') and r.enabled
        and exists (select 1 from ov_agency a where a.region_code = r.code)) x;
select count(*) as region_slots from ov_region \gset

-- the deputies who take part: those of the division (its own congress and its towns')
create temporary table ov_deputy as
select division, deputy_id, name, row_number() over (partition by division order by deputy_id) - 1 as n,
       count(*) over (partition by division) as total
from (select distinct substring(m.region_code, 1, 6) as division, m.deputy_id, d.name
      from deputy_membership m join deputy d on d.id = m.deputy_id where m.ended_on is null) x;
create index on ov_deputy (division, n);
analyze ov_agency;
analyze ov_region;
analyze ov_deputy;

-- ---------------------------------------------------------------------------------------------
-- Activities: kind, dates, state; a few still planned, those not yet over under way
-- ---------------------------------------------------------------------------------------------
create temporary table ov_activity as
select j, (select coalesce(max(id), 0) from oversight_activity) + j as id, r.code as region_code, r.division,
       (array['INSPECTION', 'RESEARCH', 'LAW_ENFORCEMENT', 'INSPECTION', 'SPECIAL_INQUIRY', 'RESEARCH',
              'LAW_ENFORCEMENT', 'INSPECTION'])[1 + j % 8] as kind,
       starts_on, starts_on + case when j % 8 in (2, 6) then 20 + j % 50 else j % 5 end as ends_on,
       case when j % 50 = 0 then 'PLANNED'
            when starts_on + case when j % 8 in (2, 6) then 20 + j % 50 else j % 5 end >= current_date then 'UNDER_WAY'
            else 'COMPLETED' end as state,
       1 + j % 4 as visits
from generate_series(1, :activity_count) as j
cross join lateral (select case when j % 50 = 0 then current_date + 1 + j % 60
                                else current_date - ((j::bigint * 7919) % 1826)::int end as starts_on) as s
join ov_region r on r.n = j % :region_slots
order by j;
create unique index on ov_activity (j);
create index on ov_activity (region_code, starts_on);
analyze ov_activity;

insert into oversight_activity (id, kind, title, region_code, organiser, joint_organisers, laws_checked, starts_on,
                                ends_on, preparatory_study, report, state, created_at)
overriding system value
select a.id, a.kind,
       (array['安全生产法执法检查', '校园食堂食品安全视察', '养老助餐服务调研', '河道治理专题询问', '地热水资源管理条例执法检查',
              '农村道路建设视察', '优化营商环境调研', '社区养老设施视察'])[1 + a.j % 8] || '（' || a.j || '）',
       a.region_code, r.name || '人大常委会',
       case when a.j % 6 = 0 then '营口市人大常委会' end,
       case when a.kind = 'LAW_ENFORCEMENT' then '《中华人民共和国安全生产法》；《辽宁省安全生产条例》' end,
       a.starts_on, a.ends_on, '检查前组织代表集中学习相关法律法规。',
       case when a.state = 'COMPLETED' then '检查报告：发现问题、整改要求和意见建议。' end,
       a.state, least(:'written_by', a.starts_on - 10 + interval '9 hours')
from ov_activity a join region r on r.code = a.region_code
order by a.j;

insert into oversight_activity_method (activity_id, method)
select a.id, m.method
from ov_activity a
join (values (0, 'HEARING_REPORTS'), (1, 'RANDOM'), (2, 'SURPRISE'), (3, 'ON_SITE_QUESTIONING')) as m (k, method)
  on m.k <= a.j % 4;

-- three to eight deputies of the division; law-enforcement inspections add an expert and a trade representative
insert into oversight_participant (activity_id, role, deputy_id, name)
select a.id, 'DEPUTY', d.deputy_id, d.name
from ov_activity a cross join generate_series(0, 7) as k
join ov_deputy d on d.division = a.division and d.n = (a.j * 7 + k) % d.total
where k < 3 + a.j % 6 and k < d.total
union all
select a.id, p.role, null, p.name
from ov_activity a cross join (values ('EXPERT', '测试法律专家'), ('TRADE', '测试行业代表')) as p (role, name)
where a.kind = 'LAW_ENFORCEMENT';

insert into oversight_visit (activity_id, position, visited_on, place, site_kind, unannounced, notes)
select a.id, k, least(a.ends_on, a.starts_on + k * 3),
       (array['鲅鱼圈港区', '在建住宅工地', '市中心医院', '大型超市', '西市区步行街', '化工企业', '第一中学', '学校食堂',
              '社区助餐点'])[1 + (a.j + k) % 9] || '（' || k + 1 || '）',
       (array['HARBOUR', 'BUILDING_SITE', 'HOSPITAL', 'SUPERMARKET', 'STREET', 'FIRM', 'SCHOOL', 'CANTEEN', 'OTHER'])[1 + (a.j + k) % 9],
       (a.j + k) % 3 = 0, null
from ov_activity a cross join generate_series(0, 3) as k
where a.state <> 'PLANNED' and k < a.visits and a.starts_on + k * 3 <= current_date;

-- ---------------------------------------------------------------------------------------------
-- History staging: one table per history, each row with the id it will have; written with the
-- chains computed level by level at the end
-- ---------------------------------------------------------------------------------------------
create temporary table ov_h_activity (key bigint, seq int, from_state varchar(12), to_state varchar(12),
                                      changed_at timestamptz, note varchar(500));
insert into ov_h_activity
select a.id, 1, null, 'PLANNED', least(:'written_by', a.starts_on - 10 + interval '9 hours'), null from ov_activity a
union all
select a.id, 2 + v.position, case when v.position = 0 then 'PLANNED' else 'UNDER_WAY' end, 'UNDER_WAY',
       v.visited_on + interval '17 hours', v.place
from ov_activity a join oversight_visit v on v.activity_id = a.id
union all
select a.id, 2 + (select count(*) from oversight_visit v where v.activity_id = a.id),
       case when exists (select 1 from oversight_visit v where v.activity_id = a.id) then 'UNDER_WAY' else 'PLANNED' end,
       'COMPLETED', a.ends_on + 5 + interval '10 hours', null
from ov_activity a where a.state = 'COMPLETED';

-- ---------------------------------------------------------------------------------------------
-- Issue items and the steps each took
-- ---------------------------------------------------------------------------------------------
create temporary table ov_item_path (path int, seq int, from_state varchar(12), to_state varchar(12),
                                     a int, b int, c int, e int);
insert into ov_item_path values
    -- reported, accepted, the follow-up holds
    (1, 1, null, 'ASSIGNED', 0, 0, 0, 0), (1, 2, 'ASSIGNED', 'REPORTED', 1, 0, 0, 0),
    (1, 3, 'REPORTED', 'CLOSED', 1, 1, 0, 0), (1, 4, 'CLOSED', 'FOLLOWED_UP', 1, 1, 1, 0),
    -- sent back once
    (2, 1, null, 'ASSIGNED', 0, 0, 0, 0), (2, 2, 'ASSIGNED', 'REPORTED', 1, 0, 0, 0),
    (2, 3, 'REPORTED', 'SENT_BACK', 1, 1, 0, 0), (2, 4, 'SENT_BACK', 'REPORTED', 1, 1, 0, 1),
    (2, 5, 'REPORTED', 'CLOSED', 1, 2, 0, 1), (2, 6, 'CLOSED', 'FOLLOWED_UP', 1, 2, 1, 1),
    -- the follow-up finds it back: rectified again
    (3, 1, null, 'ASSIGNED', 0, 0, 0, 0), (3, 2, 'ASSIGNED', 'REPORTED', 1, 0, 0, 0),
    (3, 3, 'REPORTED', 'CLOSED', 1, 1, 0, 0), (3, 4, 'CLOSED', 'ASSIGNED', 1, 1, 1, 0),
    (3, 5, 'ASSIGNED', 'REPORTED', 1, 1, 1, 1), (3, 6, 'REPORTED', 'CLOSED', 1, 2, 1, 1),
    (3, 7, 'CLOSED', 'FOLLOWED_UP', 1, 2, 2, 1);

-- items go to the activities unevenly (a few long lists, many short ones), never to a planned one
create temporary table ov_item as
select i, (select coalesce(max(id), 0) from oversight_issue_item) + i as id, a.id as activity_id, a.region_code,
       g.agency_id, listed_on,
       case when i % 10 < 7 then 1 when i % 10 < 9 then 2 else 3 end as path,
       case when i % 25 = 0 then 1 when i % 40 = 0 then 2 else 99 end as stall,
       10 + i % 50 as d_report, 3 + i % 12 as d_review, 8 + i % 20 as d_report2,
       (array[30, 60, 90, 90, 180])[1 + (i / 3) % 5] as follow_up_days
from generate_series(1, :scale_oversight_items) as i
cross join lateral (select least(:activity_count, 1 + floor(:activity_count
                                  * power(((i::bigint * 7919) % :scale_oversight_items)::float8 / :scale_oversight_items, 1.3))::int)
                           as j0) as p
join ov_activity a on a.j = case when p.j0 % 50 = 0 then p.j0 - 1 else p.j0 end
cross join lateral (select least(current_date, a.starts_on + (i % (a.ends_on - a.starts_on + 1))) as listed_on) as l
join ov_agency g on g.region_code = a.region_code and g.n = (i / 7) % g.total
order by i;
create unique index on ov_item (id);
analyze ov_item;

create temporary table ov_item_step as
select t.id, t.i, p.seq, p.from_state, p.to_state,
       t.listed_on + p.a * t.d_report + p.b * t.d_review + p.c * (t.follow_up_days + t.i % 10) + p.e * t.d_report2 as day
from ov_item t join ov_item_path p on p.path = t.path
where p.seq <= t.stall
  and t.listed_on + p.a * t.d_report + p.b * t.d_review + p.c * (t.follow_up_days + t.i % 10) + p.e * t.d_report2
      <= current_date;
create index on ov_item_step (id, seq);
analyze ov_item_step;

-- where each item is now, and the deadline it waits on
create temporary table ov_item_now as
select t.*, s.state, s.last_day, s.closed_on, s.due_on, s.verdict_day, s.holds,
       case when s.state in ('ASSIGNED', 'SENT_BACK') then s.due_on
            when s.state = 'REPORTED' then (select w.day from ov_day w where w.working
                                            and w.cum = (select x.cum from ov_day x where x.day = s.last_day) + 10)
            when s.state = 'CLOSED' then s.closed_on + t.follow_up_days end as clock_due_on
from ov_item t
join (select id, (array_agg(to_state order by seq desc))[1] as state, max(day) as last_day,
             max(day) filter (where to_state = 'CLOSED') as closed_on,
             coalesce(max(case when to_state = 'SENT_BACK' then day + 30
                               when from_state = 'CLOSED' and to_state = 'ASSIGNED' then day + 60 end),
                      min(day) + 30 + (min(i) % 4) * 20) as due_on,
             max(day) filter (where from_state = 'CLOSED') as verdict_day,
             bool_or(from_state = 'CLOSED' and to_state = 'FOLLOWED_UP') as holds
      from ov_item_step group by id) s on s.id = t.id;
create unique index on ov_item_now (id);

-- the level the watch has reached on a deadline run out: one more for every three working days
create temporary table ov_item_level as
select n.id, n.state, n.clock_due_on, d.cum as due_cum,
       case when n.clock_due_on < current_date
            then least(3, 1 + (greatest(1, :today_cum - d.cum) - 1) / 3) else 0 end as level
from ov_item_now n join ov_day d on d.day = n.clock_due_on
where n.clock_due_on is not null and n.clock_due_on <= :'soon';
create unique index on ov_item_level (id);
analyze ov_item_now;
analyze ov_item_level;

insert into oversight_issue_item (id, activity_id, region_code, place, description, evidence, rule_concerned, agency_id,
                                  rectification_required, due_on, state, clock_due_on, level, follow_up_days, closed_on,
                                  follow_up_verdict, created_at)
overriding system value
select n.id, n.activity_id, n.region_code,
       (array['港区3号泊位', '在建工地东侧', '医院门诊楼', '超市生鲜区', '步行街商铺', '企业生产车间', '学校食堂后厨',
              '社区助餐点'])[1 + n.i % 8] || n.i % 100 || '号',
       (array['消防通道被占用', '安全警示标志缺失', '特种作业人员无证上岗', '食品留样记录不全', '隐患排查台账不完整',
              '应急预案未演练', '危化品存放不规范'])[1 + n.i % 7] || '（第' || n.i || '项）',
       case when n.i % 3 = 0 then '现场照片和检查记录' end,
       case when n.i % 2 = 0 then '《中华人民共和国安全生产法》第' || 20 + n.i % 80 || '条' end,
       n.agency_id, '限期整改并报送整改情况', n.due_on, n.state, n.clock_due_on, coalesce(l.level, 0),
       n.follow_up_days, case when n.state in ('CLOSED', 'FOLLOWED_UP') then n.closed_on end,
       case when n.verdict_day is not null then case when n.state = 'FOLLOWED_UP' then '回头看：整改到位，未反弹'
                                                    else '回头看：问题反弹，要求重新整改' end end,
       n.listed_on + interval '15 hours'
from ov_item_now n left join ov_item_level l on l.id = n.id
order by n.i;

-- a report for every REPORTED step, decided by the step after it when taken
insert into oversight_rectification (item_id, position, reported_on, account, reviewed_on, review_method, accepted,
                                     review_note)
select id, row_number() over (partition by id order by seq) - 1, day, '已按要求整改，附整改前后照片。', next_day,
       case when next_state is not null then case when i % 2 = 0 then 'ON_SITE' else 'ON_FILE' end end,
       case next_state when 'CLOSED' then true when 'SENT_BACK' then false end,
       case next_state when 'SENT_BACK' then '整改不彻底，需补充佐证材料' end
from (select s.*, lead(s.day) over w as next_day, lead(s.to_state) over w as next_state
      from ov_item_step s window w as (partition by s.id order by s.seq)) x
where to_state = 'REPORTED';

create temporary table ov_h_item (key bigint, seq int, from_state varchar(12), to_state varchar(12),
                                  changed_at timestamptz, note varchar(1000));
insert into ov_h_item
select s.id, s.seq, s.from_state, s.to_state, s.day + interval '9 hours' + (s.i % 480) * interval '1 minute',
       case when s.to_state = 'CLOSED' then case when s.i % 2 = 0 then 'ON_SITE' else 'ON_FILE' end
            when s.to_state = 'SENT_BACK' then '整改不彻底，需补充佐证材料'
            when s.from_state = 'CLOSED' and s.to_state = 'FOLLOWED_UP' then '回头看：整改到位，未反弹'
            when s.from_state = 'CLOSED' then '回头看：问题反弹，要求重新整改' end
from ov_item_step s;
-- the watch's escalations on the deadline now running: levels 1, 2, 3 after 1, 4, 7 working days
insert into ov_h_item
select l.id, m.seq + k, l.state, l.state, w.day + interval '8 hours' + k * interval '1 minute',
       '督办：第' || k || '级，逾期' || (1 + (k - 1) * 3) || '个工作日'
from ov_item_level l cross join generate_series(1, 3) as k
join (select id, max(seq) as seq from ov_item_step group by id) m on m.id = l.id
join ov_day w on w.working and w.cum = l.due_cum + 1 + (k - 1) * 3
where k <= l.level;

-- the notices the watch issued on them: a reminder as the deadline came, a 督办单 per level
insert into supervision_notice (subject, subject_id, stage, kind, level, due_on, region_code, agency_id, issued_at)
select 'ISSUE_ITEM', l.id, l.state, 'REMINDER', 0, l.clock_due_on, n.region_code,
       case when l.state in ('ASSIGNED', 'SENT_BACK') then n.agency_id end,
       l.clock_due_on - 1 + interval '8 hours'
from ov_item_level l join ov_item_now n on n.id = l.id
union all
select 'ISSUE_ITEM', l.id, l.state, 'SUPERVISION', k, l.clock_due_on, n.region_code,
       case when l.state in ('ASSIGNED', 'SENT_BACK') then n.agency_id end,
       w.day + interval '8 hours'
from ov_item_level l join ov_item_now n on n.id = l.id cross join generate_series(1, 3) as k
join ov_day w on w.working and w.cum = l.due_cum + 1 + (k - 1) * 3
where k <= l.level
on conflict do nothing;

-- ---------------------------------------------------------------------------------------------
-- Topics: each groups about ten activities of its region over the years, with its measures
-- ---------------------------------------------------------------------------------------------
create temporary table ov_topic as
select t, (select coalesce(max(id), 0) from oversight_topic) + t as id, r.code as region_code,
       row_number() over (partition by r.code order by t) - 1 as n, count(*) over (partition by r.code) as total,
       extract(year from current_date)::int - 4 as since_year
from generate_series(1, greatest(1, :topic_count)) as t
join ov_region r on r.n = (t * 7) % :region_slots;
create index on ov_topic (region_code, n);
analyze ov_topic;

insert into oversight_topic (id, region_code, title, summary, since_year, created_at)
overriding system value
select id, region_code,
       (array['校园食堂食品安全', '养老助餐服务', '河道综合治理', '农村饮水安全', '老旧小区改造'])[1 + t % 5] || '跟踪监督（' || t || '）',
       '连续五年跟踪监督：每年视察、问题清单整改和回头看。', since_year, make_date(since_year, 1, 10) + interval '9 hours'
from ov_topic order by t;

-- one activity in five follows a topic of its own region
create temporary table ov_follow as
select p.id as topic_id, a.id as activity_id, a.starts_on,
       row_number() over (partition by p.id order by a.starts_on, a.id) as n
from ov_activity a join (select region_code, max(total) as total from ov_topic group by 1) c on c.region_code = a.region_code
join ov_topic p on p.region_code = a.region_code and p.n = (a.j / 5) % c.total
where a.j % 5 = 0 and a.state <> 'PLANNED' and a.starts_on >= make_date(p.since_year, 1, 1);
insert into oversight_topic_activity (topic_id, activity_id) select topic_id, activity_id from ov_follow;

-- two measures counted once a year, growing
insert into oversight_topic_measure (topic_id, position, name, value, unit, measured_on)
select p.id, (y * 2 + k), (array['建成助老食堂', '设立助餐点'])[1 + k], (y + 1) * (2 + k * 3) + p.t % 3,
       (array['处', '个'])[1 + k], least(current_date, make_date(p.since_year + y, 12, 20))
from ov_topic p cross join generate_series(0, 4) as y cross join generate_series(0, 1) as k
where make_date(p.since_year + y, 1, 1) <= current_date;

create temporary table ov_h_topic (key bigint, seq int, action varchar(20), changed_at timestamptz, note varchar(500));
insert into ov_h_topic
select key, row_number() over (partition by key order by at, ord), action, at, note
from (select p.id as key, make_date(p.since_year, 1, 10) + interval '9 hours' as at, 0 as ord, 'OPEN' as action,
             (select title from oversight_topic o where o.id = p.id) as note
      from ov_topic p
      union all
      select f.topic_id, f.starts_on + interval '18 hours', f.n, 'FOLLOW', 'activity ' || f.activity_id from ov_follow f
      union all
      select m.topic_id, m.measured_on + interval '19 hours', 1000 + m.position, 'MEASURE', m.name || ' ' || m.value || m.unit
      from oversight_topic_measure m join ov_topic p on p.id = m.topic_id) x;

-- ---------------------------------------------------------------------------------------------
-- The work ledger: meetings (with the reports they heard), appointments, requests, articles
-- ---------------------------------------------------------------------------------------------
create temporary table ov_office as
select distinct on (r.code) r.code as region_code, coalesce(c.term_number, 1) as term_number,
       coalesce(c.term_start, current_date - 1500) as term_start
from ov_region r left join congress c on c.region_code = r.code and c.term_end > current_date
order by r.code, c.term_number desc;

create temporary table ov_meeting as
select k, r.code as region_code,
       (array['PARTY_GROUP', 'CHAIRPERSONS', 'CHAIRPERSONS', 'STANDING_COMMITTEE', 'PARTY_GROUP'])[1 + (k / 7) % 5] as kind,
       current_date - ((k::bigint * 7919) % 1826)::int as held_on
from generate_series(1, (:ledger_count * 15 / 100)::int) as k
join ov_region r on r.n = k % :region_slots;

select coalesce(max(id), 0) as meeting_base from ledger_meeting \gset
-- numbered per term after the demo's own meetings
insert into ledger_meeting (region_code, kind, term_number, session_number, held_on, agenda, attendance)
select m.region_code, m.kind, m.term_number,
       coalesce((select max(x.session_number) from ledger_meeting x where x.region_code = m.region_code
                 and x.kind = m.kind and x.term_number = m.term_number), 0)
           + row_number() over (partition by m.region_code, m.kind, m.term_number order by m.held_on, m.k),
       m.held_on, '审议' || (array['专项工作报告', '人事任免事项', '监督工作计划', '代表建议办理情况'])[1 + m.k % 4] || '等议题',
       15 + m.k % 30
from (select m.*, case when m.held_on >= o.term_start then o.term_number else greatest(1, o.term_number - 1) end
              as term_number
      from ov_meeting m join ov_office o on o.region_code = m.region_code) m
order by m.held_on, m.k;

-- a standing-committee meeting hears one to three special work reports, a chairpersons' meeting one in four times
insert into ledger_meeting_report (meeting_id, position, title)
select m.id, k, (array['关于安全生产工作情况的报告', '关于食品安全工作情况的报告', '关于养老服务工作情况的报告',
                       '关于河道治理工作情况的报告', '关于营商环境建设情况的报告'])[1 + (m.id + k) % 5]
from ledger_meeting m cross join generate_series(0, 2) as k
where m.id > :meeting_base
  and (m.kind = 'STANDING_COMMITTEE' and k <= m.id % 3 or m.kind = 'CHAIRPERSONS' and k = 0 and m.id % 4 = 0);

-- appointments: a name comes back in its region two or three times (appointed, removed, appointed again)
select greatest(1, (:ledger_count * 6 / 10) / :region_slots * 2 / 5) as names_per_slot \gset
insert into ledger_appointment (region_code, action, person_name, position_title, decided_on, members_present,
                                votes_for, votes_against, abstentions, statement_made, oath_taken)
select r.code, case when (k / :region_slots) % 3 = 1 then 'REMOVE' else 'APPOINT' end,
       '测试任免' || r.code || '-' || (k / :region_slots) % :names_per_slot,
       (array['区政府副区长', '法院审判员', '检察院检察员', '常委会委员', '局长'])[1 + k % 5],
       current_date - ((k::bigint * 7919) % 1826)::int, 30 + k % 10, 25 + k % 10, k % 2, k % 3 / 2,
       (k / :region_slots) % 3 <> 1, (k / :region_slots) % 3 <> 1
from generate_series(1, (:ledger_count * 6 / 10)::int) as k
join ov_region r on r.n = k % :region_slots
order by k;

insert into ledger_request (region_code, kind, subject, sent_on, answer, answered_on)
select r.code, case when k % 3 = 0 then 'REPORT' else 'REQUEST' end,
       '关于' || (array['召开常委会会议', '开展执法检查', '人事任免事项', '年度监督工作计划'])[1 + k % 4] || '的请示（' || k || '）',
       sent_on, case when sent_on < current_date - 14 then '同意。' end,
       case when sent_on < current_date - 14 then sent_on + 7 end
from generate_series(1, (:ledger_count * 10 / 100)::int) as k
join ov_region r on r.n = k % :region_slots
cross join lateral (select current_date - ((k::bigint * 7919) % 1826)::int as sent_on) as s
order by k;

insert into ledger_article (region_code, title, outlet, level, published_on, link, about)
select r.code, '人大监督工作报道（' || k || '）',
       (array['中国人大网', '人民代表报', '辽宁人大', '营口日报', '学习强国'])[1 + k % 5],
       (array['NATIONAL', 'NATIONAL', 'PROVINCIAL', 'CITY', 'NATIONAL'])[1 + k % 5],
       current_date - ((k::bigint * 7919) % 1826)::int, 'https://example.org/bench/' || k, '执法检查'
from generate_series(1, (:ledger_count * 15 / 100)::int) as k
join ov_region r on r.n = k % :region_slots
order by k;

-- ---------------------------------------------------------------------------------------------
-- Deliberation opinions: half on a report heard, half on an activity; every step by its age
-- ---------------------------------------------------------------------------------------------
-- the sources: completed activities and the reports the generated meetings heard, each numbered
create temporary table ov_source as
select row_number() over (order by kind, day, id, position) - 1 as n, x.*
from (select 'ACTIVITY' as kind, a.region_code, a.id, 0 as position, a.ends_on as day,
             (select title from oversight_activity t where t.id = a.id) as title
      from ov_activity a where a.state = 'COMPLETED'
      union all
      select 'REPORT', m.region_code, m.id, r.position, m.held_on, r.title
      from ledger_meeting_report r join ledger_meeting m on m.id = r.meeting_id where m.id > :meeting_base) x;
create unique index on ov_source (n);
select count(*) as source_count from ov_source \gset

-- drafted ten to thirty days after the report or the activity's end; every step by its age
create temporary table ov_opinion as
select o, (select coalesce(max(id), 0) from deliberation_opinion) + o as id, x.region_code, x.kind as source_kind,
       case when x.kind = 'REPORT' then x.id end as meeting_id, case when x.kind = 'REPORT' then x.position end
           as report_position,
       case when x.kind = 'ACTIVITY' then x.id end as activity_id, x.title as source_title, c.created_on,
       case when age < 5 then 'DRAFTED' when age < 8 then 'SENT' when age < 50 then 'RECEIVED'
            when age < 120 then 'ANSWERED' else 'RATED' end as state,
       3 + o % 7 as items
from generate_series(1, :opinion_count) as o
join ov_source x on x.n = (o::bigint * 7919) % :source_count
cross join lateral (select least(current_date, x.day + 10 + o % 20) as created_on) as c
cross join lateral (select current_date - c.created_on as age) as g;
delete from ov_opinion where region_code not in (select region_code from ov_agency);
analyze ov_opinion;

insert into deliberation_opinion (id, region_code, source_kind, meeting_id, report_position, activity_id, source_title,
                                  title, agency_id, state, letter_number, sent_on, receipt_due_on, received_on,
                                  received_by, rating, rating_note, rated_on, created_at)
overriding system value
select p.id, p.region_code, p.source_kind, p.meeting_id, p.report_position, p.activity_id, p.source_title,
       '关于' || p.source_title || '的审议意见', g.agency_id, p.state,
       case when p.state <> 'DRAFTED' then '营人大常办函〔' || extract(year from p.created_on) || '〕' || p.o || '号' end,
       case when p.state <> 'DRAFTED' then p.created_on + 2 end,
       case when p.state <> 'DRAFTED' then p.created_on + 9 end,
       case when p.state in ('RECEIVED', 'ANSWERED', 'RATED') then p.created_on + 4 end,
       case when p.state in ('RECEIVED', 'ANSWERED', 'RATED') then '测试签收人' end,
       case when p.state = 'RATED' then (array['SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'])[1 + p.o % 4] end,
       null, case when p.state = 'RATED' then p.created_on + 110 end, p.created_on + interval '10 hours'
from ov_opinion p join ov_agency g on g.region_code = p.region_code and g.n = (p.o / 3) % g.total
order by p.o;

-- items: each with a unit of the region (the addressee's or another's) and a deadline after sending;
-- answered by the time the opinion is; a received one has its first items answered
insert into deliberation_opinion_item (opinion_id, position, text, agency_id, due_on, answer, answered_on)
select p.id, k, '第' || k + 1 || '条：加强监管，建立长效机制。', g.agency_id, p.created_on + 60 + k * 5,
       case when p.state in ('ANSWERED', 'RATED') or p.state = 'RECEIVED' and k < (p.o % 3) then '已落实，具体措施如下。' end,
       case when p.state in ('ANSWERED', 'RATED') then p.created_on + 40 + k
            when p.state = 'RECEIVED' and k < (p.o % 3) then least(current_date, p.created_on + 5 + k) end
from ov_opinion p cross join generate_series(0, 8) as k
join ov_agency g on g.region_code = p.region_code and g.n = (p.o / 3 + (k % 2) * (k + 1)) % g.total
where k < p.items;

create temporary table ov_h_opinion (key bigint, seq int, from_state varchar(10), to_state varchar(10),
                                     changed_at timestamptz, note varchar(1000));
insert into ov_h_opinion
select key, row_number() over (partition by key order by at, ord), from_state, to_state, at, note
from (select p.id as key, p.created_on + interval '10 hours' as at, 0 as ord, null as from_state, 'DRAFTED' as to_state,
             p.items || '条' as note
      from ov_opinion p
      union all
      select p.id, p.created_on + 2 + interval '10 hours', 1, 'DRAFTED', 'SENT',
             '营人大常办函〔' || extract(year from p.created_on) || '〕' || p.o || '号'
      from ov_opinion p where p.state <> 'DRAFTED'
      union all
      select p.id, p.created_on + 4 + interval '10 hours', 2, 'SENT', 'RECEIVED', '测试签收人'
      from ov_opinion p where p.state in ('RECEIVED', 'ANSWERED', 'RATED')
      union all
      select p.id, i.answered_on + interval '11 hours', 3 + i.position, 'RECEIVED',
             case when i.position = p.items - 1 and p.state in ('ANSWERED', 'RATED') then 'ANSWERED' else 'RECEIVED' end,
             case when i.position = p.items - 1 and p.state in ('ANSWERED', 'RATED') then '第' || i.position + 1 || '条'
                  else '答复第' || i.position + 1 || '条' end
      from ov_opinion p join deliberation_opinion_item i on i.opinion_id = p.id where i.answer is not null
      union all
      select p.id, p.created_on + 110 + interval '15 hours', 100, 'ANSWERED', 'RATED',
             (array['SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'])[1 + p.o % 4]
      from ov_opinion p where p.state = 'RATED') x;

-- ---------------------------------------------------------------------------------------------
-- Court-hearing observation: seats, sign-ups beyond them waiting, attendance, evaluation forms,
-- the discussion's opinions and the court's replies
-- ---------------------------------------------------------------------------------------------
create temporary table ov_court as
select a.region_code, min(a.id) as court_id from agency a where a.kind = 'COURT' and a.enabled group by 1;

create temporary table ov_hearing as
select h, (select coalesce(max(id), 0) from court_hearing) + h as id, r.code as region_code, r.division, c.court_id,
       held_on, 10 + h % 5 as seats, 10 + h % 5 + h % 3 as sign_ups,
       case when held_on > current_date then 'SCHEDULED' when held_on > current_date - 7 or h % 20 = 0 then 'HELD'
            else 'DISCUSSED' end as state,
       1 + h % 3 as opinions
from generate_series(1, :hearing_count) as h
join ov_region r on r.n = (h * 3) % :region_slots
join ov_court c on c.region_code = r.code
cross join lateral (select current_date + 30 - ((h::bigint * 7919) % 1856)::int as held_on) as d;
analyze ov_hearing;

insert into court_hearing (id, region_code, court_id, case_title, case_kind, held_on, place, seats, briefing, state,
                           discussion, created_at)
overriding system value
select id, region_code, court_id,
       (array['买卖合同纠纷案', '民间借贷纠纷案', '机动车交通事故责任纠纷案', '劳动争议案', '盗窃案', '行政处罚决定案'])[1 + h % 6]
           || '（' || h || '）',
       (array['CIVIL', 'CIVIL', 'CIVIL', 'CIVIL', 'CRIMINAL', 'ADMINISTRATIVE'])[1 + h % 6], held_on,
       '第' || 1 + h % 5 || '审判庭', seats, '提前了解案情：承办法官介绍案件基本情况。', state,
       case when state = 'DISCUSSED' then '座谈评议：代表对庭审活动进行评议，提出意见建议。' end,
       least(:'written_by', held_on - 20 + interval '9 hours')
from ov_hearing order by h;

-- the first `seats` to sign up hold a seat, the rest wait; once held, who came attended and
-- everyone else (the waiting too) was absent; one seat holder in seven did not come
create temporary table ov_seat as
select x.id, x.h, x.k, d.deputy_id, x.state as hearing_state, x.held_on,
       case when x.state = 'SCHEDULED' then case when x.k < x.seats then 'SIGNED_UP' else 'WAITING' end
            when x.k < x.seats and (x.h + x.k) % 7 <> 0 then 'ATTENDED' else 'ABSENT' end as state,
       case when x.k < x.seats then 'SIGNED_UP' else 'WAITING' end as signed
from (select hg.*, k from ov_hearing hg cross join generate_series(0, 15) as k where k < hg.sign_ups) x
join ov_deputy d on d.division = x.division and d.n = (x.h * 11 + x.k) % d.total
where x.k < d.total;
create index on ov_seat (id);
analyze ov_seat;
insert into court_hearing_seat (hearing_id, position, deputy_id, state)
select id, row_number() over (partition by id order by k) - 1, deputy_id, state from ov_seat;

-- two in three who came fill in the six-item form
insert into court_hearing_evaluation (hearing_id, deputy_id, item, rating, comment)
select s.id, s.deputy_id, e.item, 3 + (s.h + s.k + e.n) % 3, case when e.n = 0 then '庭审规范，程序合法。' end
from ov_seat s cross join (values (0, 'ETIQUETTE'), (1, 'CONDUCT'), (2, 'PROCEDURE'), (3, 'ABILITY'), (4, 'EFFICIENCY'),
                                 (5, 'EFFECT')) as e (n, item)
where s.state = 'ATTENDED' and (s.h + s.k) % 3 <> 0;

-- the court answers in 20 working days; those discussed in the last three weeks are still open
insert into court_hearing_opinion (hearing_id, position, opinion, reply, replied_on, due_on)
select h.id, k, '建议' || (array['加强庭前调解', '提高庭审效率', '加强裁判文书说理'])[1 + (h.h + k) % 3],
       case when h.held_on + 2 < current_date - 21 then '已采纳，正在落实。' end,
       case when h.held_on + 2 < current_date - 21 then h.held_on + 20 end,
       h.held_on + 30
from ov_hearing h cross join generate_series(0, 2) as k
where h.state = 'DISCUSSED' and k < h.opinions;

create temporary table ov_h_hearing (key bigint, seq int, from_state varchar(12), to_state varchar(12),
                                     changed_at timestamptz, note varchar(1000));
insert into ov_h_hearing
select key, row_number() over (partition by key order by at, ord), from_state, to_state, at, note
from (select h.id as key, least(:'written_by', h.held_on - 20 + interval '9 hours') as at, 0 as ord, null as from_state,
             'SCHEDULED' as to_state, null as note
      from ov_hearing h
      union all
      select s.id, least(:'written_by', s.held_on - 15 + interval '9 hours'), 1 + s.k, 'SCHEDULED', 'SCHEDULED', s.signed || ' ' || s.deputy_id
      from ov_seat s
      union all
      select h.id, h.held_on + interval '17 hours', 100, 'SCHEDULED', 'HELD',
             (select count(*) from ov_seat s where s.id = h.id and s.state = 'ATTENDED') || '人次'
      from ov_hearing h where h.state <> 'SCHEDULED'
      union all
      select s.id, s.held_on + interval '18 hours', 200 + s.k, 'HELD', 'HELD', 'EVALUATED ' || s.deputy_id
      from ov_seat s where s.state = 'ATTENDED' and (s.h + s.k) % 3 <> 0
      union all
      select h.id, h.held_on + 2 + interval '15 hours', 300, 'HELD', 'DISCUSSED', h.opinions || '条意见'
      from ov_hearing h where h.state = 'DISCUSSED'
      union all
      select o.hearing_id, o.replied_on + interval '10 hours', 400 + o.position, 'DISCUSSED', 'DISCUSSED',
             'REPLIED ' || o.position + 1
      from court_hearing_opinion o join ov_hearing h on h.id = o.hearing_id where o.reply is not null) x;

-- ---------------------------------------------------------------------------------------------
-- The histories, with their chains: row k of a subject hashes row k-1's hash and its own
-- content, as the chain trigger does; ids in the order the rows were written
-- ---------------------------------------------------------------------------------------------
-- the topics' history has an action where the others have a move from one state to another
create function pg_temp.ov_chain(tbl text, keycol text, staged text) returns bigint
language plpgsql as $$
declare
    moved boolean := tbl <> 'oversight_topic_history';
    cols text := case when moved then 'from_state, to_state' else 'action' end || ', changed_by, changed_at, note';
    vals text := case when moved then 's.from_state, s.to_state' else 's.action' end || ', null::bigint, s.changed_at, s.note';
    top int;
    base bigint;
    k int;
    written bigint;
begin
    execute format('select coalesce(max(id), 0) from %I', tbl) into base;
    execute format('create temporary table %I as select s.*, %s + row_number() over (order by changed_at, key, seq) as id
                    from %I s', staged || '_id', base, staged);
    execute format('analyze %I', staged || '_id');
    execute format('select coalesce(max(seq), 0), count(*) from %I', staged) into top, written;
    execute format('alter table %I disable trigger %I', tbl, tbl || '_chain');
    for k in 1..top loop
        execute format($q$
            insert into %1$I (id, %2$I, %3$s, chain_seq, prev_hash, row_hash) overriding system value
            select s.id, s.key, %4$s, s.seq, p.row_hash,
                   sha256(coalesce(p.row_hash, ''::bytea)
                          || %1$s_content(row(s.id, s.key, %4$s, s.seq, null::bytea, null::bytea)::%1$I))
            from %5$I s left join %1$I p on p.%2$I = s.key and p.chain_seq = s.seq - 1
            where s.seq = %6$s order by s.id$q$, tbl, keycol, cols, vals, staged || '_id', k);
        -- the next level joins what this one wrote: let the planner know how much that is
        execute format('analyze %I', tbl);
    end loop;
    execute format('alter table %I enable trigger %I', tbl, tbl || '_chain');
    execute format('select setval(pg_get_serial_sequence(%L, ''id''), (select max(id) from %I))', tbl, tbl);
    return written;
end $$;

select h.history, pg_temp.ov_chain(h.history, h.key, h.staged) as rows_written
from (values (1, 'oversight_activity_history', 'activity_id', 'ov_h_activity'),
             (2, 'oversight_issue_item_history', 'item_id', 'ov_h_item'),
             (3, 'oversight_topic_history', 'topic_id', 'ov_h_topic'),
             (4, 'deliberation_opinion_history', 'opinion_id', 'ov_h_opinion'),
             (5, 'court_hearing_history', 'hearing_id', 'ov_h_hearing')) as h (n, history, key, staged)
order by h.n;

select setval(pg_get_serial_sequence('oversight_activity', 'id'), (select max(id) from oversight_activity));
select setval(pg_get_serial_sequence('oversight_issue_item', 'id'), (select max(id) from oversight_issue_item));
select setval(pg_get_serial_sequence('oversight_topic', 'id'), (select max(id) from oversight_topic));
select setval(pg_get_serial_sequence('deliberation_opinion', 'id'), (select max(id) from deliberation_opinion));
select setval(pg_get_serial_sequence('court_hearing', 'id'), (select max(id) from court_hearing));

-- a court's own handler, to read the hearings as the court (the demo has none)
insert into staff_user (username, display_name, password_hash, region_code, agency_id, data_scope)
select 'bench-court-' || substring(a.code, 1, 6), a.name || '经办人', (select password_hash from staff_user where username = 'admin'),
       a.region_code, a.id, 'OWN_AGENCY'
from agency a where a.kind = 'COURT' and a.code like '2108%-FY'
on conflict (username) do nothing;
insert into user_role (user_id, role_id)
select u.id, r.id from staff_user u join role r on r.code = 'AGENCY_HANDLER' where u.username like 'bench-court-%'
on conflict do nothing;

commit;

analyze oversight_activity;
analyze oversight_activity_method;
analyze oversight_participant;
analyze oversight_visit;
analyze oversight_activity_history;
analyze oversight_issue_item;
analyze oversight_rectification;
analyze oversight_issue_item_history;
analyze oversight_topic;
analyze oversight_topic_activity;
analyze oversight_topic_measure;
analyze oversight_topic_history;
analyze deliberation_opinion;
analyze deliberation_opinion_item;
analyze deliberation_opinion_history;
analyze court_hearing;
analyze court_hearing_seat;
analyze court_hearing_evaluation;
analyze court_hearing_opinion;
analyze court_hearing_history;
analyze ledger_meeting;
analyze ledger_meeting_report;
analyze ledger_appointment;
analyze ledger_request;
analyze ledger_article;
analyze supervision_notice;
