-- The embedded H2 database cannot run triggers written in SQL; there the
-- application's mapping of audit rows is read-only (no update, no delete).
select 1;
