-- The staff account a deputy signs in with: their own records, their own duties.
create table deputy_account (
    user_id   bigint primary key references staff_user (id) on delete cascade,
    deputy_id bigint not null unique references deputy (id)
);
