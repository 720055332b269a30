// The audit log as a hash chain per region: appending a row where the chain's head is, reading
// rows, and recomputing a chain to find the first row that was altered, removed or reordered.
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { prepared } from './prepared';

/** The chain of calls that name no region (or one this service does not serve). */
export const SERVICE_CHAIN = 'service';
/** The previous hash of a chain's first row. */
export const GENESIS = '0'.repeat(64);

/** What one API call that changes something leaves in the log. */
export interface AuditEntry {
  requestId: string;
  /** The e-office system whose key called, or `official:<NIP>`; null: the caller was not authenticated. */
  client: string | null;
  official: string | null;
  knownVia: 'signed-in' | 'vouched' | null;
  vouchedBy: string | null;
  /** For whom the official acted (delegation): not built yet, so always null. */
  onBehalfOf: string | null;
  /** Method and route, e.g. `POST /api/v1/cases/:caseId/tasks/:taskId/decision`. */
  operation: string;
  caseId: string | null;
  taskId: string | null;
  /** SHA-256 of the RFC 8785 canonical request (route parameters, query and body); null for a body the door refused unread (nested too deep to walk). */
  requestHash: string | null;
  status: number;
  /** The error code of a refusal; null on success. */
  code: string | null;
}

export interface AuditRow extends AuditEntry {
  chain: string;
  seq: number;
  at: string;
  prevHash: string;
  hash: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * A row's hash: its canonical content and the previous row's hash. The position (seq) is not part of it:
 * the links give the order, so a row moved elsewhere is found by its link, not mistaken for an edit.
 */
export const hashOf = ({ seq: _seq, hash: _hash, ...content }: Omit<AuditRow, 'hash'> & { hash?: string }) => sha256(canonicalize(content)!);

/**
 * Per pool and chain: the head this process last wrote, a guess each append checks in its one statement,
 * and the append in progress, so one process's appends to a chain follow one another without a lock held
 * across round trips.
 */
const chains = new WeakMap<Pool, Map<string, { head?: ChainHead; appending: Promise<unknown> }>>();

/**
 * Appends a row to a chain, linked to its head: one statement that moves the head only from the position
 * the row names as its previous, and writes the row only if it did. Another process that appended
 * meanwhile makes it write nothing: the head is read again and the row made anew on it. So the chain
 * never forks, and times rise along it (a row's time is taken after the row before it was written).
 */
export function appendAudit(pool: Pool, chain: string, entry: AuditEntry): Promise<AuditRow> {
  const ofPool = chains.get(pool) ?? chains.set(pool, new Map()).get(pool)!;
  const state = ofPool.get(chain) ?? { appending: Promise.resolve() };
  ofPool.set(chain, state);
  const appended = state.appending.then(() => appendOnHead(pool, state, chain, entry));
  state.appending = appended.catch(() => undefined);
  return appended;
}

/** How many times an append reads the head again before it gives up (other processes appending all the while). */
const APPEND_ATTEMPTS = 20;

async function appendOnHead(pool: Pool, state: { head?: ChainHead }, chain: string, entry: AuditEntry): Promise<AuditRow> {
  for (let attempt = 1; attempt <= APPEND_ATTEMPTS; attempt++) {
    // The head, made on a chain's first row.
    state.head ??= await pool.query(
      'INSERT INTO audit_heads (chain, seq, hash) VALUES ($1, 0, $2) ON CONFLICT (chain) DO UPDATE SET chain = EXCLUDED.chain RETURNING seq, hash', [chain, GENESIS],
    ).then(({ rows: [h] }) => ({ chain, seq: Number(h.seq), hash: h.hash as string }));
    const content = { chain, seq: state.head.seq + 1, at: new Date().toISOString(), ...entry, prevHash: state.head.hash };
    const row: AuditRow = { ...content, hash: hashOf(content) };
    const { rowCount } = await pool.query(prepared(
      `WITH head AS (UPDATE audit_heads SET seq = $2, hash = $17 WHERE chain = $1 AND seq = $18 AND hash = $16 RETURNING chain)
       INSERT INTO audit_log (chain, seq, at, request_id, client, official, known_via, vouched_by, on_behalf_of, operation, case_id, task_id, request_hash, status, code, prev_hash, hash)
       SELECT $1, $2::bigint, $3::timestamptz, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::integer, $15, $16, $17 FROM head`,
      [row.chain, row.seq, row.at, row.requestId, row.client, row.official, row.knownVia, row.vouchedBy, row.onBehalfOf, row.operation, row.caseId, row.taskId, row.requestHash, row.status, row.code, row.prevHash, row.hash, state.head.seq],
    ));
    if (rowCount === 1) {
      state.head = { chain, seq: row.seq, hash: row.hash };
      return row;
    }
    state.head = undefined; // moved by another process: read it again
  }
  throw new Error(`audit chain ${chain}: the head moved under each of ${APPEND_ATTEMPTS} attempts to append`);
}

const COLUMNS = 'chain, seq, at, request_id, client, official, known_via, vouched_by, on_behalf_of, operation, case_id, task_id, request_hash, status, code, prev_hash, hash';

const toRow = (r: Record<string, any>): AuditRow => ({
  chain: r.chain, seq: Number(r.seq), at: r.at.toISOString(), requestId: r.request_id, client: r.client, official: r.official,
  knownVia: r.known_via, vouchedBy: r.vouched_by, onBehalfOf: r.on_behalf_of, operation: r.operation, caseId: r.case_id, taskId: r.task_id,
  requestHash: r.request_hash, status: r.status, code: r.code, prevHash: r.prev_hash, hash: r.hash,
});

/** Rows of a chain in order, after a position (keyset paging), optionally only those of one case. */
export async function auditRows(pool: Pool, q: { chain: string; caseId?: string; after?: number; limit: number }): Promise<AuditRow[]> {
  const { rows } = await pool.query(
    `SELECT ${COLUMNS} FROM audit_log WHERE chain = $1 AND seq > $2 AND ($3::text IS NULL OR case_id = $3) ORDER BY seq LIMIT $4`,
    [q.chain, q.after ?? 0, q.caseId ?? null, q.limit],
  );
  return rows.map(toRow);
}

/** Every row naming a case, whichever chain holds it (a case spanning two regions has calls in both), in order. */
export async function auditRowsOfCase(pool: Pool, caseId: string): Promise<AuditRow[]> {
  const { rows } = await pool.query(`SELECT ${COLUMNS} FROM audit_log WHERE case_id = $1 ORDER BY chain, seq`, [caseId]);
  return rows.map(toRow);
}

export interface ChainHead { chain: string; seq: number; hash: string }

/** Every chain's head, and the hash now stored at the position each chain was last anchored at. */
export async function auditHeads(pool: Pool, anchored: { chain: string; seq: number }[] = []): Promise<(ChainHead & { hashAtAnchor: string | null })[]> {
  const { rows } = await pool.query(
    `SELECT h.chain, h.seq, h.hash, l.hash AS at_anchor
       FROM audit_heads h
       LEFT JOIN unnest($1::text[], $2::bigint[]) AS a(chain, seq) ON a.chain = h.chain
       LEFT JOIN audit_log l ON l.chain = a.chain AND l.seq = a.seq
      ORDER BY h.chain`,
    [anchored.map((a) => a.chain), anchored.map((a) => a.seq)],
  );
  return rows.map((r) => ({ chain: r.chain, seq: Number(r.seq), hash: r.hash, hashAtAnchor: r.at_anchor }));
}

export const auditChains = async (pool: Pool): Promise<string[]> =>
  (await pool.query('SELECT chain FROM audit_heads ORDER BY chain')).rows.map((r) => r.chain);

export interface ChainProblem {
  seq: number;
  kind: 'altered' | 'removed' | 'reordered';
  message: string;
}

export interface ChainCheck {
  chain: string;
  rows: number;
  /** The last row as the recomputation reached it. */
  head: { seq: number; hash: string } | null;
  /** The first row where the chain breaks; absent: every link holds. */
  problem?: ChainProblem;
  /** The hash stored at a given position (to compare with an anchor), as read in the same pass. */
  hashAt: (seq: number) => string | undefined;
}

const PAGE = 1000;

/** Recomputes a chain from its first row and names the first row that was altered, removed or moved. */
export async function checkChain(pool: Pool, chain: string, keep: number[] = []): Promise<ChainCheck> {
  let running = GENESIS;
  let last = 0;
  let count = 0;
  let problem: ChainProblem | undefined;
  const kept = new Map<number, string>();
  for (let page: AuditRow[]; (page = await auditRows(pool, { chain, after: last, limit: PAGE })).length;) {
    for (const row of page) {
      if (keep.includes(row.seq)) kept.set(row.seq, row.hash);
      if (!problem && hashOf(row) !== row.hash) problem = { seq: row.seq, kind: 'altered', message: `row #${row.seq} was altered: its content no longer gives its hash` };
      if (!problem && row.prevHash !== running) problem = await misplaced(pool, row, last);
      running = row.hash;
      last = row.seq;
      count++;
    }
  }
  const head = (await pool.query('SELECT seq, hash FROM audit_heads WHERE chain = $1', [chain])).rows[0];
  if (!problem && head && (Number(head.seq) !== last || head.hash !== running))
    problem = Number(head.seq) > last
      ? { seq: last + 1, kind: 'removed', message: `the chain's head is row #${head.seq}, but its last row is #${last}: the rows after #${last} were removed` }
      : { seq: Number(head.seq), kind: 'altered', message: `the chain's head (row #${head.seq}, ${head.hash}) is not its last row (#${last}, ${running})` };
  return { chain, rows: count, head: last ? { seq: last, hash: running } : null, ...(problem ? { problem } : {}), hashAt: (seq) => kept.get(seq) };
}

/** A row whose link does not reach the row before it: moved (the row it links to is elsewhere) or its predecessor removed. */
async function misplaced(pool: Pool, row: AuditRow, last: number): Promise<ChainProblem> {
  if (row.prevHash === GENESIS) return { seq: row.seq, kind: 'reordered', message: `row #${row.seq} is the chain's first row, but stands after row #${last}` };
  const { rows } = await pool.query('SELECT seq FROM audit_log WHERE chain = $1 AND hash = $2 LIMIT 1', [row.chain, row.prevHash]);
  if (rows.length)
    return { seq: row.seq, kind: 'reordered', message: `row #${row.seq} is out of order: it was appended after the row now at #${rows[0].seq}` };
  return { seq: row.seq, kind: 'removed', message: `the row before #${row.seq} is missing: a row after #${last} was removed (or #${last} rewritten with a recomputed hash)` };
}
