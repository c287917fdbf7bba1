-- One writer per room, whatever the number of servers. Each running room
-- engine registers as a writer (its server's name and a fresh id each time it
-- starts) and says every few seconds that it is still there. The engine that
-- writes a room's events holds the room under an epoch that each claim raises;
-- every commit of a room's events first locks the room's row and checks that
-- the epoch is still the one its engine claimed. An engine that lost a room
-- (another claimed it while this one was paused or cut off) cannot commit to
-- it, whatever it still believes.

create table room_writer (
    id          varchar(80) not null primary key,
    node        varchar(80) not null,
    started_at  timestamp(6) with time zone not null,
    seen_at     timestamp(6) with time zone not null
);

alter table room add column writer varchar(80);
alter table room add column writer_epoch bigint not null default 0;
