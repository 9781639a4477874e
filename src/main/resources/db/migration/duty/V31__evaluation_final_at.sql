-- When a batch became final: the records it counted are those verified by then.
alter table evaluation_batch add column final_at timestamptz;
