-- Mail that is always delivered: the outbox becomes the queue a scheduled task retries from, with a growing delay,
-- until the message is sent or abandoned. next_attempt_at is when a waiting message is due, or, while a node is
-- sending it (SENDING), when that node's claim lapses; it is empty once the message is sent or abandoned.
-- delivery_text holds the full text while body shows it masked (outside demo mode); it is erased once the message
-- is sent or abandoned, so that a provisional password or a reset link does not stay in the database.
alter table outbox_message add column masked boolean default false not null;
alter table outbox_message add column delivery_text varchar(8000);
alter table outbox_message add column attempts integer default 0 not null;
alter table outbox_message add column last_attempt_at timestamp;
alter table outbox_message add column next_attempt_at timestamp;

update outbox_message set attempts = 1, last_attempt_at = coalesce(sent_at, created_at) where status in ('SENT', 'FAILED');
update outbox_message set masked = true where body like '%••••••••%';

-- Messages left waiting before retries existed may be old, and their full text was never stored: they are given up,
-- and staff resend by hand those that hide nothing.
update outbox_message set status = 'ABANDONED' where status in ('PENDING', 'FAILED');

create index outbox_message_due_idx on outbox_message (next_attempt_at);
