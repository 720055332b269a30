-- What happened to cases, for e-office systems: an outbox appended in the transaction of the projection
-- write that caused it, read as a feed (GET /events) and pushed to webhook subscriptions.
-- `id` is global and increasing; readers go by (txid, id) and read only the events of transactions older
-- than every one still running (db/events.ts), so a reader never skips an event committed late.
CREATE TABLE events (
  id          bigserial PRIMARY KEY,
  txid        xid8 NOT NULL DEFAULT pg_current_xact_id(),
  type        text NOT NULL,
  -- The case it is about, and every region the case involves (who may see it); null for a notice to one system.
  case_id     text,
  regions     text[] NOT NULL DEFAULT '{}',
  -- The e-office system a notice is for (a webhook subscription disabled); null: whoever may see the case.
  system      text,
  -- What makes it this event within its case (a retried projection write appends nothing twice).
  dedupe_key  text,
  payload     jsonb NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_id, dedupe_key)
);
CREATE INDEX events_in_order ON events (txid, id);
CREATE INDEX events_by_region ON events USING gin (regions);
CREATE INDEX events_by_system ON events (system, id) WHERE system IS NOT NULL;

-- Where an e-office system wants events pushed (Standard Webhooks): its URL, the secret it verifies
-- signatures with, the types and regions it wants. The cursor: the (txid, id) of the last event delivered in order.
CREATE TABLE webhook_subscriptions (
  id             text PRIMARY KEY,
  system         text NOT NULL,
  url            text NOT NULL,
  secret         text NOT NULL,
  event_types    text[] NOT NULL,
  -- The regions it receives; null: every region (a key for every region only).
  regions        text[],
  status         text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  cursor_txid    xid8 NOT NULL,
  cursor_id      bigint NOT NULL,
  failing_since  timestamptz,
  disabled_at    timestamptz,
  disabled_reason text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_subscriptions_by_system ON webhook_subscriptions (system, created_at);

-- Every attempt to deliver an event to a subscription, answered or not.
CREATE TABLE webhook_deliveries (
  id               bigserial PRIMARY KEY,
  subscription_id  text NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  event_id         bigint NOT NULL REFERENCES events (id),
  attempted_at     timestamptz NOT NULL DEFAULT now(),
  -- The receiver's HTTP status; null when it did not answer (refused, timed out).
  response_status  integer,
  error            text,
  duration_ms      integer NOT NULL,
  succeeded        boolean NOT NULL,
  redelivery       boolean NOT NULL DEFAULT false
);
CREATE INDEX webhook_deliveries_by_subscription ON webhook_deliveries (subscription_id, id);

-- Redeliveries asked for through the API, done by the subscription's delivery workflow.
CREATE TABLE webhook_redeliveries (
  id               bigserial PRIMARY KEY,
  subscription_id  text NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  event_id         bigint NOT NULL REFERENCES events (id),
  requested_at     timestamptz NOT NULL DEFAULT now(),
  done_at          timestamptz
);
CREATE INDEX webhook_redeliveries_pending ON webhook_redeliveries (subscription_id, id) WHERE done_at IS NULL;
