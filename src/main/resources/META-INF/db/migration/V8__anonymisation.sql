-- RGPD: a household without activity for the retention period is anonymised; it stays (with its quotients,
-- later its invoices' legal content) but nothing in it names a person any more.
alter table household add column anonymised_at timestamp;
