// The event outbox (migrations/017): appended in the projection's transaction, read as the feed and by
// the webhook deliveries. Ids follow commit order, so paging by id never skips an event committed late.
import type { Pool, PoolClient } from 'pg';
import { caseEvents, type EventPayload, type Prior } from '../domain/events';
import type { CaseView } from '../domain/kasus';

/** Held from an append to its commit: one appender at a time takes ids, so they are handed out in commit order. */
const APPEND_LOCK = 7_202_217;

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

/** Appends what changed from `prior` to `view` (nothing twice: a retried write finds its events there). */
export async function appendCaseEvents(client: PoolClient, prior: Prior | undefined, view: CaseView): Promise<void> {
  const events = caseEvents(prior, view);
  if (!events.length) return;
  await client.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK]);
  await client.query(
    `INSERT INTO events (type, case_id, regions, dedupe_key, payload)
     SELECT e->'payload'->>'type', $1, $2, e->>'dedupeKey', e->'payload' FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS x(e, n) ORDER BY n
     ON CONFLICT (case_id, dedupe_key) DO NOTHING`,
    [view.caseId, view.regions ?? [view.region], JSON.stringify(events)],
  );
}

/** A notice to one e-office system (not about a case), within the caller's transaction. */
export async function appendNotice(client: PoolClient, system: string, payload: EventPayload<unknown>): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK]);
  await client.query('INSERT INTO events (type, system, payload) VALUES ($1, $2, $3)', [payload.type, system, payload]);
}

/** Which events a reader gets: those of cases in its regions (undefined: every region), and the notices to its system. */
export interface EventScope {
  system: string;
  regions?: string[];
  types?: string[];
}

export interface StoredEvent extends EventPayload<unknown> {
  /** The position in the outbox: the feed's cursor, and `evt_<id>` is the webhook-id. */
  seq: number;
  caseId: string | null;
}

const SCOPED = `(($2::text[] IS NULL AND system IS NULL) OR regions && $2 OR system = $3) AND ($4::text[] IS NULL OR type = ANY($4))`;

/** The events of the scope after `after`, in order. */
export async function eventsAfter(pool: Pool, scope: EventScope, after: number, limit: number): Promise<StoredEvent[]> {
  const { rows } = await pool.query(
    `SELECT id, case_id, payload FROM events WHERE id > $1 AND ${SCOPED} ORDER BY id LIMIT $5`,
    [after, scope.regions ?? null, scope.system, scope.types ?? null, limit],
  );
  return rows.map((r) => ({ seq: Number(r.id), caseId: r.case_id, ...r.payload }));
}

/** The event `id`, if it is in the scope. */
export async function eventInScope(pool: Pool, scope: EventScope, id: number): Promise<StoredEvent | undefined> {
  const { rows } = await pool.query(`SELECT id, case_id, payload FROM events WHERE id = $1 AND ${SCOPED}`, [id, scope.regions ?? null, scope.system, scope.types ?? null]);
  return rows.map((r) => ({ seq: Number(r.id), caseId: r.case_id, ...r.payload }))[0];
}

/** The newest event id (a new subscription starts after it). */
export async function lastEventId(pool: Pool): Promise<number> {
  const { rows } = await pool.query('SELECT coalesce(max(id), 0) AS id FROM events');
  return Number(rows[0].id);
}

const POLL_MS = 500;

/** Long-poll: what `fetch` finds, asked every half second until it finds something or `waitMs` has passed. */
export async function waitFor<T>(fetch: () => Promise<T[]>, waitMs: number, stopped: () => boolean = () => false): Promise<T[]> {
  for (const end = Date.now() + waitMs; ;) {
    const found = await fetch();
    const left = end - Date.now();
    if (found.length || left <= 0 || stopped()) return found;
    await new Promise((r) => setTimeout(r, Math.min(POLL_MS, left)));
  }
}
