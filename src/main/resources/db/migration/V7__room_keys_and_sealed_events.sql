-- What is said is stored sealed: each room has a data key of its own
-- (AES-256), kept only wrapped by the operator's key (ATTUNE_DATA_KEY, named by
-- key_id so that the operator's key can be replaced: the rows are re-wrapped,
-- the events are not touched). Deleting a room's key makes its sealed events
-- unreadable wherever a copy of them lies (crypto-shredding).
create table room_key (
    room_id     varchar(36)  not null primary key references room (id),
    key_id      varchar(32)  not null,
    wrapped_key bytea        not null,
    created_at  timestamp(6) with time zone not null
);

-- An event's words (text, detail and amount), sealed with its room's data key
-- (AES-256-GCM, bound to the room and the seq). A sealed event leaves text,
-- detail and amount empty; events written before, or by a development server
-- without a key, keep them in the clear and have no sealed value.
alter table room_event add column sealed bytea;
