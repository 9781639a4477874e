-- The public's comments on candidate projects (issue 14 item 1): anyone, without an account,
-- with a phone number checked as the public opinion form checks it; the number is kept
-- encrypted with its keyed hash and masked form, as opinion cases keep theirs, so the office
-- sees only the masked number next to each candidate.
create table project_comment (
    id           bigint generated always as identity primary key,
    project_id   bigint        not null references project (id),
    body         varchar(500)  not null,
    phone_cipher varchar(200)  not null,
    phone_hash   varchar(100)  not null,
    phone_masked varchar(20)   not null,
    created_at   timestamptz   not null default now()
);
create index project_comment_project on project_comment (project_id, id);
