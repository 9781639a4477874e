-- The citizens' opinions and deputies' suggestions a candidate project was collected from
-- (issue 14 item 1), named by number when the office drafts the candidate. The link is kept
-- by the record's id; the number is kept as it was when named. The opinion and suggestion
-- modules are asked for the title and state whenever a page shows the link, and their pages
-- ask this module which projects took them up, both through Java, never through these rows.
create table project_source (
    project_id bigint      not null references project (id),
    position   integer     not null,
    kind       varchar(12) not null check (kind in ('OPINION', 'SUGGESTION')),
    source_id  bigint      not null,
    number     varchar(32) not null,
    primary key (project_id, position),
    unique (project_id, kind, source_id)
);
-- an opinion's or a suggestion's page asks which candidates it went into
create index project_source_by_source on project_source (kind, source_id);
