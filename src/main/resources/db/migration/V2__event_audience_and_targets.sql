-- The event log gains who may see each event (audience), whom it concerns
-- (target), and until when it holds (e.g. a mute). Events are keyed by room and
-- sequence number. Members get a status (active, waiting in the lobby, removed);
-- rooms can ask joiners to wait until a therapist admits them.

create table room_event_log (
    room_id      varchar(36)  not null references room (id),
    seq          bigint       not null,
    kind         varchar(32)  not null,
    audience     varchar(32)  not null,
    actor_id     varchar(64)  not null,
    actor_name   varchar(120) not null,
    occurred_at  timestamp(6) with time zone not null,
    text         varchar(2000),
    target_id    varchar(64),
    target_name  varchar(120),
    until_at     timestamp(6) with time zone,
    command_id   varchar(64),
    constraint room_event_log_pk primary key (room_id, seq),
    constraint room_event_log_command_once unique (room_id, actor_id, command_id)
);

insert into room_event_log (room_id, seq, kind, audience, actor_id, actor_name, occurred_at, text, command_id)
    select room_id, seq, kind, 'EVERYONE', actor_id, actor_name, occurred_at, text, command_id from room_event;

drop table room_event;

alter table room_event_log rename to room_event;

alter table room_member add column status varchar(16) default 'ACTIVE' not null;

alter table room add column requires_admission boolean default false not null;

-- A room's sequence now lives in its event log alone.
alter table room drop column last_seq;
