-- Every message sent to someone outside the console, per channel, and how it went. The recipient is
-- kept masked: the outbox is for checking delivery, not a second copy of citizens' numbers.
create table notification_outbox (
    id         bigint generated always as identity primary key,
    channel    varchar(16)   not null,
    recipient  varchar(300)  not null,
    reference  varchar(100),
    subject    varchar(200),
    text       varchar(2000) not null,
    status     varchar(8)    not null check (status in ('SENT', 'FAILED')),
    error      varchar(500),
    created_at timestamptz   not null default now()
);
create index notification_outbox_reference on notification_outbox (reference);
