-- The opinions behind the figure "opinions gathered" are listed newest first over the counted
-- consultations: each consultation's newest ids are read from this index (as many as the page
-- reaches) instead of sorting all of a division's opinions (records "opinions" as an office: 1 s
-- at 1m).
create index legislation_opinion_newest on legislation_opinion (consultation_id, id);
