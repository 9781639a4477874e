-- Fills a Lianxin database for the benchmarks, on top of the demo data. Deterministic: the
-- same scale gives the same rows. psql variables (bench/lib.sh, scale_vars):
--   scale_agencies, scale_users, scale_opinions, and optionally scale_villages_per_town.
\set ON_ERROR_STOP on
\if :{?scale_villages_per_town}
\else
\set scale_villages_per_town 0
\endif
\if :{?scale_opinions}
\else
\set scale_opinions 0
\endif
\if :{?scale_deputies}
\else
\set scale_deputies 0
\endif
\if :{?scale_duty_records}
\else
\set scale_duty_records 0
\endif

begin;

-- villages under every town (12-digit codes), when asked for
insert into region (code, name, level, parent_code, path, enabled)
select t.code || lpad(v::text, 3, '0'), t.name || '第' || v || '村', 'VILLAGE', t.code, t.path || t.code || lpad(v::text, 3, '0') || '/', true
from region t cross join generate_series(1, :scale_villages_per_town) as v
where t.level = 'TOWN'
on conflict (code) do nothing;

-- agencies round-robin over the towns (and villages), every kind, every 50th disabled
with places as (
    select code, row_number() over (order by code) - 1 as n, count(*) over () as total
    from region where level in ('TOWN', 'VILLAGE')
), kinds as (
    select k, row_number() over () - 1 as n
    from unnest(array['GOVERNMENT_DEPARTMENT', 'SUBDISTRICT_OFFICE', 'TOWN_GOVERNMENT', 'COURT',
                      'PROCURATORATE', 'OTHER']) as k
)
insert into agency (code, name, kind, region_code, enabled)
select 'BENCH-' || lpad(i::text, 6, '0'), '测试承办单位' || lpad(i::text, 4, '0') || '号',
       (select k from kinds where kinds.n = i % 6),
       (select code from places where places.n = i % places.total),
       i % 50 <> 0
from generate_series(1, :scale_agencies) as i
on conflict (code) do nothing;

-- handlers, one town each, with the demo admin's password
insert into staff_user (username, display_name, password_hash, region_code, data_scope)
select 'bench-' || lpad(i::text, 5, '0'), '测试用户' || i,
       (select password_hash from staff_user where username = 'admin'),
       (select code from region where level = 'TOWN' order by code offset (i % (select count(*) from region where level = 'TOWN')) limit 1),
       'OWN_REGION'
from generate_series(1, :scale_users) as i
on conflict (username) do nothing;

insert into user_role (user_id, role_id)
select u.id, r.id from staff_user u join role r on r.code = 'AGENCY_HANDLER'
where u.username like 'bench-%'
on conflict do nothing;

-- opinions spread over two years, every town, every category and every state; an assigned case
-- has a demo agency of its own division as lead
create temporary table bench_town as
select code, row_number() over (order by code) - 1 as n from region where level = 'TOWN';
create temporary table bench_category as
select id, row_number() over (order by id) - 1 as n from opinion_category;
create temporary table bench_lead as
select substring(r.code, 1, 6) as division, min(a.id) as agency_id
from agency a join region r on r.code = a.region_code
where a.code not like 'BENCH-%' group by 1;

insert into opinion (tracking_code, link_token, region_code, category_id, channel, description, phone_masked,
                     phone_last4, collected_on, late_entry, received_at, status, stage_started_on, stage_due_on,
                     lead_agency_id, assigned_on, reply_due_on, replied_on, replied_on_time, result_class, rating,
                     closed_on, publish_consent)
