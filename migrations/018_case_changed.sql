-- Every write of a case's projection is announced on the channel case_changed (payload: the case id),
-- delivered when its transaction commits: readers waiting on a case (GET /cases/{id}?afterVersion=&wait=,
-- a decision waiting for its documents' numbers) learn of it at once, in every API process.
CREATE FUNCTION case_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('case_changed', NEW.case_id);
  RETURN NULL;
END $$;

CREATE TRIGGER case_changed AFTER INSERT OR UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION case_changed();
