-- The agency module's table as other modules may read it (see org.lianxin.agency's
-- package-info).
create view agency_view as
select id, code, name, kind, region_code, contact_phone, enabled, created_by from agency;
