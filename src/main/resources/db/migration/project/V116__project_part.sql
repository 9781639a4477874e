-- A parent project made of parts (issue 14 item 2), each with a published weight in percent;
-- the weights of a parent's parts sum to 100, and the parent's progress is derived from its
-- parts' progress and weights, never typed. A part belongs to one parent; parts have no parts.
create table project_part (
    parent_id bigint       not null references project (id),
    part_id   bigint       not null references project (id) unique,
    weight    numeric(5,2) not null check (weight > 0 and weight <= 100),
    primary key (parent_id, part_id),
    check (parent_id <> part_id)
);
