-- Online payments through PayFiP (web-service mode). Each operation is stored before the family's browser is sent to
-- PayFiP's page, and each notification as it arrives, before it is checked: a node that dies loses neither.

create sequence payfip_operation_seq start with 50 increment by 50;
create table payfip_operation (
    id              bigint          primary key,
    household_id    bigint          not null references household (id),
    refdet          varchar(30)     not null unique,
    exer            integer         not null,
    amount_cents    bigint          not null,
    email           varchar(255)    not null,
    payer_name      varchar(255),
    objet           varchar(100)    not null,
    state           varchar(12)     not null,
    id_op           varchar(64)     unique,
    created_by      varchar(255)    not null,
    created_at      timestamp       not null,
    ended_at        timestamp,
    -- The first answer "result not known yet" (P5): the operation is given up 20 minutes later.
    unknown_since   timestamp,
    checked_at      timestamp,
    -- A reconciliation node's claim on the operation, a conditional update rather than a row lock.
    claimed_until   timestamp,
    resultrans      varchar(1),
    numauto         varchar(40),
    transaction_at  varchar(12),
    version         bigint          not null,
    -- PayFiP takes 1 € to 100 000 €.
    constraint payfip_operation_amount_ck check (amount_cents between 100 and 10000000),
    constraint payfip_operation_state_ck check (state in ('CREATED', 'PENDING', 'PAID', 'REFUSED', 'ABANDONED', 'EXPIRED', 'FAILED')),
    constraint payfip_operation_sent_ck check (state in ('CREATED', 'FAILED', 'EXPIRED') or id_op is not null)
);
create index payfip_operation_household_idx on payfip_operation (household_id, created_at);
create index payfip_operation_state_idx on payfip_operation (state, created_at);

-- What the operation pays on each invoice.
create table payfip_operation_invoice (
    operation_id    bigint          not null references payfip_operation (id),
    invoice_id      bigint          not null references invoice (id),
    amount          numeric(12, 2)  not null,
    primary key (operation_id, invoice_id),
    constraint payfip_operation_invoice_amount_ck check (amount > 0)
);
create index payfip_operation_invoice_idx on payfip_operation_invoice (invoice_id);

-- The payment an operation paid is recorded once, whatever the notifications repeated at the same instant on two servers.
alter table payment add column payfip_operation_id bigint;
alter table payment add constraint payment_payfip_once unique (payfip_operation_id);
alter table payment add constraint payment_payfip_operation_fk foreign key (payfip_operation_id) references payfip_operation (id);
alter table payment add constraint payment_payfip_ck check ((method = 'PAYFIP') = (payfip_operation_id is not null));

-- Notifications as received ("idop" posted by PayFiP), checked afterwards by a worker or the reconciliation.
create sequence payfip_notification_seq start with 50 increment by 50;
create table payfip_notification (
    id              bigint          primary key,
    id_op           varchar(64)     not null,
    received_at     timestamp       not null,
    processed_at    timestamp,
    outcome         varchar(20),
    claimed_until   timestamp
);
create index payfip_notification_waiting_idx on payfip_notification (processed_at, received_at);
