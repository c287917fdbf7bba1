-- The application's login registers its engine as a writer, says it is still
-- there, and takes itself off when it stops; it claims rooms on the room table,
-- on which it already may update.

do $$
declare
    app text := '${attune_app_user}';
begin
    if app = current_user then
        return;
    end if;
    execute format('grant select, insert, update, delete on room_writer to %I', app);
end;
$$;
