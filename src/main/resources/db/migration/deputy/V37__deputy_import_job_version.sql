-- The import job is now an aggregate saved through a repository: a version guards a
-- concurrent step, and the report is the text the job itself was given (nobody queries
-- into it), so it can be written without a JSON type of its own.
alter table deputy_import_job add column version integer not null default 0;
alter table deputy_import_job alter column report type text using report::text;
