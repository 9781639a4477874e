-- The reports a meeting heard, as other modules may read them: the oversight module checks
-- that a deliberation opinion names a report of a meeting of its own region.
create view ledger_meeting_report_view as
select r.meeting_id, r.position, r.title, m.region_code, m.held_on
from ledger_meeting_report r join ledger_meeting m on m.id = r.meeting_id;
