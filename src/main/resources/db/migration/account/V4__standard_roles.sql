-- The standard roles every deployment starts with. Later modules grant their permissions to these
-- roles in their own migrations; administrators may add roles of their own.
insert into role (code, name) values
    ('CITY_ADMIN', '市级管理员'),
    ('CONGRESS_OFFICE', '人大常委会工作人员'),
    ('AGENCY_HANDLER', '承办单位经办人'),
    ('STATION_ADMIN', '联络站管理员'),
    ('DEPUTY', '人大代表')
on conflict (code) do nothing;

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'region:region:view'), ('CITY_ADMIN', 'region:region:edit'),
    ('CITY_ADMIN', 'agency:agency:view'), ('CITY_ADMIN', 'agency:agency:edit'),
    ('CITY_ADMIN', 'account:user:view'), ('CITY_ADMIN', 'account:user:edit'),
    ('CITY_ADMIN', 'account:log:view'), ('CITY_ADMIN', 'account:monitor:view'),
    ('CONGRESS_OFFICE', 'region:region:view'), ('CONGRESS_OFFICE', 'agency:agency:view'),
    ('CONGRESS_OFFICE', 'agency:agency:edit'), ('CONGRESS_OFFICE', 'account:user:view'),
    ('CONGRESS_OFFICE', 'account:user:edit'),
    ('AGENCY_HANDLER', 'agency:agency:view'),
    ('STATION_ADMIN', 'region:region:view'), ('STATION_ADMIN', 'agency:agency:view'),
    ('DEPUTY', 'region:region:view')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
