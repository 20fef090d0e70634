-- The form a counter payment was typed in: a key made with the form and kept with the payment, so that the same form
-- posted twice (browser resubmit, Back button, a second click, two servers) records one payment. Counter payments
-- recorded before have none; NULLs do not collide in a unique constraint on H2 or PostgreSQL.
alter table payment add column submission_key varchar(36);
alter table payment add constraint payment_submission_key_uq unique (submission_key);
