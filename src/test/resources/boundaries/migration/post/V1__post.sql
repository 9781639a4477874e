create table parcel (id bigint primary key, office_code varchar(8));
create view parcel_view as select id from parcel;
