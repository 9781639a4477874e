-- A venue's reception days (接待日): "the 20th of every month", "every Tuesday", "the 15th of odd
-- months", and what happens when the day is not a working day.
alter table venue
    add column reception_kind    varchar(16) check (reception_kind in ('MONTHLY', 'WEEKLY')),
    add column reception_day     integer     check (reception_day between 1 and 31),
    add column reception_weekday integer     check (reception_weekday between 1 and 7),
    add column reception_months  varchar(8)  not null default 'ALL' check (reception_months in ('ALL', 'ODD', 'EVEN')),
    add column holiday_rule      varchar(24) not null default 'NEXT_WORKING_DAY'
        check (holiday_rule in ('SKIP', 'NEXT_WORKING_DAY')),
    add constraint venue_reception_rule check (
        reception_kind is null
        or (reception_kind = 'MONTHLY' and reception_day is not null)
        or (reception_kind = 'WEEKLY' and reception_weekday is not null));
