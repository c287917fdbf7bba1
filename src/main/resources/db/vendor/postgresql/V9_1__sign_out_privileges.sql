-- The application's login records sign-outs, reads those of the other
-- servers, and deletes those too old to matter.

do $$
declare
    app text := '${attune_app_user}';
begin
    if app = current_user then
        return;
    end if;
    execute format('grant select, insert, update, delete on sign_out to %I', app);
end;
$$;
