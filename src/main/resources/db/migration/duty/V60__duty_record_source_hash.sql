-- What an API request under an Idempotency-Key carried: a retry with the same key and
-- another body is refused (409) instead of answering the first record as if it were this one
alter table duty_record add column source_hash varchar(64);

comment on column duty_record.source_hash is 'SHA-256 of the request that entered the record under source_ref; null for forms and events';
