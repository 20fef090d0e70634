-- Forgotten-password requests are limited per client address (account/boundary/PasswordChanges): counted in the
-- security journal, which grows with every login.
create index audit_event_client_idx on audit_event (client_address, action, occurred_at);
