-- A requester's cases, newest first (GET /cases?requester=, db/cases.ts listCases): read from this
-- index, the page's rows alone, however many cases others have. Before it, the filter was checked row
-- by row along cases_newest (all the cases newer than the requester's oldest on the page) or by a scan
-- of the whole table, whichever the planner guessed cheaper.
CREATE INDEX cases_by_requester ON cases (requester_nip, started_at DESC, case_id DESC);
