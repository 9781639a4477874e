-- Deputies (人大代表): a person, and their seats in one or more congresses at once.

-- a deputy group (代表小组) or delegation (代表团) within one congress term
create table deputy_group (
    id          bigint generated always as identity primary key,
    congress_id bigint       not null references congress (id),
    name        varchar(64)  not null,
    unique (congress_id, name)
);

create table deputy (
    id              bigint generated always as identity primary key,
    name            varchar(32)  not null,
    gender          varchar(8)   check (gender in ('MALE', 'FEMALE')),
    ethnicity       varchar(16),
    birth_year      integer      check (birth_year between 1900 and 2100),
    party           varchar(32),
    occupation      varchar(64),
    employer        varchar(128),
    -- the phone is stored encrypted; screens use the masked form, searches the keyed hash
    phone_cipher    varchar(200),
    phone_hash      char(64),
    phone_last_four char(4),
    phone_masked    varchar(20),
    bio             varchar(2000),
    created_by      bigint,
    created_at      timestamptz  not null default now(),
    version         integer      not null default 0
);
create index deputy_phone_hash on deputy (phone_hash);

-- a seat: this deputy, in this congress term, for this electoral district, in this group
create table deputy_membership (
    id                 bigint generated always as identity primary key,
    deputy_id          bigint       not null references deputy (id) on delete cascade,
    congress_id        bigint       not null references congress (id),
    -- the congress's region, copied so that data scope is one indexed comparison
    region_code        varchar(12)  not null references region (code),
    group_id           bigint references deputy_group (id),
    electoral_district varchar(64),
    started_on         date         not null,
    ended_on           date,
    end_reason         varchar(200),
    check (ended_on is null or ended_on >= started_on),
    check ((ended_on is null) = (end_reason is null))
);
create index deputy_membership_deputy on deputy_membership (deputy_id);
create index deputy_membership_region on deputy_membership (region_code, deputy_id);
-- one open seat per deputy per congress term
create unique index deputy_membership_open on deputy_membership (deputy_id, congress_id) where ended_on is null;

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'deputy:deputy:view'), ('CITY_ADMIN', 'deputy:deputy:edit'),
    ('CONGRESS_OFFICE', 'deputy:deputy:view'), ('CONGRESS_OFFICE', 'deputy:deputy:edit'),
    ('STATION_ADMIN', 'deputy:deputy:view')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
