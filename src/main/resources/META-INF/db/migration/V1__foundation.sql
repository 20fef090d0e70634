-- Foundation schema. Plain SQL understood alike by H2 2.x and PostgreSQL 15.
-- Sequences step by 50 to match the entities' allocationSize (EclipseLink pre-allocates ids).

create sequence centre_seq start with 50 increment by 50;
create sequence household_seq start with 50 increment by 50;
create sequence guardian_seq start with 50 increment by 50;
create sequence child_seq start with 50 increment by 50;
create sequence family_quotient_seq start with 50 increment by 50;
create sequence activity_seq start with 50 increment by 50;
create sequence user_account_seq start with 50 increment by 50;

create table centre (
    id              bigint primary key,
    name            varchar(120) not null,
    address_line    varchar(200) not null,
    postcode        varchar(5)   not null,
    town            varchar(100) not null,
    phone           varchar(20)  not null,
    email           varchar(254) not null,
    opening_hours   varchar(500) not null,
    version         bigint       not null
);

create table household (
    id                  bigint primary key,
    name                varchar(120) not null,
    address_line        varchar(200) not null,
    postcode            varchar(5)   not null,
    town                varchar(100) not null,
    phone               varchar(20),
    email               varchar(254),
    family_situation    varchar(20)  not null,
    benefits_body       varchar(10)  not null,
    allocataire_number  varchar(20),
    created_at          timestamp    not null,
    version             bigint       not null
);
create index household_name_idx on household (name);

create table guardian (
    id              bigint primary key,
    household_id    bigint       not null references household (id),
    civility        varchar(10)  not null,
    last_name       varchar(80)  not null,
    first_name      varchar(80)  not null,
    email           varchar(254),
    mobile_phone    varchar(20),
    relationship    varchar(20)  not null,
    billed          boolean      not null,
    version         bigint       not null
);
create index guardian_household_idx on guardian (household_id);

create table child (
    id              bigint primary key,
    last_name       varchar(80)  not null,
    first_name      varchar(80)  not null,
    birth_date      date         not null,
    sex             varchar(1)   not null,
    school          varchar(120),
    school_class    varchar(20),
    version         bigint       not null
);

-- A child of separated parents belongs to two households.
create table household_child (
    household_id    bigint not null references household (id),
    child_id        bigint not null references child (id),
    primary key (household_id, child_id)
);
create index household_child_child_idx on household_child (child_id);

create table family_quotient (
    id              bigint primary key,
    household_id    bigint       not null references household (id),
    amount          integer      not null,
    valid_from      date         not null,
    valid_to        date,
    source          varchar(10)  not null
);
create index family_quotient_household_idx on family_quotient (household_id);

create table activity (
    id              bigint primary key,
    name            varchar(80)  not null unique,
    kind            varchar(20)  not null,
    season          varchar(9)   not null,
    starts_on       date         not null,
    ends_on         date         not null,
    age_min         integer      not null,
    age_max         integer      not null,
    version         bigint       not null
);

create table user_account (
    id                      bigint primary key,
    email                   varchar(254) not null,
    display_name            varchar(160) not null,
    password_hash           varchar(400) not null,
    role                    varchar(10)  not null,
    household_id            bigint references household (id),
    guardian_id             bigint references guardian (id),
    enabled                 boolean      not null,
    must_change_password    boolean      not null,
    created_at              timestamp    not null,
    last_login_at           timestamp,
    version                 bigint       not null,
    constraint user_account_email_uk unique (email),
    constraint user_account_parent_ck check (role <> 'PARENT' or household_id is not null)
);
