-- The suggestions' tally: the figures and the agencies' league table counted ahead, so that a
-- district's or the city's figures over a million suggestions add up a few thousand rows instead
-- of testing every suggestion's history and verdicts. Kept by the module on every save of a
-- suggestion (SuggestionTally) and rebuilt from the suggestions each night; the counts follow
-- the definitions of SuggestionFigure, one column each.
--
-- What each suggestion adds: where it counts, and a bit for every count it is in, so that a
-- change takes its old share away before adding the new one.
create table suggestion_tally_entry (
    suggestion_id  bigint      primary key references suggestion (id),
    region_code    varchar(12) not null,
    congress_id    bigint      not null,
    session_number integer     not null,
    -- the first day of the month it was filed in; null while not filed (it counts nowhere then)
    month          date,
    lead_agency_id bigint,
    co_agency_ids  bigint[]    not null,
    counts         integer     not null
);

-- per region, congress, session, month of filing and agency: the lead row (agency 0 when none
-- is assigned) carries every count of its suggestions, a co-handling row only how many it shares
create table suggestion_tally (
    region_code      varchar(12) not null,
    congress_id      bigint      not null,
    session_number   integer     not null,
    month            date        not null,
    agency_id        bigint      not null,
    lead             boolean     not null,
    suggestions      integer     not null default 0,
    received         integer     not null default 0,
    registered       integer     not null default 0,
    assigned         integer     not null default 0,
    replied          integer     not null default 0,
    closed           integer     not null default 0,
    result_a         integer     not null default 0,
    result_b         integer     not null default 0,
    result_c         integer     not null default 0,
    result_d         integer     not null default 0,
    resolved         integer     not null default 0,
    closed_on_time   integer     not null default 0,
    rated            integer     not null default 0,
    satisfied        integer     not null default 0,
    content          integer     not null default 0,
    handling_content integer     not null default 0,
    result_content   integer     not null default 0,
    primary key (region_code, congress_id, session_number, month, agency_id, lead)
);
create index suggestion_tally_congress on suggestion_tally (congress_id, session_number);
