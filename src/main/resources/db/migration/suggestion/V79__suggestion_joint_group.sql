-- 联名: a suggestion filed in the name of the lead deputy's group (代表小组); its members are
-- the named co-signers. The name is kept as it was on the day of filing.
alter table suggestion add column joint_group_id bigint, add column joint_group_name varchar(100);
