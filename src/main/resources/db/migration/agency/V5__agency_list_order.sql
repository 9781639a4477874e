-- Agency lists are ordered by region code, then id: region codes sort in tree order
-- (210800, 210802, 210802001, 210803 …), so one index serves both the scope filter and the order.
drop index agency_region;
create index agency_region_id on agency (region_code, id);
