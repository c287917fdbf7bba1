-- When a person signs out, or leaves quickly, every server closes the live
-- sockets they opened before then, not only the server that took the request.
-- A row says who signed out and when (milliseconds since the epoch); each
-- server reads the rows newer than its last look every few seconds. A row is
-- of no use once every access token of that time has expired, and is deleted
-- after ten minutes.

create table sign_out (
    user_id  varchar(80) not null primary key,
    at_ms    bigint not null
);

create index sign_out_at on sign_out (at_ms);
