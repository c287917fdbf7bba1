-- The application's login creates a room's data key with the room, reads it,
-- and deletes it with the room; replacing the operator's key re-wraps the rows.
-- Where the owner and the application are the same login there is nothing to grant.

do $$
declare
    app text := '${attune_app_user}';
begin
    if app = current_user then
        return;
    end if;
    execute format('grant select, insert, update, delete on room_key to %I', app);
end;
$$;
