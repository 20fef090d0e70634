-- Staff edit guardians and children: the change log says whom a change concerns.
alter table change_log add column subject varchar(160);
