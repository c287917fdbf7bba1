-- The application's login reads, adds and completes erasure requests, and
-- uses the new table's identity sequence (see V5_2 for the logins).

do $$
declare
    app text := '${attune_app_user}';
begin
    if app = current_user then
        return;
    end if;
    execute format('grant select, insert, update on erasure_request to %I', app);
    execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app);
end;
$$;
