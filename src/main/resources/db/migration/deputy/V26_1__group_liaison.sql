-- Who liaises which deputy group (a staff account with the OWN_GROUPS scope), and who leads it
-- (组长): the deputy the group's daily 三表一报 is sent to.
create table deputy_group_liaison (
    user_id  bigint not null references staff_user (id) on delete cascade,
    group_id bigint not null references deputy_group (id) on delete cascade,
    primary key (user_id, group_id)
);
create index deputy_group_liaison_group on deputy_group_liaison (group_id);

alter table deputy_group add column leader_deputy_id bigint references deputy (id);

create index deputy_membership_group on deputy_membership (group_id, deputy_id) where ended_on is null;

insert into role_permission (role_id, permission)
select r.id, 'deputy:deputy:view' from role r where r.code = 'GROUP_LIAISON'
on conflict do nothing;
