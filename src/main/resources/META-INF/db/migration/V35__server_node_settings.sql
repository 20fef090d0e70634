-- The settings every node must share, as each node reads them (their names and a digest of each value, never the
-- value): a node joining with settings that differ from a live node's names them in its log.
alter table server_node add column settings varchar(1000);
