// The event outbox (migrations/017): appended in the projection's transaction, read as the feed and by
// the webhook deliveries. Readers go by position, (txid, id), and read only the events of transactions
// older than every one still running: one that commits later has a later position, so paging by
// position never skips an event committed late, and appending takes no lock.
import type { Pool, PoolClient } from 'pg';
import type { EventPayload, Prior } from '../domain/events';
import type { EventBell } from './eventBell';

/** What the stored projection of a case shows, as far as its events need (domain/events.ts Prior); locks the row. */
export async function lockPrior(client: PoolClient, caseId: string): Promise<Prior | undefined> {
  const { rows } = await client.query(
    `SELECT view->>'status' AS status, jsonb_array_length(view->'timeline') AS "timelineLength",
            coalesce((SELECT jsonb_agg((t->>'id') || '@' || (t->>'openedAt')) FROM jsonb_array_elements(view->'tasks') t WHERE t->>'status' = 'open'), '[]') AS "openTasks",
            coalesce((SELECT jsonb_agg(d->>'id') FROM jsonb_array_elements(view->'documents') d), '[]') AS "documentIds"
       FROM cases WHERE case_id = $1 FOR UPDATE`,
    [caseId],
  );
  return rows[0];
}

/**
 * The statement that appends a write's events (a jsonb array, in order) for a case: nothing twice, a
 * retried write finds its events there. `when`: a condition the append waits on (the row was written).
 */
export const insertEvents = (p: { caseId: string; regions: string; events: string; when?: string }) =>
  `INSERT INTO events (type, case_id, regions, dedupe_key, payload)
     SELECT e->'payload'->>'type', ${p.caseId}, ${p.regions}, e->>'dedupeKey', e->'payload' FROM jsonb_array_elements(${p.events}::jsonb) WITH ORDINALITY AS x(e, n)
      ${p.when ? `WHERE ${p.when}` : ''} ORDER BY n
     ON CONFLICT (case_id, dedupe_key) DO NOTHING`;

/** A notice to one e-office system (not about a case). */
export async function appendNotice(client: Pool | PoolClient, system: string, payload: EventPayload<unknown>): Promise<void> {
  await client.query('INSERT INTO events (type, system, payload) VALUES ($1, $2, $3)', [payload.type, system, payload]);
}

/** Which events a reader gets: those of cases in its regions (undefined: every region), and the notices to its system. */
export interface EventScope {
  system: string;
  regions?: string[];
  types?: string[];
}

/** Where an event stands in the order readers go by. */
export interface Position {
  txid: string;
  id: number;
}

/** The position before every event not yet readable: a new reader (a subscription) starts there. */
export async function nowPosition(pool: Pool): Promise<Position> {
  const { rows } = await pool.query('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS txid');
  return { txid: rows[0].txid, id: 0 };
}

/** A position as the feed's cursor (`<txid>-<id>`), and back. */
export const cursorOf = (p: Position) => `${p.txid}-${p.id}`;
export const positionOf = (cursor: string): Position => {
  const [txid, id] = cursor.split('-');
  return { txid, id: Number(id) };
};

export interface StoredEvent extends EventPayload<unknown> {
  /** `evt_<id>` is its webhook-id. */
  seq: number;
  position: Position;
  caseId: string | null;
}

const SCOPED = `(($1::text[] IS NULL AND system IS NULL) OR regions && $1 OR system = $2) AND ($3::text[] IS NULL OR type = ANY($3))`;
const scoped = (s: EventScope) => [s.regions ?? null, s.system, s.types ?? null];
const stored = (r: Record<string, any>): StoredEvent => ({ seq: Number(r.id), position: { txid: r.txid, id: Number(r.id) }, caseId: r.case_id, ...r.payload });

