-- The venues as other modules may read them (see org.lianxin.station's package-info).
create view venue_view as
select id, kind, name, parent_id, region_code, address, enabled, created_by from venue;
