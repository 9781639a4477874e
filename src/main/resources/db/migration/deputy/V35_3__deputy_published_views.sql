-- The deputy module's tables as other modules may read them (see org.lianxin.deputy's
-- package-info). No phone number leaves the module except masked.
create view deputy_view as
select id, name, gender, ethnicity, birth_year, party, occupation, employer, phone_masked, created_by from deputy;

-- a deputy's seat in a congress (a membership); ended_on is null while the seat is held
create view deputy_seat_view as
select id, deputy_id, congress_id, region_code, group_id, electoral_district, started_on, ended_on
from deputy_membership;

create view deputy_group_view as
select id, congress_id, name, leader_deputy_id from deputy_group;

-- the staff account a deputy signs in with
create view deputy_account_view as
select user_id, deputy_id from deputy_account;

-- the code on a deputy's QR poster now (a revoked code is not in it)
create view deputy_card_code_view as
select code, deputy_id from deputy_public_code where revoked_at is null;

-- the deputies a group liaison looks after: the current members of the groups they liaise with
create view deputy_liaison_view as
select l.user_id, m.deputy_id
from deputy_group_liaison l join deputy_membership m on m.group_id = l.group_id and m.ended_on is null;