select 'Z' || lpad(i::text, 9, '0'),
       substring(md5(i::text) || md5('t' || i::text), 1, 43),
       t.code, c.id,
       (array['QR_CODE', 'WEB', 'DEPUTY', 'STATION', 'HOTLINE', 'LETTER', 'OPEN311'])[1 + i % 7],
       (array['小区路灯不亮，晚上出行不便', '路面破损积水，希望尽快修补', '夜间施工噪声扰民',
              '公交站台缺少遮雨棚', '老旧小区供暖温度不达标', '学校周边早晚高峰拥堵',
              '垃圾清运不及时，气味难闻', '农村道路需要硬化'])[1 + i % 8] || '（第 ' || i || ' 件）',
       '139****' || lpad((i % 10000)::text, 4, '0'), lpad((i % 10000)::text, 4, '0'),
       received::date, i % 41 = 0, received, status,
       received::date, case when status in ('CLOSED', 'DECLINED', 'MERGED', 'CONVERTED') then null
                            else received::date + 5 end,
       case when status in ('RECEIVED', 'DECLINED', 'MERGED', 'CONVERTED') then null else l.agency_id end,
       case when status in ('RECEIVED', 'DECLINED', 'MERGED', 'CONVERTED') then null else received::date + 1 end,
       case when status in ('RECEIVED', 'DECLINED', 'MERGED', 'CONVERTED') then null else received::date + 22 end,
       case when status in ('REPLIED', 'FED_BACK', 'CLOSED') then received::date + 12 end,
       case when status in ('REPLIED', 'FED_BACK', 'CLOSED') then i % 13 <> 0 end,
       case when status in ('REPLIED', 'FED_BACK', 'CLOSED') then (array['A', 'A', 'A', 'B', 'C', 'D'])[1 + i % 6] end,
       case when status = 'CLOSED' then (array['SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'])[1 + i % 4] end,
       case when status in ('CLOSED', 'DECLINED', 'MERGED', 'CONVERTED') then received::date + 20 end,
       i % 3 = 0
from generate_series(1, :scale_opinions) as i
cross join lateral (select now() - ((i::bigint * 7919) % (730 * 24 * 60)) * interval '1 minute' as received) as r
cross join lateral (select (array['RECEIVED', 'RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'IN_PROGRESS', 'REPLIED',
                                  'FED_BACK', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED',
                                  'CLOSED', 'CLOSED', 'DECLINED', 'MERGED', 'CONVERTED', 'CLOSED'])[1 + i % 20]
                           as status) as s
join bench_town t on t.n = i % (select count(*) from bench_town)
join bench_category c on c.n = i % (select count(*) from bench_category)
left join bench_lead l on l.division = substring(t.code, 1, 6)
-- ids in the order of i, so that towns, categories and states are mixed along the id axis as
-- they would be in real life (a hash join would otherwise hand the rows over town by town)
order by i
on conflict do nothing;

-- deputies with a seat in a congress of their division or town, and their duty records of this year
-- (four in five verified), one or two deputies each, every kind
create temporary table bench_congress as
select id, region_code, term_start, row_number() over (order by id) - 1 as n from congress where term_end > current_date;

insert into deputy (name, gender, occupation, phone_masked, created_by)
select '测试代表' || lpad(i::text, 5, '0'), case when i % 2 = 0 then 'MALE' else 'FEMALE' end, '测试职业', '139****0000', null
from generate_series(1, :scale_deputies) as i
order by i;

insert into deputy_membership (deputy_id, congress_id, region_code, started_on)
select d.id, c.id, c.region_code, c.term_start
from (select id, row_number() over (order by id) as i from deputy where name like '测试代表%') d
join bench_congress c on c.n = d.i % (select count(*) from bench_congress)
where not exists (select 1 from deputy_membership m where m.deputy_id = d.id);

create temporary table bench_deputy as
select d.id, m.region_code, row_number() over (order by d.id) - 1 as n
from deputy d join deputy_membership m on m.deputy_id = d.id where d.name like '测试代表%';

insert into duty_record (type_id, occurred_on, title, state, region_code, source_ref)
select t.id, date_trunc('year', current_date)::date + (i % greatest(1, current_date - date_trunc('year', current_date)::date)),
       '测试履职记录' || i, case when i % 5 = 0 then 'SUBMITTED' else 'VERIFIED' end, d.region_code, 'bench:' || i
from generate_series(1, :scale_duty_records) as i
join bench_deputy d on d.n = i % (select greatest(1, count(*)) from bench_deputy)
join (select id, row_number() over (order by id) - 1 as n from duty_record_type) t on t.n = i % 10
order by i
on conflict (source_ref) do nothing;

insert into duty_record_deputy (record_id, deputy_id)
select r.id, d.id from duty_record r
join bench_deputy d on d.n = (substring(r.source_ref from 7)::bigint) % (select greatest(1, count(*)) from bench_deputy)
where r.source_ref like 'bench:%'
on conflict do nothing;

commit;

analyze deputy;
analyze deputy_membership;
analyze duty_record;
analyze duty_record_deputy;
analyze region;
analyze agency;
analyze staff_user;
analyze opinion;
