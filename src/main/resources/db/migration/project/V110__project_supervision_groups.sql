-- Supervision of livelihood projects (issue 14, 监督): the deputies the office assigns to follow
-- a project (代表监督小组). A group is an aggregate of its own, one per project, so that the
-- project's execution and its supervision are saved apart.
create table project_group (
    project_id  bigint  primary key references project (id),
    region_code varchar(12) not null,
    version     integer not null default 0
);

create table project_group_member (
    project_id bigint      not null references project_group (project_id) on delete cascade,
    deputy_id  bigint      not null,
    joined_on  date        not null,
    primary key (project_id, deputy_id)
);
create index project_group_member_deputy on project_group_member (deputy_id);

-- deputies follow the projects of their groups: they see those projects and record visits
insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('DEPUTY', 'project:visit:record'),
    ('CONGRESS_OFFICE', 'project:visit:record'), ('CITY_ADMIN', 'project:visit:record')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;
