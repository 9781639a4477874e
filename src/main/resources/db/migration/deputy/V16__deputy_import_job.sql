-- A deputies import saving in the background, so that the page can show its progress.
-- Kept a day; a job whose node died stays RUNNING, and the page calls it interrupted once it has
-- not moved for two minutes (its transaction was rolled back, so nothing was saved).
create table deputy_import_job (
    id          uuid primary key,
    user_id     bigint not null references staff_user (id),
    state       text not null check (state in ('RUNNING', 'FINISHED', 'FAILED')),
    done        int not null default 0,
    total       int not null default 0,
    report      jsonb,
    failure     text,
    started_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create index deputy_import_job_started on deputy_import_job (started_at);
