-- Informations pratiques: pages staff write (opening hours, how to register, rules...), in the order staff choose,
-- and PDF documents to download: general ones (regulations) and the programmes d'animation of an activity, for the
-- whole activity or one of its periods. The files are kept in the database (every node of a cluster serves them),
-- apart from their description so that listing documents never reads their bytes.
create sequence info_page_seq start with 50 increment by 50;
create table info_page (
    id                  bigint          primary key,
    title               varchar(120)    not null,
    body                varchar(20000)  not null,
    position            integer         not null,
    audience            varchar(10)     not null,
    written_by          varchar(254)    not null,
    written_at          timestamp       not null,
    version             bigint          not null
);

create sequence info_document_seq start with 50 increment by 50;
create table info_document (
    id                  bigint          primary key,
    title               varchar(120)    not null,
    activity_id         bigint          references activity (id),
    period_id           bigint          references period (id),
    audience            varchar(10)     not null,
    file_name           varchar(160)    not null,
    size_bytes          integer         not null,
    digest              varchar(64)     not null,
    written_by          varchar(254)    not null,
    written_at          timestamp       not null,
    version             bigint          not null,
    constraint info_document_period_ck check (period_id is null or activity_id is not null)
);
create index info_document_activity_idx on info_document (activity_id);
create index info_document_period_idx on info_document (period_id);

create table info_document_file (
    document_id         bigint          primary key references info_document (id) on delete cascade,
    content             bytea           not null
);
