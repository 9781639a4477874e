create table if not exists letter (id bigint primary key);
