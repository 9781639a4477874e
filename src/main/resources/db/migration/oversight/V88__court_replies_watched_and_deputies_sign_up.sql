-- The court's reply to each opinion of a discussion has a deadline, and until it is given the
-- supervision watch follows it (subject COURT_REPLY, one clock per hearing on the earliest
-- unanswered deadline); the level reached is kept on the hearing. Opinions sent before this
-- had no deadline and stay off the watch.
alter table court_hearing_opinion add column due_on date;
alter table court_hearing add column reply_level integer not null default 0;

create index court_hearing_opinion_unanswered on court_hearing_opinion (due_on) where reply is null;

-- deputies sign themselves up for the hearings listed where they hold a seat; the city
-- administrator holds it too, as it holds everything it may hand out (V119)
insert into role_permission (role_id, permission)
select r.id, 'oversight:hearing:sign-up' from role r where r.code in ('DEPUTY', 'CITY_ADMIN')
on conflict do nothing;
