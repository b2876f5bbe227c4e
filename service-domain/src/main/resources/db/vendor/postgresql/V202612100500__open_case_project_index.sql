-- Scale issue 14: a project department's "my work" (its own projects' running clocks) read every case of its projects
-- — 125 000 per project at a million cases, 1.5 s — to find the few hundred open ones: the planner went from the project
-- to its cases by ix_service_case_project and filtered the status row by row. The open cases of a project, by project,
-- in a partial index (a few thousand entries whatever the history): the same query takes milliseconds. Built
-- CONCURRENTLY (executeInTransaction=false in the .conf beside this file).
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_open_project ON service_case (project_id)
    WHERE status NOT IN ('CLOSED', 'CANCELLED');
