-- Documents families send (proof of a family quotient, later medical certificates). They are kept in the
-- database, not on a node's disk, so that every server behind the load balancer can serve them.

create sequence document_seq start with 50 increment by 50;
create table document (
    id              bigint primary key,
    household_id    bigint        not null references household (id),
    kind            varchar(30)   not null,
    file_name       varchar(200)  not null,
    media_type      varchar(50)   not null,
    size_bytes      integer       not null,
    uploaded_by     varchar(254)  not null,
    uploaded_at     timestamp     not null
);
create index document_household_idx on document (household_id);

-- The bytes apart, so that lists of documents never read them.
create table document_content (
    document_id     bigint primary key references document (id),
    content         bytea         not null
);

-- A parent may propose a new family quotient with its proof; an accepted one keeps the proof in the history.
alter table change_request add column quotient_amount integer;
alter table change_request add column quotient_valid_from date;
alter table change_request add column proof_document_id bigint references document (id);
alter table family_quotient add column proof_document_id bigint references document (id);
