-- Legislative consultation for the benchmarks (bench/scenarios/legislation-figures.sh), on top of the
-- demo data (西市区's contact point with its 54 information points, 157 informants and six
-- consultations). Deterministic: the same scale gives the same rows. psql variable:
-- scale_law_opinions (1,000,000 at 1m, 20,000 at small); the rest follows from it.
--
-- Every division of the city gets a contact point with 54 information points over its towns (西市区
-- keeps the demo's), about one informant per 50 opinions over those points, and about one
-- consultation per 3,300 opinions (at least twelve) spread over the last five years, each with a
-- draft of 40 to 80 articles in chapters of ten (one in four with a revised second version) and
-- the steps it took in its history. Opinions are written as the app writes them: on the version
-- open, on an article (one in twenty on the whole draft), through an information point of the
-- consultation's division, half handed in by informants, two in five on the QR page by citizens
-- with a protected phone, one in ten raised at an offline meeting. Consultations past gathering
-- have merged opinions (half the opinions, five to a merged one); reported ones carry state
-- REPORTED, answered ones the legislature's answer (about 5% adopted, 10% partly, the rest not).
\set ON_ERROR_STOP on
\if :{?scale_law_opinions}
\else
\set scale_law_opinions 0
\endif

begin;

create temporary table lg_division as
select r.code, row_number() over (order by r.code) - 1 as n
from region r where r.parent_code = (select code from region where parent_code is null order by code limit 1);

-- a contact point in each division that has none, then 54 information points in the divisions whose
-- contact point has fewer
insert into venue (kind, name, region_code, address, enabled)
select 'LEGISLATIVE_CONTACT_POINT', rv.name || '测试基层立法联系点', d.code, rv.name || '人大常委会', true
from lg_division d join region rv on rv.code = d.code
where not exists (select 1 from venue v where v.region_code = d.code and v.kind = 'LEGISLATIVE_CONTACT_POINT');

create temporary table lg_contact as
select distinct on (d.code) d.code as region_code, d.n as division_n, v.id as point_id
from lg_division d join venue v on v.region_code = d.code and v.kind = 'LEGISLATIVE_CONTACT_POINT'
order by d.code, v.id;

insert into venue (kind, name, parent_id, region_code, address, enabled)
select 'LEGISLATIVE_INFO_POINT', t.name || '测试立法信息采集点' || k, c.point_id, t.code, t.name, true
from lg_contact c
cross join generate_series(1, 54) k
join lateral (select code, name, row_number() over (order by code) - 1 as n, count(*) over () as total
              from region where parent_code = c.region_code) t on t.n = k % t.total
where (select count(*) from venue v where v.parent_id = c.point_id) < 54;

create temporary table lg_point as
select c.region_code, v.id as point_id, row_number() over (partition by c.region_code order by v.id) - 1 as n,
       count(*) over (partition by c.region_code) as total
from lg_contact c join venue v on v.parent_id = c.point_id and v.kind = 'LEGISLATIVE_INFO_POINT';
create index on lg_point (region_code, n);
analyze lg_point;

-- informants: one per 50 opinions, round-robin over every information point
create temporary table lg_informant as
select i, d.code as region_code, p.point_id,
       (select coalesce(max(id), 0) from legislation_informant) + i as expected_id
from generate_series(1, greatest(1, :scale_law_opinions / 50)) i
join lg_division d on d.n = i % (select count(*) from lg_division)
join lg_point p on p.region_code = d.code and p.n = (i / 7) % p.total;

insert into legislation_informant (point_id, region_code, name, field, workplace, phone_cipher, phone_hash, phone_last4,
                                   phone_masked, consented_on, active, left_on, created_by)
select x.point_id, x.region_code, '测试信息员' || x.i,
       (array['DEPUTY', 'LAWYER', 'TEACHER', 'RESIDENT', 'ENTERPRISE', 'CIVIL_SERVANT', 'OTHER'])[1 + x.i % 7],
       '测试单位' || (x.i % 300), 'bench', md5('informant ' || x.i), lpad((x.i % 10000)::text, 4, '0'),
       '138****' || lpad((x.i % 10000)::text, 4, '0'), current_date - 1800 + (x.i % 1500),
       x.i % 20 <> 0, case when x.i % 20 = 0 then current_date - (x.i % 300) end, null
from lg_informant x order by x.i;

create temporary table lg_informant_of as
select id, region_code, point_id, row_number() over (partition by region_code order by id) - 1 as n,
       count(*) over (partition by region_code) as total
from legislation_informant where phone_cipher = 'bench';
create index on lg_informant_of (region_code, n);
analyze lg_informant_of;

-- consultations: received over the last five years; those older than 150 days are answered, the
-- newer ones at every stage
create temporary table lg_consultation as
select k, d.code as region_code, c.point_id, current_date - 1800 + (k * 397) % 1790 as received_on,
       40 + (k * 13) % 41 as articles, case when k % 4 = 0 then 2 else 1 end as versions
from generate_series(1, greatest(12, :scale_law_opinions / 3333)) k
join lg_division d on d.n = k % (select count(*) from lg_division)
join lg_contact c on c.region_code = d.code;

alter table lg_consultation add column stage varchar(12);
update lg_consultation set stage = case
    when received_on < current_date - 150 then 'ANSWERED'
    else (array['RECEIVED', 'GATHERING', 'GATHERING', 'MERGING', 'REPORTED'])[1 + k % 5] end;
alter table lg_consultation add column id bigint;

with made as (
    insert into legislation_consultation (point_id, region_code, source_level, source_body, title, received_on,
                                          answer_due_on, stage, current_version, reported_on)
    select point_id, region_code, (array['NATIONAL', 'PROVINCIAL', 'CITY', 'NORMATIVE'])[1 + k % 4],
           (array['全国人大常委会法制工作委员会', '辽宁省人大常委会法制工作委员会', '营口市人大常委会法制工作委员会',
                  '营口市人民政府'])[1 + k % 4],
           '测试条例（草案）第' || k || '号', received_on, received_on + 30, stage,
           case when stage = 'RECEIVED' then 0 else versions end,
           case when stage in ('REPORTED', 'ANSWERED') then received_on + 28 end
    from lg_consultation order by k
    returning id, title)
update lg_consultation l set id = made.id from made where made.title = '测试条例（草案）第' || l.k || '号';
create index on lg_consultation (k);
analyze lg_consultation;

-- the drafts: every version of a consultation past receiving, article by article
with versions as (
    insert into legislation_draft_version (consultation_id, number, received_on, note, articles)
    select l.id, v, l.received_on + (v - 1) * 10, case when v = 2 then '修改稿' end, l.articles
    from lg_consultation l cross join generate_series(1, 2) v
    where l.stage <> 'RECEIVED' and v <= l.versions
    returning id, consultation_id, articles)
insert into legislation_draft_article (version_id, number, chapter, text)
select v.id, a, '第' || (1 + (a - 1) / 10) || '章', '第' || a || '条 本条规定测试事项' || a
       || '的管理职责，县级以上人民政府有关部门按照职责分工做好相关工作。' || chr(10)
       || '违反本条规定的，由有关部门责令改正。'
from versions v cross join generate_series(1, v.articles) a;

-- offline meetings: three for every consultation past receiving
insert into legislation_meeting (consultation_id, point_id, region_code, kind, held_on, place, participants)
select l.id, p.point_id, l.region_code, (array['SYMPOSIUM', 'HEARING', 'FIELD_RESEARCH'])[m], l.received_on + 3 * m,
       '测试会议室' || m, 8 + (l.k + m) % 20
from lg_consultation l cross join generate_series(1, 3) m
join lg_point p on p.region_code = l.region_code and p.n = (l.k + m) % p.total
where l.stage <> 'RECEIVED';

create temporary table lg_meeting as
select id, consultation_id, row_number() over (partition by consultation_id order by id) - 1 as n
from legislation_meeting where place like '测试会议室%';
create index on lg_meeting (consultation_id, n);
analyze lg_meeting;

-- the opinions: spread over the consultations past receiving
create temporary table lg_open as
select l.*, row_number() over (order by l.k) - 1 as n, count(*) over () as total
from lg_consultation l where l.stage <> 'RECEIVED';
create index on lg_open (n);
analyze lg_open;

create temporary table lg_opinion as
select i, l.id as consultation_id, l.region_code, l.received_on, l.stage, l.versions, l.articles,
       case when i % 20 = 0 then null else 1 + (i::bigint * 7919) % l.articles end as article_number,
       case when i % 10 = 9 then 'MEETING' when i % 10 < 5 then 'INFORMANT' else 'QR_PAGE' end as channel,
       coalesce(f.point_id, p.point_id) as point_id, f.id as informant_id, l.k
from generate_series(1, :scale_law_opinions) i
join lg_open l on l.n = (i * 2654435761) % (select count(*) from lg_open)
join lg_point p on p.region_code = l.region_code and p.n = (i / 3) % p.total
-- an informant's opinions come through their own point
left join lg_informant_of f on i % 10 < 5 and f.region_code = l.region_code and f.n = (i / 11) % f.total;

insert into legislation_opinion (consultation_id, draft_version, article_number, paragraph_number, text, channel,
                                 point_id, region_code, informant_id, meeting_id, citizen_name, phone_cipher, phone_hash,
                                 phone_last4, phone_masked, tracking_token, created_at)
select o.consultation_id, case when o.versions = 2 and o.i % 3 = 0 then 2 else 1 end, o.article_number,
       case when o.article_number is not null and o.i % 4 = 0 then 1 + o.i % 2 end,
       (array['建议', '希望', '应当', '请考虑'])[1 + o.i % 4]
           || (array['明确', '细化', '增加', '删除', '修改', '补充', '完善'])[1 + o.i % 7]
           || (array['主管部门的职责', '经费保障', '处罚标准', '信息公开', '群众参与', '人才引进', '考核评价', '监督检查',
                     '法律责任', '奖励措施', '培训制度', '服务平台'])[1 + (o.i / 7) % 12]
           || (array['的规定', '的条款', '的内容', '方面的要求'])[1 + (o.i / 84) % 4] || '（' || o.i || '）',
       o.channel, o.point_id, o.region_code,
       o.informant_id,
       case when o.channel = 'MEETING' then
           (select m.id from lg_meeting m where m.consultation_id = o.consultation_id and m.n = o.i % 3) end,
       case when o.channel = 'QR_PAGE' then '测试群众' || o.i end,
       case when o.channel = 'QR_PAGE' then 'bench' end,
       case when o.channel = 'QR_PAGE' then md5('citizen ' || (o.i % 50000)) end,
       case when o.channel = 'QR_PAGE' then lpad((o.i % 10000)::text, 4, '0') end,
       case when o.channel = 'QR_PAGE' then '139****' || lpad((o.i % 10000)::text, 4, '0') end,
       'L' || lpad(o.i::text, 19, '0'), o.received_on + (o.i % 25) + interval '9 hours'
from lg_opinion o order by o.i;

-- merged opinions: in the consultations past gathering, every other opinion on an article, five to
-- a merged one; reported and answered as far as the consultation got
create temporary table lg_to_merge as
select o.id, o.consultation_id, coalesce(o.article_number, 0) as article,
       (row_number() over (partition by o.consultation_id, coalesce(o.article_number, 0) order by o.id) - 1) / 5 as g,
       l.stage
from legislation_opinion o join lg_consultation l on l.id = o.consultation_id
where l.stage in ('MERGING', 'REPORTED', 'ANSWERED') and o.id % 2 = 0;

create temporary table lg_merged as
select consultation_id, article, g, min(stage) as stage, min(id) as first_id,
       row_number() over (order by consultation_id, article, g) as m
from lg_to_merge group by consultation_id, article, g;
alter table lg_merged add column id bigint;

with made as (
    insert into legislation_merged_opinion (consultation_id, article_number, text, reason, state, outcome,
                                            outcome_reason, answered_on)
    select g.consultation_id, nullif(g.article, 0), '合并意见' || g.m || '：建议明确主管部门的职责，细化法律责任条款。',
           '多名信息员和群众提出',
           case g.stage when 'MERGING' then 'DRAFTED' when 'REPORTED' then 'REPORTED' else 'ANSWERED' end,
           case when g.stage = 'ANSWERED' then
               case when g.m % 20 = 0 then 'ADOPTED' when g.m % 10 = 5 then 'PARTLY_ADOPTED' else 'NOT_ADOPTED' end end,
           case when g.stage = 'ANSWERED' and g.m % 10 not in (0, 5) then '与上位法规定不一致' end,
           case when g.stage = 'ANSWERED' then l.received_on + 60 end
    from lg_merged g join lg_consultation l on l.id = g.consultation_id order by g.m
    returning id, text)
update lg_merged g set id = made.id from made where made.text = '合并意见' || g.m || '：建议明确主管部门的职责，细化法律责任条款。';

update legislation_opinion o set merged_into = g.id
from lg_to_merge t join lg_merged g using (consultation_id, article, g) where o.id = t.id;

-- the consultations' steps, as far as each got. The chain trigger is off while they are written
-- (row_hash is a placeholder): nothing a run measures reads them
alter table legislation_consultation_history disable trigger legislation_consultation_history_chain;
insert into legislation_consultation_history (consultation_id, from_stage, to_stage, changed_at, reason, chain_seq,
                                              row_hash)
select l.id, s.from_stage, s.to_stage, l.received_on + s.day, null, s.seq, '\x00'::bytea
from lg_consultation l
join (values (1, null, 'RECEIVED', 0, 0), (2, 'RECEIVED', 'GATHERING', 1, 1), (3, 'GATHERING', 'MERGING', 26, 2),
             (4, 'MERGING', 'REPORTED', 28, 3), (5, 'REPORTED', 'ANSWERED', 60, 4)) as s (seq, from_stage, to_stage, day, rank)
  on s.rank <= array_position(array['RECEIVED', 'GATHERING', 'MERGING', 'REPORTED', 'ANSWERED'], l.stage::text) - 1
order by l.k, s.seq;
alter table legislation_consultation_history enable trigger legislation_consultation_history_chain;

commit;

analyze venue;
analyze legislation_informant;
analyze legislation_consultation;
analyze legislation_draft_version;
analyze legislation_draft_article;
analyze legislation_meeting;
analyze legislation_opinion;
analyze legislation_merged_opinion;
analyze legislation_consultation_history;
