-- Events can carry a short keyword that qualifies them, e.g. the reason of a pause.
alter table room_event add column detail varchar(64);

-- Each room's regulation settings: the default pause, the escalation threshold
-- (running heat in percent) and the region whose crisis resources it shows
-- (null: the practice's default).
alter table room add column pause_minutes integer default 10 not null;
alter table room add column pause_exercise varchar(32) default 'box_breathing' not null;
alter table room add column escalation_threshold integer default 100 not null;
alter table room add column crisis_region varchar(8);
