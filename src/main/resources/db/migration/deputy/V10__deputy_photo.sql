-- the key of the deputy's photo in the file store (a re-encoded JPEG)
alter table deputy add column photo_key varchar(64);
