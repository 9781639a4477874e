-- The venue ledger counts the cases collected through each venue in a period
-- (OpinionsCollectedAtVenues): without this index that count reads every case.
create index opinion_venue_collected on opinion (venue_id, collected_on) where venue_id is not null;
