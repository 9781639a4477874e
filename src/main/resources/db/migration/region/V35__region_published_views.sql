-- The region module's tables as other modules may read them (see org.lianxin.region's
-- package-info): read-only views, so the module can change its tables without breaking
-- another module's SQL.
create view region_view as
select code, name, level, parent_code, path, enabled from region;

create view congress_view as
select id, region_code, name, term_number, term_start, term_end from congress;
