-- Tariffs: the price of an activity's unit or service over a span of days, by family-quotient bracket, with an
-- optional price for households outside the member towns and an optional sibling reduction; and the member towns.
-- That two tariffs of one unit never share a day, and brackets never share a quotient, is checked by the application.

create sequence tariff_seq start with 50 increment by 50;
create table tariff (
    id                  bigint          primary key,
    activity_id         bigint          not null references activity (id),
    item_kind           varchar(10)     not null,
    item_id             bigint          not null,
    valid_from          date            not null,
    valid_to            date,
    outside_price       numeric(10, 2),
    sibling_reduction   numeric(5, 2),
    version             bigint          not null,
    constraint tariff_kind_ck check (item_kind in ('UNIT', 'SERVICE')),
    constraint tariff_dates_ck check (valid_to is null or valid_to >= valid_from),
    constraint tariff_outside_price_ck check (outside_price is null or outside_price >= 0),
    constraint tariff_reduction_ck check (sibling_reduction is null or (sibling_reduction >= 0 and sibling_reduction <= 100))
);
create index tariff_activity_idx on tariff (activity_id);
create index tariff_item_idx on tariff (item_kind, item_id, valid_from);

create sequence tariff_bracket_seq start with 50 increment by 50;
create table tariff_bracket (
    id                  bigint          primary key,
    tariff_id           bigint          not null references tariff (id),
    qf_min              integer         not null,
    qf_max              integer,
    price               numeric(10, 2)  not null,
    constraint tariff_bracket_qf_ck check (qf_min >= 0 and (qf_max is null or qf_max >= qf_min)),
    constraint tariff_bracket_price_ck check (price >= 0)
);
create index tariff_bracket_tariff_idx on tariff_bracket (tariff_id);

create sequence member_town_seq start with 50 increment by 50;
create table member_town (
    id                  bigint          primary key,
    postcode            varchar(5)      not null,
    name                varchar(80)     not null,
    constraint member_town_once unique (postcode, name)
);
