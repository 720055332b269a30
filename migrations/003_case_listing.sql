-- GET /cases: newest first, usually within one region and status.
CREATE INDEX cases_newest ON cases (started_at DESC, case_id DESC);
CREATE INDEX cases_by_region_status ON cases (region, status, started_at DESC, case_id DESC);
