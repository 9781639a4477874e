-- The workbench (工作台) counts each office's open cases per region and state, and the overdue ones
-- among them, from the index alone: the open cases only (a third of the table or less), with
-- the stage's due date beside the state, so "overdue to sign" is one index range per region.
create index opinion_open_region_status_due on opinion (region_code, status, stage_due_on)
    where status not in ('CLOSED', 'CONVERTED', 'DECLINED', 'MERGED');

-- an agency's last seven days: the cases it leads, by the day they were collected
create index opinion_lead_agency_collected on opinion (lead_agency_id, collected_on)
    where lead_agency_id is not null;
