-- The monthly invoice run (job monthly-invoicing): what IT watches on the Facturation screen, shared by every node.

-- One row per execution of the job (a restart is a new execution of the same instance). The counters move in the
-- transaction of each chunk, with its invoices, so they are exact after a crash; the heartbeat tells a live
-- execution from one whose server died. active_month is set while an execution may run: the database refuses a
-- second one for the same month, whichever node or way (screen, HTTP, CLI, schedule) starts it.
create sequence invoice_run_seq start with 50 increment by 50;
create table invoice_run (
    id                  bigint          primary key,
    execution_id        bigint          unique,
    instance_id         bigint,
    billed_month        varchar(7)      not null,
    active_month        varchar(7)      unique,
    status              varchar(12)     not null,
    started_by          varchar(254)    not null,
    node                varchar(120),
    claimed_at          timestamp       not null,
    started_at          timestamp,
    ended_at            timestamp,
    heartbeat_at        timestamp       not null,
    stop_requested      boolean         not null,
    households_total    integer         not null,
    households_before   integer         not null,
    households_read     integer         not null,
    invoices_written    integer         not null,
    already_invoiced    integer         not null,
    skipped             integer         not null,
    total_amount        numeric(14, 2)  not null,
    note                varchar(1000)
);
create index invoice_run_month_idx on invoice_run (billed_month, id);
create index invoice_run_instance_idx on invoice_run (instance_id);

-- The households an execution could not invoice, with the reason (no billed guardian, a charge without tariff):
-- shown to IT, never silently lost. Names are read from the family file when shown (anonymisation reaches them).
create sequence invoice_run_skip_seq start with 50 increment by 50;
create table invoice_run_skip (
    id                  bigint          primary key,
    run_id              bigint          not null references invoice_run (id),
    household_id        bigint          not null references household (id),
    reason              varchar(20)     not null,
    detail              varchar(500)
);
create index invoice_run_skip_run_idx on invoice_run_skip (run_id);

-- The scheduled run of a month is claimed once, by the first node whose insert succeeds.
create table invoice_run_schedule (
    billed_month        varchar(7)      primary key,
    claimed_at          timestamp       not null,
    node                varchar(120)    not null
);

-- Bearer tokens with which IT's scripts start runs over HTTP: shown once, only their SHA-256 kept, revocable.
create sequence invoice_run_token_seq start with 50 increment by 50;
create table invoice_run_token (
    id                  bigint          primary key,
    name                varchar(80)     not null,
    token_hash          varchar(64)     not null unique,
    created_by          varchar(254)    not null,
    created_at          timestamp       not null,
    revoked_by          varchar(254),
    revoked_at          timestamp,
    last_used_at        timestamp
);

-- The invoices of a run, read after it to tell the households.
create index invoice_run_execution_idx on invoice (run_execution_id, id);

-- A run writes lines by the hundred thousand: their ids are handed out a thousand at a time (InvoiceLine). No line
-- was written before this version (nothing issued invoices), so the sequence starts again at its first block.
alter sequence invoice_line_seq restart with 1000 increment by 1000;
