-- The schema's owner runs these migrations; the application works as its own
-- login (the placeholder attune_app_user, the login of Attune's datasource),
-- which owns nothing, so it can neither drop nor alter a table nor its
-- triggers. It may read and write the rooms' tables, and only add to the audit
-- log and read it. Where the owner and the application are the same login
-- (development), there is nothing to grant. A later migration that adds a
-- table grants the application's login what it needs on it, the same way.

do $$
declare
    app text := '${attune_app_user}';
begin
    if app = current_user then
        return;
    end if;
    execute format('grant usage on schema %I to %I', current_schema(), app);
    execute format('grant select, insert, update, delete on room, room_member, invitation, room_event to %I', app);
    execute format('grant select, insert on audit_log to %I', app);
    execute format('revoke update, delete, truncate, references, trigger on audit_log from %I', app);
    execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app);
    -- The application can start without the owner's credentials while no migration is pending.
    execute format('grant select on flyway_schema_history to %I', app);
end;
$$;
