-- Payments received from households (at the counter, online) and how each is allocated to invoices ("ventilation").
-- A payment is never deleted: a cancelled one (a cheque returned) keeps its row and its allocations, which then no
-- longer count. What a payment has not allocated is the household's credit, used on later invoices.

create sequence payment_seq start with 50 increment by 50;
create table payment (
    id              bigint          primary key,
    household_id    bigint          not null references household (id),
    method          varchar(20)     not null,
    amount          numeric(12, 2)  not null,
    received_on     date            not null,
    payer_name      varchar(255),
    cheque_number   varchar(30),
    cheque_bank     varchar(100),
    note            varchar(500),
    recorded_by     varchar(255)    not null,
    recorded_at     timestamp       not null,
    cancelled_by    varchar(255),
    cancelled_at    timestamp,
    cancel_reason   varchar(500),
    version         bigint          not null,
    constraint payment_amount_ck check (amount > 0),
    constraint payment_method_ck check (method in ('ESPECES', 'CHEQUE', 'VIREMENT', 'PRELEVEMENT', 'CESU', 'CARTE_GUICHET', 'PAYFIP')),
    constraint payment_cheque_ck check ((method = 'CHEQUE' and cheque_number is not null)
        or (method <> 'CHEQUE' and cheque_number is null and cheque_bank is null)),
    constraint payment_cancel_ck check ((cancelled_at is null) = (cancelled_by is null)
        and (cancelled_at is null) = (cancel_reason is null))
);
create index payment_household_idx on payment (household_id, received_on);

-- The sum allocated on an invoice never exceeds its total: every allocation is written after a locked read of the
-- invoice's row in the same transaction, so two allocations to one invoice happen one after the other.
create sequence payment_allocation_seq start with 50 increment by 50;
create table payment_allocation (
    id              bigint          primary key,
    payment_id      bigint          not null references payment (id),
    invoice_id      bigint          not null references invoice (id),
    amount          numeric(12, 2)  not null,
    allocated_at    timestamp       not null,
    allocated_by    varchar(255)    not null,
    constraint payment_allocation_amount_ck check (amount > 0)
);
create index payment_allocation_payment_idx on payment_allocation (payment_id);
create index payment_allocation_invoice_idx on payment_allocation (invoice_id);
