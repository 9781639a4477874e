-- The opinion loop's notices move to the supervision module's one table (V70 creates it). The ids
-- stay as they were: the agency messages already sent are keyed by them, and a new notice with an
-- old id would be taken for one already sent.
insert into supervision_notice (id, subject, subject_id, stage, kind, level, due_on, region_code, agency_id, issued_at)
select id, 'OPINION', opinion_id, status, kind, level, stage_due_on, region_code, agency_id, issued_at
from opinion_notice
on conflict do nothing;

select setval(pg_get_serial_sequence('supervision_notice', 'id'),
              greatest((select coalesce(max(id), 0) from supervision_notice), 1),
              (select count(*) > 0 from supervision_notice));
