-- Events can carry a number, e.g. a turn limit in seconds.
alter table room_event add column amount bigint;
