-- Contact: a family writes to the centre, staff answer; each exchange is a thread of messages. Who has not read
-- the last message is kept on the thread, so that the inbox counts unread threads in one indexed query.
create sequence contact_thread_seq start with 50 increment by 50;
create table contact_thread (
    id                  bigint          primary key,
    household_id        bigint          not null references household (id),
    subject             varchar(120)    not null,
    opened_by           varchar(254)    not null,
    opened_at           timestamp       not null,
    last_message_at     timestamp       not null,
    assigned_to         varchar(254),
    unread_by_staff     boolean         not null,
    unread_by_family    boolean         not null,
    closed              boolean         not null,
    version             bigint          not null
);
create index contact_thread_household_idx on contact_thread (household_id, last_message_at);
create index contact_thread_inbox_idx on contact_thread (closed, unread_by_staff, last_message_at);

create sequence contact_message_seq start with 50 increment by 50;
create table contact_message (
    id                  bigint          primary key,
    thread_id           bigint          not null references contact_thread (id),
    author              varchar(254)    not null,
    from_family         boolean         not null,
    body                varchar(5000)   not null,
    sent_at             timestamp       not null,
    document_id         bigint
);
create index contact_message_thread_idx on contact_message (thread_id, sent_at);
