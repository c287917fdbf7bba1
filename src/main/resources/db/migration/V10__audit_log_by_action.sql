-- Each server looks up, every few seconds, the rooms whose audit rows say they
-- raised a safety alert lately (their alerts must go on escalating) or were
-- given practice between sessions (their reminders must go out), by action and
-- time: an index keeps that look cheap however long the audit log grows.

create index audit_log_by_action on audit_log (action, at);
