-- The short public code printed in a deputy's QR code. Reissuing revokes the old code, whose page
-- then says so (HTTP 410) instead of showing the deputy.
create table deputy_public_code (
    code       char(8)     primary key,
    deputy_id  bigint      not null references deputy (id) on delete cascade,
    issued_at  timestamptz not null default now(),
    revoked_at timestamptz
);
create unique index deputy_public_code_active on deputy_public_code (deputy_id) where revoked_at is null;
