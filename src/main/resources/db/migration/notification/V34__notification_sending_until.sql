-- While an attempt is under way its message is leased to it: neither the retry job nor an
-- administrator's "send again" may take it up until the lease ends (the node died) or the
-- attempt records its outcome. Without it, two clicks on "send again" sent a message twice.
alter table notification_outbox add column sending_until timestamptz;
