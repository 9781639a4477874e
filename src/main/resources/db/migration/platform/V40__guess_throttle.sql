-- Sign-in and tracking look-up throttling (platform.throttle.GuessThrottle), shared by every app
-- node. One row per (kind, subject, client): kind says what is guessed ('login', 'track'; with
-- '/any' appended for the row counting one client's guesses across every subject, whose subject
-- is ''), subject what is guessed at (a username as typed, a tracking code), client the client's
-- key (an IPv4 address or an IPv6 /64). attempts counts guesses not yet forgiven; past the
-- rule's free allowance each guess makes the next wait (blocked_until), the wait doubling up to
-- a cap. A row is forgotten once expires_at has passed; a recurring job deletes such rows.
create table guess_throttle (
    kind            varchar(24)  not null,
    subject         varchar(100) not null,
    client          varchar(100) not null,
    attempts        integer      not null,
    blocked_until   timestamptz,
    last_attempt_at timestamptz  not null,
    expires_at      timestamptz  not null,
    primary key (kind, subject, client)
);

create index guess_throttle_expires on guess_throttle (expires_at);
