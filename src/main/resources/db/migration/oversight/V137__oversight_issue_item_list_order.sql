-- The issue-item lists (an office's, the city's, a unit's) show the items waiting longest first:
-- order by clock_due_on nulls last, id, a page at a time. Over a million items that sort read
-- every item of the scope (a page took 0.8 s for the city and 3 s for 盖州's office at --scale 1m,
-- bench/scenarios/oversight.sh); in this index's order a page is the first rows that fit the
-- scope. The partial index on the clocks is this one's part where a clock runs: dropped.
create index oversight_issue_item_waiting on oversight_issue_item (clock_due_on, id);
create index oversight_issue_item_agency_waiting on oversight_issue_item (agency_id, clock_due_on, id);
drop index oversight_issue_item_clock;
