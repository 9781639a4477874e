-- Opinions on a draft (issue 16): on an article, on one of its paragraphs (款), or on the whole
-- draft (no article), on the version that was open when it was given. Each keeps who gave it (an
-- informant, or a citizen with a protected phone), through which point and how: on a point's QR
-- page, entered by the office for an informant, or raised at an offline meeting.
create table legislation_meeting (
    id               bigint generated always as identity primary key,
    consultation_id  bigint        not null references legislation_consultation (id),
    point_id         bigint        not null,
    region_code      varchar(12)   not null,
    kind             varchar(16)   not null,
    held_on          date          not null,
    place            varchar(200)  not null,
    participants     integer       not null,
    created_by       bigint,
    created_at       timestamptz   not null default now()
);
create index legislation_meeting_consultation on legislation_meeting (consultation_id, held_on);

create table legislation_opinion (
    id               bigint generated always as identity primary key,
    consultation_id  bigint        not null references legislation_consultation (id),
    draft_version    integer       not null,
    article_number   integer,
    paragraph_number integer,
    text             varchar(2000) not null,
    channel          varchar(12)   not null,
    point_id         bigint        not null,
    region_code      varchar(12)   not null,
    informant_id     bigint        references legislation_informant (id),
    meeting_id       bigint        references legislation_meeting (id),
    citizen_name     varchar(32),
    phone_cipher     text,
    phone_hash       varchar(64),
    phone_last4      varchar(4),
    phone_masked     varchar(20),
    tracking_token   varchar(32)   not null unique,
    idempotency_key  varchar(80)   unique,
    created_by       bigint,
    created_at       timestamptz   not null default now(),
    version          integer       not null default 0,
    check (paragraph_number is null or article_number is not null)
);
create index legislation_opinion_article on legislation_opinion (consultation_id, article_number, id);
create index legislation_opinion_informant on legislation_opinion (informant_id) where informant_id is not null;
create index legislation_opinion_point on legislation_opinion (point_id, created_at);
