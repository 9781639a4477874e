-- Agencies (承办单位): government departments, subdistrict offices, courts, procuratorates.
create table agency (
    id            bigint generated always as identity primary key,
    code          varchar(32)  not null unique,
    name          varchar(128) not null,
    kind          varchar(32)  not null check (kind in ('GOVERNMENT_DEPARTMENT', 'SUBDISTRICT_OFFICE', 'TOWN_GOVERNMENT',
                                                       'COURT', 'PROCURATORATE', 'OTHER')),
    region_code   varchar(12)  not null references region (code),
    contact_phone varchar(32),
    enabled       boolean      not null default true,
    created_by    bigint,
    version       integer      not null default 0
);
create index agency_region on agency (region_code);
create index agency_created_by on agency (created_by);
