-- Parents may ask to correct a guardian's phones and contact e-mail, and the people who may collect a child or are
-- called in an emergency: a request names its guardian, and a whole list of people is one (longer) value.

alter table change_request add column guardian_id bigint references guardian (id);
create index change_request_guardian_idx on change_request (guardian_id);

alter table change_request_item alter column old_value set data type varchar(2000);
alter table change_request_item alter column new_value set data type varchar(2000);
