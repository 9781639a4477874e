-- Evaluation beyond the records: manual items (a dimension without a kind of record, marked by
-- people up to its cap), the scorers who mark them (the deputy themself, the group, the town, the
-- office) with their weights, each scorer's submission per deputy, and the results a batch keeps
-- once it is final, so that last year's ranks stay what they were.
alter table evaluation_dimension alter column type_id drop not null;
alter table evaluation_dimension add column manual boolean not null default false;
alter table evaluation_dimension add constraint evaluation_dimension_kind check (manual = (type_id is null));

create table evaluation_scorer (
    batch_id bigint       not null references evaluation_batch (id) on delete cascade,
    role     varchar(8)   not null check (role in ('SELF', 'GROUP', 'TOWN', 'OFFICE')),
    weight   numeric(5,2) not null check (weight between 0 and 100),
    primary key (batch_id, role)
);

-- one scorer's mark of one manual item for one deputy
create table evaluation_mark (
    dimension_id bigint       not null references evaluation_dimension (id) on delete cascade,
    deputy_id    bigint       not null references deputy (id),
    role         varchar(8)   not null,
    mark         numeric(7,2) not null check (mark >= 0),
    marked_by    bigint       references staff_user (id),
    marked_at    timestamptz  not null default now(),
    primary key (dimension_id, deputy_id, role)
);

-- a scorer has finished with a deputy: their marks no longer change
create table evaluation_submission (
    batch_id     bigint      not null references evaluation_batch (id) on delete cascade,
    deputy_id    bigint      not null references deputy (id),
    role         varchar(8)  not null,
    submitted_by bigint      references staff_user (id),
    submitted_at timestamptz not null default now(),
    primary key (batch_id, role, deputy_id)
);

-- what a final batch gave each deputy, kept as it was
create table evaluation_result (
    batch_id     bigint         not null references evaluation_batch (id) on delete cascade,
    deputy_id    bigint         not null references deputy (id),
    name         varchar(32)    not null,
    by_dimension numeric(7,2)[] not null,
    total        numeric(8,2)   not null,
    grade        varchar(24)    not null,
    primary key (batch_id, deputy_id)
);
create index evaluation_result_deputy on evaluation_result (deputy_id);
create index evaluation_submission_deputy on evaluation_submission (deputy_id);

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values ('CITY_ADMIN', 'duty:evaluation:score'), ('CONGRESS_OFFICE', 'duty:evaluation:score'),
             ('GROUP_LIAISON', 'duty:evaluation:score'), ('DEPUTY', 'duty:evaluation:score')) as p (role_code, permission)
     on p.role_code = r.code
on conflict do nothing;
