-- What a payment put on an invoice staff then cancel with a credit note is released: the family's credit again,
-- kept (with when and by whom) so that the payment's history still says what it had paid.
alter table payment_allocation add column released_at timestamp;
alter table payment_allocation add column released_by varchar(255);
