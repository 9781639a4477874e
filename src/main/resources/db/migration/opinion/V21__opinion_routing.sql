-- Which agency usually handles a category in a region (and the regions below it): the suggestion
-- shown at triage. The rule of the nearest region wins; the office still decides.
create table opinion_routing_rule (
    id          bigint generated always as identity primary key,
    category_id bigint      not null references opinion_category (id),
    region_code varchar(12) not null references region (code),
    agency_id   bigint      not null references agency (id),
    created_by  varchar(64) not null,
    created_at  timestamptz not null default now(),
    unique (category_id, region_code)
);
