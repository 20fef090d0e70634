-- Invoices and credit notes, as issued: legal documents, never updated nor deleted. Numbers "2026-17" come from one
-- counter row per year, locked in the invoice's own transaction (gap-free, unique on every server).

create table invoice_counter (
    number_year     integer     primary key,
    last_number     integer     not null
);

create sequence invoice_seq start with 50 increment by 50;
create table invoice (
    id                  bigint          primary key,
    number              varchar(20)     not null unique,
    number_year         integer         not null,
    number_sequence     integer         not null,
    kind                varchar(12)     not null,
    billed_month        varchar(7)      not null,
    household_id        bigint          not null references household (id),
    billed_guardian_id  bigint          not null,
    billed_name         varchar(255)    not null,
    billed_address      varchar(400)    not null,
    issued_on           date            not null,
    issued_at           timestamp       not null,
    total               numeric(12, 2)  not null,
    cancels_id          bigint          references invoice (id),
    run_execution_id    bigint,
    version             bigint          not null,
    -- One invoice per household and month, and at most one credit note for it: a rerun cannot bill twice.
    constraint invoice_once_per_month unique (household_id, billed_month, kind),
    constraint invoice_number_once unique (number_year, number_sequence),
    constraint invoice_credit_note_cancels check ((kind = 'CREDIT_NOTE') = (cancels_id is not null))
);
create index invoice_household_idx on invoice (household_id, issued_on);
create index invoice_month_idx on invoice (billed_month);

create sequence invoice_line_seq start with 50 increment by 50;
create table invoice_line (
    id                  bigint          primary key,
    invoice_id          bigint          not null references invoice (id),
    position            integer         not null,
    line_month          varchar(7)      not null,
    child_id            bigint          not null,
    child_name          varchar(255)    not null,
    line_date           date            not null,
    kind                varchar(10)     not null,
    item_id             bigint          not null,
    label               varchar(255)    not null,
    unit_price          numeric(10, 2)  not null,
    reduction_percent   numeric(5, 2)   not null,
    amount              numeric(12, 2)  not null,
    source_key          varchar(60)     not null,
    constraint invoice_line_position unique (invoice_id, position)
);
create index invoice_line_source_idx on invoice_line (source_key);
