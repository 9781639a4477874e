-- Attachments a deputy sends with a suggestion (附件): documents and pictures, kept in the file
-- store; a row says which suggestion, what the file was called and what it is by its content.
create table suggestion_attachment (
    id            bigint generated always as identity primary key,
    suggestion_id bigint       not null references suggestion (id),
    file_key      varchar(200) not null,
    file_name     varchar(200) not null,
    content_type  varchar(100) not null,
    size_bytes    integer      not null,
    uploaded_by   varchar(64)  not null,
    uploaded_at   timestamptz  not null default now()
);
create index suggestion_attachment_suggestion on suggestion_attachment (suggestion_id, id);
