-- The cases as other modules may count them (see org.lianxin.opinion's package-info):
-- where and through whom a case came in, never what the citizen wrote or who they are.
create view opinion_intake_view as
select id, region_code, deputy_id, venue_id, recorded_by, channel, received_at, collected_on from opinion;
