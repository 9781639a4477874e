-- The staff accounts as other modules may read them (see org.lianxin.account's
-- package-info): no password, no demo flag.
create view staff_user_view as
select id, username, display_name, region_code, agency_id, enabled from staff_user;
