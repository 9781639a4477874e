-- Which phone key this database's phone numbers are protected with, as a fingerprint (an HMAC of a
-- fixed text under the key; it does not reveal the key). Recorded by the first node to start; a
-- node started later with another key refuses to start, rather than saving numbers the other
-- nodes cannot read.
create table phone_key_fingerprint (
    only_row     boolean primary key default true check (only_row),
    fingerprint  text not null,
    recorded_at  timestamptz not null default now()
);
