-- The days staff closed in a period (a strike, a training day): kept so that a weekday removed from the period
-- and added again later does not open them again.
create table period_closure (
    period_id   bigint not null references period (id),
    closed_on   date   not null,
    constraint period_closure_pk primary key (period_id, closed_on)
);
