-- wrong phone digits are counted per (tracking code, client address) by the platform's
-- guess_throttle now, expiring: the count per case closed a case's look-up for good
alter table opinion drop column lookup_failures;
