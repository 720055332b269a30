// The one error shape (api/errors.ts) as the API suites check it.
import type { Pool } from 'pg';
import { expect } from 'vitest';

const KEYS = ['code', 'message', 'citation', 'fields'];

/** Whether a response body is exactly { error: { code, message, citation?, fields? } }. */
export function inOneShape(body: unknown): boolean {
  const e = (body as { error?: Record<string, unknown> })?.error;
  return !!e && Object.keys(body as object).length === 1 && typeof e.code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(e.code)
    && typeof e.message === 'string' && Object.keys(e).every((k) => KEYS.includes(k))
    && (e.fields === undefined || (Array.isArray(e.fields) && e.fields.every((f) => typeof f?.field === 'string' && typeof f?.message === 'string')));
}

/** A refusal with this status and code, in the one shape; its body. */
export function expectRefusal(res: { statusCode: number; body: string }, status: number, code: string) {
  const body = JSON.parse(res.body);
  expect({ status: res.statusCode, code: body.error?.code }).toEqual({ status, code });
  expect(inOneShape(body), res.body).toBe(true);
  return body.error as { code: string; message: string; fields?: { field: string; message: string }[] };
}

const TABLES = ['cases', 'tasks', 'documents', 'document_sequences', 'notifications', 'idempotency_keys', 'penugasan', 'units', 'jabatan', 'pegawai', 'kepala_daerah'];

/** Row counts of every table the service writes: equal before and after means nothing was written. */
export async function rowCounts(pool: Pool): Promise<Record<string, number>> {
  const { rows } = await pool.query(TABLES.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM ${t}`).join(' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}
