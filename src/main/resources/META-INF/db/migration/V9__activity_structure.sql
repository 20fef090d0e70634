-- What an activity offers: groups by age (each with its places per half-day), units (Matin, Après-midi,
-- Journée: which half-days they take), services (Repas, Convoyage: some with a number of seats per day), and
-- periods with their registration window, cancellation rule and opening days.

create sequence activity_group_seq start with 50 increment by 50;
create table activity_group (
    id              bigint primary key,
    activity_id     bigint       not null references activity (id),
    name            varchar(40)  not null,
    age_min         integer      not null,
    age_max         integer      not null,
    capacity        integer      not null,
    version         bigint       not null,
    constraint activity_group_capacity_ck check (capacity >= 0),
    constraint activity_group_ages_ck check (age_min <= age_max)
);
create index activity_group_activity_idx on activity_group (activity_id);

create sequence activity_unit_seq start with 50 increment by 50;
create table activity_unit (
    id              bigint primary key,
    activity_id     bigint       not null references activity (id),
    label           varchar(40)  not null,
    morning         boolean      not null,
    afternoon       boolean      not null,
    sort_order      integer      not null,
    constraint activity_unit_half_day_ck check (morning or afternoon)
);
create index activity_unit_activity_idx on activity_unit (activity_id);

create sequence activity_service_seq start with 50 increment by 50;
create table activity_service (
    id              bigint primary key,
    activity_id     bigint       not null references activity (id),
    label           varchar(60)  not null,
    daily_capacity  integer,
    sort_order      integer      not null,
    constraint activity_service_capacity_ck check (daily_capacity is null or daily_capacity >= 0)
);
create index activity_service_activity_idx on activity_service (activity_id);

create sequence period_seq start with 50 increment by 50;
create table period (
    id                      bigint primary key,
    activity_id             bigint       not null references activity (id),
    first_day               date         not null,
    last_day                date         not null,
    registration_opens_on   date         not null,
    registration_closes_on  date         not null,
    cancel_days_before      integer      not null,
    cancel_at               time         not null,
    auto_accept             boolean      not null,
    weekdays                varchar(80)  not null,
    version                 bigint       not null,
    constraint period_days_ck check (first_day <= last_day),
    constraint period_window_ck check (registration_opens_on <= registration_closes_on)
);
create index period_activity_idx on period (activity_id);

create sequence opening_day_seq start with 50 increment by 50;
create table opening_day (
    id              bigint primary key,
    period_id       bigint       not null references period (id),
    opening_date    date         not null,
    constraint opening_day_uk unique (period_id, opening_date)
);
