// Idempotency keys in PostgreSQL: one row per (API client, key), bound to the request it first came
// with and, once known, to its first outcome (migration 008).
import type { Pool } from 'pg';
import { prepared } from './prepared';

/** What a key is bound to besides the client: the request as the API received it. */
export interface IdempotentRequest {
  operation: string;
  caseId: string | null;
  taskId: string | null;
  actingOfficial: string | null;
  bodyHash: string;
}

export interface StoredOutcome {
  status: number;
  location: string | null;
  body: string;
}

export interface KeyRow extends IdempotentRequest {
  outcome: StoredOutcome | null;
}

const toRow = (r: Record<string, unknown>): KeyRow => ({
  operation: r.operation as string,
  caseId: r.case_id as string | null,
  taskId: r.task_id as string | null,
  actingOfficial: r.acting_official as string | null,
  bodyHash: r.body_hash as string,
  outcome: r.response_status === null ? null
    : { status: r.response_status as number, location: r.response_location as string | null, body: r.response_body as string },
});

/**
 * Claims a key for a request: `claimed` true when this request is its first; otherwise the row as
 * the first request left it. An expired row is dropped, so its key is free again.
 */
export async function claimKey(pool: Pool, client: string, key: string, request: IdempotentRequest, ttlMs: number): Promise<{ claimed: boolean; row: KeyRow }> {
  const inserted = await pool.query(prepared(
    `INSERT INTO idempotency_keys (client, key, operation, case_id, task_id, acting_official, body_hash, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now() + $8 * interval '1 millisecond')
     ON CONFLICT (client, key) DO NOTHING`,
    [client, key, request.operation, request.caseId, request.taskId, request.actingOfficial, request.bodyHash, ttlMs],
  ));
  if (inserted.rowCount) return { claimed: true, row: { ...request, outcome: null } };
  const { rows } = await pool.query('SELECT *, expires_at <= now() AS expired FROM idempotency_keys WHERE client = $1 AND key = $2', [client, key]);
  if (rows[0] && !rows[0].expired) return { claimed: false, row: toRow(rows[0]) };
  // Expired, or gone since (released by its request): claim it afresh.
  await pool.query('DELETE FROM idempotency_keys WHERE client = $1 AND key = $2 AND expires_at <= now()', [client, key]);
  return claimKey(pool, client, key, request, ttlMs);
}

/** Binds a start's key to a case id once; every later or concurrent attempt gets the first one. */
export async function bindCase(pool: Pool, client: string, key: string, caseId: string): Promise<string> {
  const { rows } = await pool.query(prepared(
    'UPDATE idempotency_keys SET case_id = COALESCE(case_id, $3) WHERE client = $1 AND key = $2 RETURNING case_id',
    [client, key, caseId],
  ));
  return rows[0]?.case_id ?? caseId;
}

/** Keeps the first outcome: the stored one, if a concurrent identical request got there first. */
export async function recordOutcome(pool: Pool, client: string, key: string, outcome: StoredOutcome): Promise<StoredOutcome> {
  const updated = await pool.query(prepared(
    `UPDATE idempotency_keys SET response_status = $3, response_location = $4, response_body = $5
      WHERE client = $1 AND key = $2 AND response_status IS NULL`,
    [client, key, outcome.status, outcome.location, outcome.body],
  ));
  if (updated.rowCount) return outcome;
  const { rows } = await pool.query('SELECT * FROM idempotency_keys WHERE client = $1 AND key = $2', [client, key]);
  return (rows[0] && toRow(rows[0]).outcome) ?? outcome;
}

/** Frees a key whose request changed nothing, so that it may be sent again as it was or changed. */
export async function releaseKey(pool: Pool, client: string, key: string): Promise<void> {
  await pool.query('DELETE FROM idempotency_keys WHERE client = $1 AND key = $2 AND response_status IS NULL', [client, key]);
}

export async function purgeExpiredKeys(pool: Pool): Promise<number> {
  return (await pool.query('DELETE FROM idempotency_keys WHERE expires_at <= now()')).rowCount ?? 0;
}
