-- The group liaison enters records for the group's deputies, verifies or returns them, and reads
-- the group's 三表一报.
insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values ('GROUP_LIAISON', 'duty:record:view'), ('GROUP_LIAISON', 'duty:record:edit'),
             ('GROUP_LIAISON', 'duty:record:verify')) as p (role_code, permission)
     on p.role_code = r.code
on conflict do nothing;
