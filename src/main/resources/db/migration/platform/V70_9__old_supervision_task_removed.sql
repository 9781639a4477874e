-- The opinion loop's own deadline watch became the supervision module's task
-- ("supervision"); without this, db-scheduler warns about the orphaned row for 14 days.
delete from scheduled_tasks where task_name = 'opinion-supervision';
