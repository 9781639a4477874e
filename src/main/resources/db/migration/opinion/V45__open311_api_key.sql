-- Keys of the Open311 clients a city lets post service requests (GeoReport v2 api_key):
-- only a digest of each key is kept; the key itself is shown once, when it is issued.
create table open311_api_key (
    id            bigint generated always as identity primary key,
    name          varchar(100) not null,
    contact       varchar(200),
    key_digest    char(64)     not null unique,
    -- the first characters, so that an administrator can tell keys apart
    key_prefix    varchar(12)  not null,
    issued_at     timestamptz  not null,
    issued_by     varchar(64)  not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    revoked_by    varchar(64),
    version       integer      not null default 0
);

insert into role_permission (role_id, permission)
select r.id, 'opinion:open311-key:manage' from role r where r.code = 'CITY_ADMIN'
on conflict do nothing;
