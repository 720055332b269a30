-- The event outbox's upkeep (migrations/017): readers waiting on it are woken, old events are pruned, and
-- a redelivery asked for with an Idempotency-Key is queued once.

-- Every statement that appends events tells the listeners (db/eventBell.ts) at its commit: a long-poll
-- answers as soon as the event is readable instead of at its next look at the table. NOTIFY is sent
-- only if the transaction commits, and PostgreSQL folds a transaction's identical notifications into one.
CREATE FUNCTION events_appended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('events', '');
  RETURN NULL;
END $$;
CREATE TRIGGER events_appended AFTER INSERT ON events FOR EACH STATEMENT EXECUTE FUNCTION events_appended();

-- How far events have been pruned (EVENT_RETENTION_DAYS): the position of the latest event deleted. A
-- feed cursor before it may have missed a pruned event (410 CURSOR_EXPIRED); a reader without a cursor
-- starts here. Only moves forward.
CREATE TABLE event_horizon (
  only_row  boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  txid      xid8 NOT NULL,
  id        bigint NOT NULL
);
INSERT INTO event_horizon (txid, id) VALUES ('0', 0);
CREATE INDEX events_by_age ON events (created_at);

-- A pruned event takes its delivery log rows and redelivery requests with it (only events every
-- subscription has delivered, or never would, are pruned).
ALTER TABLE webhook_deliveries DROP CONSTRAINT webhook_deliveries_event_id_fkey,
  ADD CONSTRAINT webhook_deliveries_event_id_fkey FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE;
ALTER TABLE webhook_redeliveries DROP CONSTRAINT webhook_redeliveries_event_id_fkey,
  ADD CONSTRAINT webhook_redeliveries_event_id_fkey FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE;
CREATE INDEX webhook_deliveries_by_event ON webhook_deliveries (event_id);
CREATE INDEX webhook_redeliveries_by_event ON webhook_redeliveries (event_id);

-- The request a redelivery was asked with (its Idempotency-Key's request): the same request racing
-- itself queues one redelivery.
ALTER TABLE webhook_redeliveries ADD COLUMN request_key text UNIQUE;
