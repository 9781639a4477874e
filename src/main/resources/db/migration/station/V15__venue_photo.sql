-- the key of the venue's photo in the file store (a re-encoded JPEG)
alter table venue add column photo_key varchar(64);
