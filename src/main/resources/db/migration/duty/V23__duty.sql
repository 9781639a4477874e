-- Deputies' duty records (履职记录): what they did, when, with whom, and whether the office or
-- the group liaison has verified it. One record may name several deputies.
create table duty_record_type (
    id         bigint generated always as identity primary key,
    code       varchar(32) not null unique,
    name       varchar(64) not null unique,
    sort_order integer     not null default 100,
    enabled    boolean     not null default true
);

insert into duty_record_type (code, name, sort_order) values
    ('MEETING', '出席人代会和常委会会议', 10),
    ('INSPECTION', '视察、调研和执法检查', 20),
    ('BILL_OR_SUGGESTION', '提出议案和建议', 30),
    ('CONTACTING_VOTERS', '联系选民和进站接待', 40),
    ('GROUP_ACTIVITY', '代表小组活动', 50),
    ('TRAINING', '学习培训', 60),
    ('COURT_OBSERVATION', '旁听庭审', 70),
    ('REPORTING_TO_VOTERS', '向选民述职', 80),
    ('PUBLIC_SERVICE', '双岗建功和公益活动', 90),
    ('OTHER', '其他', 100);

create table duty_record (
    id            bigint generated always as identity primary key,
    type_id       bigint        not null references duty_record_type (id),
    occurred_on   date          not null,
    place         varchar(200),
    title         varchar(100)  not null,
    description   varchar(2000),
    state         varchar(12)   not null check (state in ('SUBMITTED', 'VERIFIED', 'RETURNED')),
    return_reason varchar(500),
    -- the region whose office verifies it: the first deputy's most local seat
    region_code   varchar(12)   not null references region (code),
    -- what made it: a form, the API, or another module's event ('opinion:42'); one record each
    source_ref    varchar(120)  unique,
    created_by    bigint        references staff_user (id),
    created_at    timestamptz   not null default now(),
    verified_by   bigint        references staff_user (id),
    verified_at   timestamptz,
    version       integer       not null default 0
);
create index duty_record_region on duty_record (region_code, occurred_on desc);
create index duty_record_created_by on duty_record (created_by) where created_by is not null;

create table duty_record_deputy (
    record_id bigint not null references duty_record (id) on delete cascade,
    deputy_id bigint not null references deputy (id),
    primary key (record_id, deputy_id)
);
create index duty_record_deputy_deputy on duty_record_deputy (deputy_id);

create table duty_record_file (
    id        bigint generated always as identity primary key,
    record_id bigint       not null references duty_record (id) on delete cascade,
    file_key  varchar(200) not null
);

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'duty:record:view'), ('CITY_ADMIN', 'duty:record:edit'), ('CITY_ADMIN', 'duty:record:verify'),
    ('CITY_ADMIN', 'duty:type:edit'),
    ('CONGRESS_OFFICE', 'duty:record:view'), ('CONGRESS_OFFICE', 'duty:record:edit'),
    ('CONGRESS_OFFICE', 'duty:record:verify'),
    ('STATION_ADMIN', 'duty:record:view'), ('STATION_ADMIN', 'duty:record:edit'),
    ('DEPUTY', 'duty:record:view'), ('DEPUTY', 'duty:record:edit')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;

-- 三表一报 as the daily job wrote it for each county-level region: the summary the groups read,
-- kept so that a day can be looked up later as it was then
create table duty_daily_summary (
    region_code    varchar(12)   not null references region (code),
    report_date    date          not null,
    deputies       integer       not null,
    records_on_day integer       not null,
    opinions_on_day integer      not null,
    summary        varchar(4000) not null,
    written_at     timestamptz   not null default now(),
    primary key (region_code, report_date)
);
