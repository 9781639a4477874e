create table role (
    id   bigint generated always as identity primary key,
    code varchar(32) not null unique,
    name varchar(64) not null
);

-- permissions are named module:entity:action; the names are defined in code, roles group them
create table role_permission (
    role_id    bigint      not null references role (id) on delete cascade,
    permission varchar(64) not null,
    primary key (role_id, permission)
);

create table staff_user (
    id                  bigint generated always as identity primary key,
    username            varchar(64)  not null unique,
    display_name        varchar(64)  not null,
    password_hash       varchar(100) not null,
    -- set only by the demo data loader; cleared by any password change (the prod profile refuses to start while set)
    demo_password       boolean      not null default false,
    region_code         varchar(12)  not null references region (code),
    agency_id           bigint references agency (id),
    data_scope          varchar(24)  not null check (data_scope in ('ALL', 'REGION_AND_BELOW', 'OWN_REGION', 'OWN_AGENCY', 'OWN_RECORDS')),
    enabled             boolean      not null default true,
    password_changed_at timestamptz  not null default now(),
    check (data_scope <> 'OWN_AGENCY' or agency_id is not null)
);
create index staff_user_region on staff_user (region_code);

create table user_role (
    user_id bigint not null references staff_user (id) on delete cascade,
    role_id bigint not null references role (id) on delete cascade,
    primary key (user_id, role_id)
);

-- failed logins are counted per username typed, whether or not such a user exists, so the
-- answer to a wrong guess never tells which usernames are real
create table login_attempt (
    username        varchar(64) primary key,
    failures        integer     not null default 0,
    locked_until    timestamptz,
    last_failure_at timestamptz
);

create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references staff_user (id) on delete cascade,
    token_hash   char(64)    not null unique,
    label        varchar(64) not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user on api_token (user_id);

-- the operation log (操作日志) is append-only
create table operation_log (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null default now(),
    username       varchar(64)  not null,
    action         varchar(64)  not null,
    target         varchar(200),
    detail         varchar(1000),
    remote_address varchar(64)
);
create index operation_log_time on operation_log (occurred_at desc);

create function operation_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'operation_log is append-only';
end $$;
create trigger operation_log_no_update before update or delete on operation_log
    for each statement execute function operation_log_is_append_only();

-- staff sessions live in the database so that app nodes stay stateless (Spring Session JDBC)
create table spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
