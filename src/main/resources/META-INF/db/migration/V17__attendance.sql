-- Attendance ("pointage"): one mark per accepted booking request (a unit or a service of a child on an opening
-- day), changed by staff as the day goes; every change is logged (who, when, before, after). A month invoiced is
-- locked: a change after it is a correction, which the next invoice run bills or credits.

create sequence attendance_mark_seq start with 50 increment by 50;
create table attendance_mark (
    id              bigint        primary key,
    request_id      bigint        not null references booking_request (id),
    household_id    bigint        not null references household (id),
    child_id        bigint        not null references child (id),
    opening_day_id  bigint        not null references opening_day (id),
    attendance_date date          not null,
    state           varchar(8)    not null,
    reason          varchar(20),
    marked_by       varchar(254)  not null,
    marked_by_name  varchar(255)  not null,
    marked_at       timestamp     not null,
    correction      boolean       not null,
    version         bigint        not null,
    -- Two staff members marking the same child at once: one mark per request, the second is told.
    constraint attendance_mark_once unique (request_id),
    constraint attendance_mark_reason check ((state = 'EXCUSED' and reason is not null) or (state <> 'EXCUSED' and reason is null))
);
create index attendance_mark_day_idx on attendance_mark (opening_day_id, child_id);
create index attendance_mark_month_idx on attendance_mark (household_id, attendance_date);

create sequence attendance_change_seq start with 50 increment by 50;
create table attendance_change (
    id              bigint        primary key,
    request_id      bigint        not null references booking_request (id),
    household_id    bigint        not null references household (id),
    child_id        bigint        not null references child (id),
    opening_day_id  bigint        not null references opening_day (id),
    attendance_date date          not null,
    changed_by      varchar(254)  not null,
    changed_by_name varchar(255)  not null,
    changed_at      timestamp     not null,
    before_state    varchar(8),
    before_reason   varchar(20),
    after_state     varchar(8)    not null,
    after_reason    varchar(20),
    correction      boolean       not null
);
create index attendance_change_day_idx on attendance_change (opening_day_id, changed_at);
create index attendance_change_household_idx on attendance_change (household_id);

-- The months invoiced, locked by the invoice run.
create table attendance_lock (
    locked_month    varchar(7)    primary key,
    locked_at       timestamp     not null,
    locked_by       varchar(254)  not null
);
