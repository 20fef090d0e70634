-- A registration request and a place counter keep the period and the date of their opening day, copied when they
-- are made (an opening day never changes either): the booking area reads its lists, its counters and a month's
-- bookings (for invoicing) from its own tables, without joining the activity area's.
alter table booking_request add column period_id bigint references period (id);
alter table booking_request add column opening_date date;
update booking_request set
    period_id = (select d.period_id from opening_day d where d.id = booking_request.opening_day_id),
    opening_date = (select d.opening_date from opening_day d where d.id = booking_request.opening_day_id);
alter table booking_request alter column period_id set not null;
alter table booking_request alter column opening_date set not null;
create index booking_request_period_idx on booking_request (period_id, status);
create index booking_request_month_idx on booking_request (opening_date, household_id);
create index booking_request_household_month_idx on booking_request (household_id, opening_date);

alter table place_count add column period_id bigint references period (id);
alter table place_count add column opening_date date;
update place_count set
    period_id = (select d.period_id from opening_day d where d.id = place_count.opening_day_id),
    opening_date = (select d.opening_date from opening_day d where d.id = place_count.opening_day_id);
alter table place_count alter column period_id set not null;
alter table place_count alter column opening_date set not null;
create index place_count_period_idx on place_count (period_id);
create index place_count_pool_idx on place_count (pool, opening_date);
