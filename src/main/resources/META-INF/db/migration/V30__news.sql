-- Actualités: staff publish news shown on the public home page or to parents only, between two dates. The text is
-- HTML already cleaned of anything but basic formatting; the optional picture is kept in the database (a cluster's
-- nodes all serve it), apart from the item so that listing news never reads image bytes.
create sequence news_item_seq start with 50 increment by 50;
create table news_item (
    id                  bigint          primary key,
    title               varchar(120)    not null,
    body                varchar(20000)  not null,
    shown_from          date            not null,
    shown_until         date,
    audience            varchar(10)     not null,
    image_digest        varchar(64),
    written_by          varchar(254)    not null,
    written_at          timestamp       not null,
    version             bigint          not null
);
create index news_item_shown_idx on news_item (shown_from, shown_until);

create table news_image (
    news_id             bigint          primary key references news_item (id) on delete cascade,
    media_type          varchar(20)     not null,
    content             bytea           not null
);
