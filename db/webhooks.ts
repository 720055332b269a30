// Webhook subscriptions of the e-office systems, their delivery log and the redeliveries asked for
// (migrations/017). Each system sees and changes only its own subscriptions.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { appendNotice, nowPosition, type EventScope, type Position } from './events';
import { inTransaction } from './transaction';

export interface Subscription {
  id: string;
  url: string;
  eventTypes: string[];
  /** null: every region (a key for every region). */
  regions: string[] | null;
  status: 'active' | 'disabled';
  /** Since when its deliveries have failed without a success in between. */
  failingSince: string | null;
  disabledAt: string | null;
  disabledReason: string | null;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = 'id, url, event_types, regions, status, failing_since, disabled_at, disabled_reason, created_at, updated_at';
const iso = (d: Date | null) => d?.toISOString() ?? null;
const subscriptionOf = (r: Record<string, any>): Subscription => ({
  id: r.id, url: r.url, eventTypes: r.event_types, regions: r.regions, status: r.status, failingSince: iso(r.failing_since),
  disabledAt: iso(r.disabled_at), disabledReason: r.disabled_reason, createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString(),
});

export interface NewSubscription {
  system: string;
  url: string;
  eventTypes: string[];
  regions: string[] | null;
}

/**
 * Stores a subscription with a new secret (`whsec_` and 24 random bytes, base64: Standard Webhooks); it
 * receives events from now on. `id`: the one an Idempotency-Key binds it to (the same request racing
 * itself answers the subscription the first one stored, secret included); absent, a fresh one.
 */
export async function createSubscription(pool: Pool, s: NewSubscription, id = `wh_${randomUUID().replace(/-/g, '')}`): Promise<Subscription & { secret: string }> {
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  const from = await nowPosition(pool);
  const { rows } = await pool.query(
    `INSERT INTO webhook_subscriptions (id, system, url, secret, event_types, regions, cursor_txid, cursor_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (id) DO NOTHING RETURNING ${COLUMNS}, secret`,
    [id, s.system, s.url, secret, s.eventTypes, s.regions, from.txid, from.id],
  );
  const row = rows[0] ?? (await pool.query(`SELECT ${COLUMNS}, secret FROM webhook_subscriptions WHERE id = $1 AND system = $2`, [id, s.system])).rows[0];
  return { ...subscriptionOf(row), secret: row.secret };
}

export async function listSubscriptions(pool: Pool, system: string): Promise<Subscription[]> {
  const { rows } = await pool.query(`SELECT ${COLUMNS} FROM webhook_subscriptions WHERE system = $1 ORDER BY created_at, id`, [system]);
  return rows.map(subscriptionOf);
}

export async function getSubscription(pool: Pool, system: string, id: string): Promise<Subscription | undefined> {
  const { rows } = await pool.query(`SELECT ${COLUMNS} FROM webhook_subscriptions WHERE system = $1 AND id = $2`, [system, id]);
  return rows.map(subscriptionOf)[0];
}

export interface SubscriptionChange {
  url?: string;
  eventTypes?: string[];
  regions?: string[] | null;
  /** active: turns a disabled subscription back on; it goes on from the first event it did not deliver. */
  status?: 'active';
}

export async function updateSubscription(pool: Pool, system: string, id: string, c: SubscriptionChange): Promise<Subscription | undefined> {
  const { rows } = await pool.query(
    `UPDATE webhook_subscriptions
        SET url = coalesce($3, url), event_types = coalesce($4, event_types), regions = CASE WHEN $5 THEN $6 ELSE regions END,
            status = coalesce($7, status), failing_since = CASE WHEN $7 IS NULL THEN failing_since END,
            disabled_at = CASE WHEN $7 IS NULL THEN disabled_at END, disabled_reason = CASE WHEN $7 IS NULL THEN disabled_reason END, updated_at = now()
      WHERE system = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [system, id, c.url ?? null, c.eventTypes ?? null, c.regions !== undefined, c.regions ?? null, c.status ?? null],
  );
  return rows.map(subscriptionOf)[0];
}

export async function deleteSubscription(pool: Pool, system: string, id: string): Promise<boolean> {
  return Boolean((await pool.query('DELETE FROM webhook_subscriptions WHERE system = $1 AND id = $2', [system, id])).rowCount);
}

export interface Delivery {
  id: number;
  eventId: string;
  type: string;
  attemptedAt: string;
  responseStatus: number | null;
  error: string | null;
  durationMs: number;
  succeeded: boolean;
  redelivery: boolean;
}

/** The delivery log of a subscription, oldest first, after the delivery `after`. */
export async function deliveries(pool: Pool, subscriptionId: string, after: number, limit: number): Promise<Delivery[]> {
  const { rows } = await pool.query(
    `SELECT d.*, e.type FROM webhook_deliveries d JOIN events e ON e.id = d.event_id WHERE d.subscription_id = $1 AND d.id > $2 ORDER BY d.id LIMIT $3`,
    [subscriptionId, after, limit],
  );
  return rows.map((r) => ({
    id: Number(r.id), eventId: `evt_${r.event_id}`, type: r.type, attemptedAt: r.attempted_at.toISOString(), responseStatus: r.response_status,
    error: r.error, durationMs: r.duration_ms, succeeded: r.succeeded, redelivery: r.redelivery,
  }));
}

/**
 * Queues the event of a logged delivery to be sent again (under its webhook-id); undefined: no such
 * delivery. `requestKey`: the Idempotency-Key's request it was asked with, queued once however often it races itself.
 */
export async function requestRedelivery(pool: Pool, subscriptionId: string, deliveryId: number, requestKey?: string): Promise<{ eventId: string } | undefined> {
  const { rows } = await pool.query(
    `INSERT INTO webhook_redeliveries (subscription_id, event_id, request_key)
     SELECT subscription_id, event_id, $3 FROM webhook_deliveries WHERE subscription_id = $1 AND id = $2
     ON CONFLICT (request_key) DO NOTHING RETURNING event_id`,
    [subscriptionId, deliveryId, requestKey ?? null],
  );
  // Queued already by the same request (its statement saw the first one's row only once committed, so asked again).
  const row = rows[0] ?? (requestKey && (await pool.query('SELECT event_id FROM webhook_redeliveries WHERE subscription_id = $1 AND request_key = $2', [subscriptionId, requestKey])).rows[0]);
  return row ? { eventId: `evt_${row.event_id}` } : undefined;
}

// The delivery workflow's side (services/webhooks.ts).

/** What delivering needs: where, the secret, what it receives, and how far it got. */
export interface DeliveryTarget {
  id: string;
  url: string;
  secret: string;
  scope: EventScope;
  cursor: Position;
}

/** The subscription, if it is there and active. */
export async function deliveryTarget(pool: Pool, id: string): Promise<DeliveryTarget | undefined> {
  const { rows } = await pool.query(`SELECT id, system, url, secret, event_types, regions, cursor_txid::text, cursor_id FROM webhook_subscriptions WHERE id = $1 AND status = 'active'`, [id]);
  return rows.map((r) => ({
    id: r.id, url: r.url, secret: r.secret, cursor: { txid: r.cursor_txid, id: Number(r.cursor_id) }, scope: { system: r.system, regions: r.regions ?? undefined, types: r.event_types },
  }))[0];
}

export async function pendingRedeliveries(pool: Pool, subscriptionId: string): Promise<{ id: number; eventId: number }[]> {
  const { rows } = await pool.query('SELECT id, event_id FROM webhook_redeliveries WHERE subscription_id = $1 AND done_at IS NULL ORDER BY id LIMIT 50', [subscriptionId]);
  return rows.map((r) => ({ id: Number(r.id), eventId: Number(r.event_id) }));
}

export interface Attempt {
  subscriptionId: string;
  event: Position;
  responseStatus: number | null;
  error: string | null;
  durationMs: number;
  succeeded: boolean;
  /** The redelivery request it answers; absent: the event in order, whose success moves the cursor past it. */
  redeliveryId?: number;
}

/** Logs an attempt; a success moves the subscription on (its cursor, or its redelivery done) and ends its failing streak. */
export async function recordAttempt(pool: Pool, a: Attempt): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query(
      `INSERT INTO webhook_deliveries (subscription_id, event_id, response_status, error, duration_ms, succeeded, redelivery) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [a.subscriptionId, a.event.id, a.responseStatus, a.error, a.durationMs, a.succeeded, a.redeliveryId !== undefined],
    );
    await client.query(
      `UPDATE webhook_subscriptions SET failing_since = CASE WHEN $2 THEN NULL ELSE coalesce(failing_since, now()) END WHERE id = $1`,
      [a.subscriptionId, a.succeeded],
    );
    if (a.succeeded && a.redeliveryId === undefined)
      await client.query(
        'UPDATE webhook_subscriptions SET cursor_txid = $2, cursor_id = $3 WHERE id = $1 AND (cursor_txid, cursor_id) < ($2::xid8, $3::bigint)',
        [a.subscriptionId, a.event.txid, a.event.id],
      );
    if (a.succeeded && a.redeliveryId !== undefined) await client.query('UPDATE webhook_redeliveries SET done_at = now() WHERE id = $1', [a.redeliveryId]);
  });
}

/** Turns a subscription off after its failing period, and tells its system (a `webhook.disabled` event in its feed and other subscriptions), at once. */
export async function disableSubscription(pool: Pool, id: string, d: { reason: string; failingSince: string; at: string }): Promise<void> {
  await inTransaction(pool, async (client) => {
    const { rows } = await client.query(
      `UPDATE webhook_subscriptions SET status = 'disabled', disabled_at = now(), disabled_reason = $2, updated_at = now() WHERE id = $1 AND status = 'active' RETURNING system, url`,
      [id, d.reason],
    );
    if (rows[0])
      await appendNotice(client, rows[0].system, {
        type: 'webhook.disabled', timestamp: d.at, data: { subscriptionId: id, url: rows[0].url, failingSince: d.failingSince, reason: d.reason },
      });
  });
}
