-- A deputy taking part in an oversight activity records what they find on the spot, on a
-- phone (issue 15's journey): the finding goes on the activity's issue list for its unit.
insert into role_permission (role_id, permission)
select r.id, 'oversight:finding:record' from role r where r.code = 'DEPUTY'
on conflict do nothing;
