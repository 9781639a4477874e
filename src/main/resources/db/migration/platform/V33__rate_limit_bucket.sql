-- The public rate limit's token buckets (Bucket4j, PostgreSQL store), one row per client and
-- setting, shared by every app node so that a burst spent on one node is spent on all.
-- id: "<per-minute>/<burst> <client>", the client being an IPv4 address or an IPv6 /64.
-- state: Bucket4j's serialised bucket. expires_at: epoch milliseconds after which the bucket
-- would be full again, so its row may go (a recurring job deletes such rows). lock_id: the
-- advisory lock the library takes for the row while deleting it.
create table rate_limit_bucket (
    id          text primary key,
    state       bytea not null,
    expires_at  bigint,
    lock_id     bigint
);

create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);
