-- Parents propose corrections to their file; staff accept or refuse them. Every applied change is logged.

create sequence change_request_seq start with 50 increment by 50;
create table change_request (
    id              bigint primary key,
    household_id    bigint        not null references household (id),
    requested_by    varchar(254)  not null,
    requested_at    timestamp     not null,
    parent_comment  varchar(500),
    status          varchar(10)   not null,
    answered_by     varchar(254),
    answered_at     timestamp,
    refusal_reason  varchar(500),
    version         bigint        not null
);
create index change_request_household_idx on change_request (household_id);
create index change_request_status_idx on change_request (status, requested_at);

create table change_request_item (
    request_id      bigint        not null references change_request (id),
    field           varchar(30)   not null,
    old_value       varchar(200),
    new_value       varchar(200),
    primary key (request_id, field)
);

create sequence change_log_seq start with 50 increment by 50;
create table change_log (
    id              bigint primary key,
    household_id    bigint        not null references household (id),
    field           varchar(30)   not null,
    old_value       varchar(200),
    new_value       varchar(200),
    changed_by      varchar(254)  not null,
    changed_at      timestamp     not null
);
create index change_log_household_idx on change_log (household_id, changed_at);
