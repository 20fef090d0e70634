-- A parent who books a whole summer is told each day's answer in one e-mail: past 8,000 characters, the message
-- could not be stored and the booking was refused with it (found by bench/load's registration rush).
alter table outbox_message alter column body set data type varchar(1000000);
alter table outbox_message alter column delivery_text set data type varchar(1000000);
