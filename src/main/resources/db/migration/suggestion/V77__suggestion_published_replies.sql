-- Replies on the public site (答复公开): the agency marks a reply fit to publish (publish_reply),
-- the lead deputy agrees (publish_agreed_on), the office publishes it (published_on). A new round
-- of handling takes the old reply off again.
alter table suggestion add column publish_agreed_on date;
alter table suggestion add column published_on date;
create index suggestion_published on suggestion (region_code, id desc) where published_on is not null;
