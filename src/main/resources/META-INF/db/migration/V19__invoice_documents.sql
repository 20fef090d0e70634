-- What the invoice documents keep beside the invoices themselves (V14).

-- Each invoice's PDF as first drawn, served as stored: the same document every time it is opened.
create table invoice_file (
    invoice_id      bigint          primary key references invoice (id),
    content         bytea           not null,
    generated_at    timestamp       not null
);

-- The e-mail "Votre facture est disponible" went out: once per invoice, whatever the run's restarts.
create table invoice_notice (
    invoice_id      bigint          primary key references invoice (id),
    sent_at         timestamp       not null
);

-- Households anonymised (RGPD) whose invoices keep the billed name and address until the accounting retention ends.
create table invoice_forgotten_household (
    household_id    bigint          primary key references household (id),
    forgotten_at    timestamp       not null
);
