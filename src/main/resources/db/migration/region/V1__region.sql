-- The administrative region tree (行政区划), GB/T 2260 codes; towns and below carry longer codes.
create table region (
    code        varchar(12)  primary key,
    name        varchar(64)  not null,
    level       varchar(16)  not null check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWN', 'VILLAGE')),
    parent_code varchar(12)  references region (code),
    -- ancestry as '/210800/210802/', so "this region and everything below it" is one prefix match
    path        varchar(160) not null unique,
    enabled     boolean      not null default true,
    version     integer      not null default 0
);
create index region_parent on region (parent_code);
create index region_path_prefix on region (path text_pattern_ops);

-- The people's congress of a region level (市/区县/乡镇) and its current term.
create table congress (
    id          bigint generated always as identity primary key,
    region_code varchar(12)  not null references region (code),
    name        varchar(64)  not null,
    term_number integer      not null check (term_number > 0),
    term_start  date         not null,
    term_end    date         not null,
    unique (region_code, term_number),
    check (term_end > term_start)
);
