-- Nobody may hand out a role more powerful than their own (RolePolicy). The survey module
-- gave agency handlers and deputies permissions their office and the city administrator
-- lacked, so an office could no longer create a handler's account. Runs after every module's
-- grants up to this version; StandardRolesTests keeps later modules to the same rule.
insert into role_permission (role_id, permission)
select holder.id, p.permission
from role holder
join role_permission p on true
join role r on r.id = p.role_id
where (holder.code = 'CONGRESS_OFFICE' and r.code in ('AGENCY_HANDLER', 'STATION_ADMIN'))
   or (holder.code = 'CITY_ADMIN'
       and r.code in ('CONGRESS_OFFICE', 'AGENCY_HANDLER', 'STATION_ADMIN', 'DEPUTY', 'GROUP_LIAISON'))
on conflict do nothing;
