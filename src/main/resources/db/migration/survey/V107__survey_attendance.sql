-- The members present at a meeting, as the clerk records them: the electorate of a survey
-- voted at that meeting (issue 14). Who is present is not who voted, and neither table says
-- how anyone voted: the ballots stay as they were, with nothing beside them.
create table survey_attendee (
    survey_id   bigint not null references survey (id),
    deputy_id   bigint not null,
    primary key (survey_id, deputy_id)
);
