-- Accounts and security: provisional passwords, password resets, login throttling, the security code,
-- the audit log, the mail outbox and the settings IT can change.

alter table user_account add column provisional_expires_at timestamp;
-- Sessions opened before this instant are ended (password changed or reset, account disabled).
alter table user_account add column credentials_changed_at timestamp;
update user_account set credentials_changed_at = created_at;
alter table user_account alter column credentials_changed_at set not null;

create sequence password_reset_seq start with 50 increment by 50;
create table password_reset (
    id              bigint primary key,
    account_id      bigint       not null references user_account (id),
    token_hash      varchar(64)  not null,
    created_at      timestamp    not null,
    expires_at      timestamp    not null,
    used_at         timestamp,
    constraint password_reset_token_uk unique (token_hash)
);
create index password_reset_account_idx on password_reset (account_id);

-- Failed logins, keyed by the address typed (existing account or not); the client address is kept for the journal.
create sequence login_failure_seq start with 50 increment by 50;
create table login_failure (
    id              bigint primary key,
    login_key       varchar(254) not null,
    client_address  varchar(64)  not null,
    occurred_at     timestamp    not null
);
create index login_failure_key_idx on login_failure (login_key, occurred_at);

-- The security code: kept in the database, not in a session, so the login page needs none and any node can check it.
-- The code is short-lived and shown as an image; it protects against scripted guessing, not a secret of the user.
create table captcha_challenge (
    token           varchar(64)  primary key,
    code            varchar(10)  not null,
    expires_at      timestamp    not null
);
create index captcha_challenge_expires_idx on captcha_challenge (expires_at);

create sequence audit_event_seq start with 50 increment by 50;
create table audit_event (
    id              bigint primary key,
    occurred_at     timestamp    not null,
    actor           varchar(254),
    action          varchar(40)  not null,
    subject         varchar(254),
    detail          varchar(500),
    client_address  varchar(64)
);
create index audit_event_occurred_idx on audit_event (occurred_at);

create sequence outbox_message_seq start with 50 increment by 50;
create table outbox_message (
    id              bigint primary key,
    created_at      timestamp     not null,
    recipient       varchar(254)  not null,
    subject         varchar(200)  not null,
    body            varchar(8000) not null,
    status          varchar(10)   not null,
    sent_at         timestamp,
    failure         varchar(500),
    version         bigint        not null
);
create index outbox_message_created_idx on outbox_message (created_at);

create table portal_setting (
    name            varchar(60)  primary key,
    setting_value   varchar(200) not null
);
insert into portal_setting (name, setting_value) values ('login.captcha.always', 'false');
insert into portal_setting (name, setting_value) values ('staff.idle.minutes', '30');
