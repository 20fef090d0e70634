-- Parents' requests ("pré-inscriptions"): one per child, opening day and unit or service. The database keeps
-- the rules that must hold whatever the concurrency: a child never holds the same half-day or service twice
-- on a day (a double click, a replayed POST, a Journée with a Matin), and places are never exceeded.

create sequence booking_request_seq start with 50 increment by 50;
create table booking_request (
    id              bigint primary key,
    household_id    bigint        not null references household (id),
    child_id        bigint        not null references child (id),
    opening_day_id  bigint        not null references opening_day (id),
    unit_id         bigint        references activity_unit (id),
    service_id      bigint        references activity_service (id),
    status          varchar(12)   not null,
    requested_by    varchar(254)  not null,
    requested_at    timestamp     not null,
    answered_by     varchar(254),
    answered_at     timestamp,
    reason          varchar(500),
    version         bigint        not null,
    constraint booking_request_what_ck check ((unit_id is null and service_id is not null) or (unit_id is not null and service_id is null))
);
create index booking_request_day_idx on booking_request (opening_day_id, status);
create index booking_request_child_idx on booking_request (child_id, opening_day_id);
create index booking_request_household_idx on booking_request (household_id, requested_at);

-- What a live request holds: 'AM', 'PM' or 'S' followed by the service id. Released when the request is
-- refused or cancelled.
create table booking_hold (
    request_id      bigint        not null references booking_request (id),
    child_id        bigint        not null references child (id),
    opening_day_id  bigint        not null references opening_day (id),
    slot            varchar(24)   not null,
    primary key (request_id, slot),
    constraint booking_hold_uk unique (child_id, opening_day_id, slot)
);

-- Places per opening day and pool: a group's half-day ('G12:AM') or a service with seats ('S7'). A place is
-- taken by a conditional increment, so two nodes can never both take the last one.
create table place_count (
    opening_day_id  bigint        not null references opening_day (id),
    pool            varchar(40)   not null,
    capacity        integer       not null,
    taken           integer       not null,
    primary key (opening_day_id, pool),
    constraint place_count_ck check (taken >= 0 and taken <= capacity)
);
