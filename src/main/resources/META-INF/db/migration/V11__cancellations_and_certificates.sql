-- Medical certificates parents send for days they could no longer cancel. A validated one makes the absence
-- of the days it covers justified: they are not billed. The file itself is a document of the household; an
-- anonymised household loses the file and keeps the answer (the invoices still need it).
create sequence medical_certificate_seq start with 50 increment by 50;
create table medical_certificate (
    id              bigint primary key,
    household_id    bigint        not null references household (id),
    child_id        bigint        not null references child (id),
    document_id     bigint        references document (id),
    status          varchar(12)   not null,
    submitted_by    varchar(254)  not null,
    submitted_at    timestamp     not null,
    answered_by     varchar(254),
    answered_at     timestamp,
    reason          varchar(500),
    version         bigint        not null
);
create index medical_certificate_status_idx on medical_certificate (status, submitted_at);

alter table booking_request add column certificate_id bigint references medical_certificate (id);
