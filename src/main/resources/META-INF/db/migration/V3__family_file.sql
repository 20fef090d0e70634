-- Family file: what a guardian and a child carry beyond their names.

alter table guardian add column home_phone varchar(20);
alter table guardian add column work_phone varchar(20);
-- A guardian's own address, when it differs from the household's.
alter table guardian add column address_line varchar(200);
alter table guardian add column postcode varchar(5);
alter table guardian add column town varchar(100);

alter table child add column allergies varchar(500);
alter table child add column has_pai boolean default false not null;
alter table child add column pai_details varchar(500);
alter table child add column doctor_name varchar(120);
alter table child add column doctor_phone varchar(20);
alter table child add column photos_allowed boolean default false not null;
alter table child add column may_leave_alone boolean default false not null;

-- People who may collect the child, and whom to call in an emergency.
create sequence child_contact_seq start with 50 increment by 50;
create table child_contact (
    id              bigint primary key,
    child_id        bigint       not null references child (id),
    kind            varchar(10)  not null,
    full_name       varchar(160) not null,
    phone           varchar(20)  not null,
    relationship    varchar(60)
);
create index child_contact_child_idx on child_contact (child_id);
