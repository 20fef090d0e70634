-- The centre's identity, edited by IT (Informatique › Identité du centre): a second street line, and an optional
-- logo kept in the database so that every node of a cluster serves the same one. logo_digest (SHA-256 of the
-- bytes) says on the centre's row whether there is a logo and is the logo's ETag, without reading the bytes.
alter table centre add column address_more varchar(200);
alter table centre add column logo_digest varchar(64);

create table centre_logo (
    centre_id       bigint          primary key references centre (id),
    media_type      varchar(20)     not null,
    content         bytea           not null
);
