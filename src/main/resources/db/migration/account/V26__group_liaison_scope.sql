-- A deputy group's liaison (代表小组联络员) sees the deputies of the groups they liaise: a scope of
-- its own, and a standard role for it. The deputy module keeps which groups those are.
alter table staff_user drop constraint staff_user_data_scope_check;
alter table staff_user add constraint staff_user_data_scope_check
    check (data_scope in ('ALL', 'REGION_AND_BELOW', 'OWN_REGION', 'OWN_AGENCY', 'OWN_RECORDS', 'OWN_GROUPS'));

insert into role (code, name) values ('GROUP_LIAISON', '代表小组联络员') on conflict (code) do nothing;

insert into role_permission (role_id, permission)
select r.id, 'region:region:view' from role r where r.code = 'GROUP_LIAISON'
on conflict do nothing;
