-- Messages that went out (or were given up) are kept for checking delivery only for a while
-- (lianxin.retention.notification-outbox, issue 12): the pruning job finds them by age.
create index notification_outbox_settled on notification_outbox (created_at) where status <> 'PENDING';
