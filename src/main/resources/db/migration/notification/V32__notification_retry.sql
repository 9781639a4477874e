-- A message now waits in the outbox until it is delivered: queued PENDING, retried with back-off
-- after a failure, SENT once a channel took it, FAILED when the retry policy gave up (an
-- administrator can still retry it). One row per message and channel, so one channel's failure
-- never resends another's success; the message key makes queueing idempotent, so an event
-- delivered twice queues once.
alter table notification_outbox
    drop constraint notification_outbox_status_check,
    add constraint notification_outbox_status_check check (status in ('PENDING', 'SENT', 'FAILED')),
    add column message_key     varchar(200),
    -- rows from before made their one attempt
    add column attempts        integer not null default 1,
    add column next_attempt_at timestamptz,
    add column last_attempt_at timestamptz,
    add column sent_at         timestamptz,
    -- what a retry needs, never in plain text: the phone as PhoneNumbers encrypts it, and the
    -- recipient's name, email and full text (with its private link) sealed by SecretTexts
    add column phone_cipher    varchar(200),
    add column sealed_message  text;

update notification_outbox set message_key = 'outbox ' || id, last_attempt_at = created_at,
    sent_at = case when status = 'SENT' then created_at end;

alter table notification_outbox
    alter column message_key set not null,
    alter column attempts set default 0,
    add constraint notification_outbox_message_channel unique (message_key, channel);

-- the retry job's question: which messages are due now
create index notification_outbox_due on notification_outbox (next_attempt_at) where status = 'PENDING';
create index notification_outbox_status on notification_outbox (status, id desc);

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'notification:outbox:view'), ('CITY_ADMIN', 'notification:outbox:retry')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
