-- Parents may ask to correct a child's file (school, health, authorisations) from Mes enfants.
alter table change_request add column child_id bigint references child (id);
create index change_request_child_idx on change_request (child_id);
