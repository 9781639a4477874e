-- Deputies taking part in legislative consultation (issue 16, item 7): an informant may be a
-- deputy (a deputy the office reaches, named by id through the deputy module's DeputyList), and an offline meeting (座谈会,
-- 论证会, 实地调研) keeps which deputies attended. Each opinion such an informant gives and each
-- meeting attended is a duty done; the duty module hears of it through an event.
alter table legislation_informant add column deputy_id bigint;
create index legislation_informant_deputy on legislation_informant (deputy_id) where deputy_id is not null;

create table legislation_meeting_deputy (
    meeting_id bigint not null references legislation_meeting (id),
    deputy_id  bigint not null,
    primary key (meeting_id, deputy_id)
);
