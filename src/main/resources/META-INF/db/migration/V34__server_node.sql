-- The servers sharing the database. Each beats every 20 seconds on the database's own clock (the one clock every
-- node shares: a demo or test node's portal clock may be moved): a node silent for a minute and a half is dead, and
-- the invoice run it was running is released for a restart on another node. The version each one runs lets a node
-- joining with another version say so in its log.
create table server_node (
    name            varchar(120)    primary key,
    version         varchar(120)    not null,
    started_at      timestamp       not null,
    heartbeat_at    timestamp       not null
);
