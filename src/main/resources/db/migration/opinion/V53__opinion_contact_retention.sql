-- Personal data kept only as long as needed (PIPL, issue 12): a case closed longer ago than the
-- retention (lianxin.retention.citizen-contact) loses the citizen's name, phone and e-mail; the
-- case, its history and its figures stay. The day it happened is kept, so the case page can say
-- why there is no contact; the retention job finds its cases by closing day.
alter table opinion add column contact_erased_on date;
create index opinion_contact_kept on opinion (closed_on) where contact_erased_on is null and closed_on is not null;
