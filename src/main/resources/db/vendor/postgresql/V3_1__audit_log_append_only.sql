-- PostgreSQL refuses any change to an audit row once written.

create function audit_log_append_only() returns trigger as $$
begin
    raise exception 'audit_log is append-only';
end;
$$ language plpgsql;

create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only();
