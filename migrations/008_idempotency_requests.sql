-- An Idempotency-Key is bound to the whole request it first came with (the IETF Idempotency-Key
-- draft, Stripe's semantics): the operation (route), the case and task it names, the acting official
-- and the RFC 8785 canonical body; the first outcome (status, Location, body) is kept and replayed.
-- Until there is one (a request in flight, or one whose answer could not be known) the row is pending.
-- Keys expire (IDEMPOTENCY_KEY_TTL) and are purged.
ALTER TABLE idempotency_keys RENAME COLUMN request_hash TO body_hash;
ALTER TABLE idempotency_keys
  ALTER COLUMN case_id DROP NOT NULL,
  ADD COLUMN operation        text,
  ADD COLUMN task_id          text,
  ADD COLUMN acting_official  text,
  ADD COLUMN response_status  integer,
  ADD COLUMN response_location text,
  ADD COLUMN response_body    text,
  ADD COLUMN expires_at       timestamptz;
-- Keys claimed before: starts, whose hash covered the actor and the body together (not canonical); a
-- retry of one within its last day is told its acting official and body differ, and uses a new key.
UPDATE idempotency_keys SET operation = 'POST /api/v1/cases', expires_at = created_at + interval '24 hours';
ALTER TABLE idempotency_keys
  ALTER COLUMN operation SET NOT NULL,
  ALTER COLUMN expires_at SET NOT NULL;
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);