/** The events of the scope after `after`, in order: only those of transactions older than every one running. */
export async function eventsAfter(pool: Pool, scope: EventScope, after: Position, limit: number): Promise<StoredEvent[]> {
  const { rows } = await pool.query(
    `SELECT id, txid::text, case_id, payload FROM events
      WHERE (txid, id) > ($4::xid8, $5::bigint) AND txid < pg_snapshot_xmin(pg_current_snapshot()) AND ${SCOPED}
      ORDER BY txid, id LIMIT $6`,
    [...scoped(scope), after.txid, after.id, limit],
  );
  return rows.map(stored);
}

/** The event `id`, if it is in the scope. */
export async function eventInScope(pool: Pool, scope: EventScope, id: number): Promise<StoredEvent | undefined> {
  const { rows } = await pool.query(`SELECT id, txid::text, case_id, payload FROM events WHERE id = $4 AND ${SCOPED}`, [...scoped(scope), id]);
  return rows.map(stored)[0];
}

/** How far events have been pruned: the position of the latest event deleted ('0-0': none). */
export async function eventHorizon(pool: Pool): Promise<Position> {
  const { rows } = await pool.query('SELECT txid::text, id FROM event_horizon');
  return { txid: rows[0].txid, id: Number(rows[0].id) };
}

/** Whether a position comes before another (before the horizon: events after it may have been pruned unread). */
export const isBefore = (a: Position, b: Position) => BigInt(a.txid) < BigInt(b.txid) || (BigInt(a.txid) === BigInt(b.txid) && a.id < b.id);

/**
 * Deletes up to `batch` events older than `retentionDays` that no webhook subscription still has to
 * deliver (one after its cursor and in its scope: disabled ones too, which resume from their cursor),
 * moving the horizon past them; the count deleted.
 */
export async function pruneEvents(pool: Pool, retentionDays: number, batch: number): Promise<number> {
  const { rows } = await pool.query(
    `WITH gone AS (
       DELETE FROM events WHERE id IN (
         SELECT e.id FROM events e
          WHERE e.created_at < now() - $1 * interval '1 day'
            AND NOT EXISTS (
              SELECT 1 FROM webhook_subscriptions s
               WHERE (e.txid, e.id) > (s.cursor_txid, s.cursor_id)
                 AND ((s.regions IS NULL AND e.system IS NULL) OR e.regions && s.regions OR e.system = s.system)
                 AND e.type = ANY(s.event_types))
          ORDER BY e.id LIMIT $2)
       RETURNING txid, id),
     latest AS (SELECT txid, id FROM gone ORDER BY txid DESC, id DESC LIMIT 1),
     moved AS (UPDATE event_horizon h SET txid = l.txid, id = l.id FROM latest l WHERE (l.txid, l.id) > (h.txid, h.id))
     SELECT count(*)::int AS n FROM gone`,
    [retentionDays, batch],
  );
  return rows[0].n;
}

/** How often a reader looks without a bell, and after a ring whose event it could not read yet. */
const POLL_MS = 500;
/**
 * After a ring, how long a reader that found nothing looks every POLL_MS: the event rung for waits behind
 * an older transaction still running (readers read only events older than every running transaction),
 * whose commit rings nothing if it appended nothing.
 */
const AFTER_RING_MS = 5_000;

/**
 * Long-poll: what `fetch` finds, asked again until it finds something or `waitMs` has passed. With a
 * bell, it is asked when the bell rings (an event was appended), every half second for a while after a
 * ring, and on the bell's slow safety poll; without one, every half second.
 */
export async function waitFor<T>(fetch: () => Promise<T[]>, waitMs: number, stopped: () => boolean = () => false, bell?: EventBell): Promise<T[]> {
  let rungAt = -Infinity;
  for (const end = Date.now() + waitMs; ;) {
    const ring = bell?.next();
    const found = await fetch();
    const left = end - Date.now();
    if (found.length || left <= 0 || stopped()) {
      ring?.cancel();
      return found;
    }
    if (!ring) {
      await new Promise((r) => setTimeout(r, Math.min(POLL_MS, left)));
      continue;
    }
    const pause = Date.now() - rungAt < AFTER_RING_MS ? POLL_MS : bell!.safetyPollMs;
    if (await ring.wait(Math.min(pause, left))) rungAt = Date.now();
  }
}
