// The audit log through the real PostgreSQL and Temporal: a case's calls leave rows in its region's
// chain; a row altered, removed or moved is named by verify; the log refuses UPDATE and DELETE; and a
// chain rewritten consistently inside PostgreSQL is caught against its anchor in Temporal's history.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { appendAudit, hashOf, GENESIS, type AuditEntry, type AuditRow } from '../../db/audit';
import { createPool } from '../../db/pool';
import { startJangkarAudit } from '../../services/audit';
import { testLogger } from '../support/logger';
import { anchorAuditUpdate, auditAnchorsQuery, jangkarAuditId } from '../../workflows/shared';
import { loadDemoData, requester } from '../support/cases';
import { runP2Case, sendOnce } from '../support/p2Case';
import { AUTH, BANJAR_AUTH, startStack, type Stack } from '../support/stack';

let s: Stack;
let caseId: string;

beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool, ['banjar']);
  // Anchored on demand in these tests (the Update), not by the timer.
  await startJangkarAudit(s.temporal, s.taskQueue, 3600_000);
  caseId = await runP2Case(sendOnce(s), `audit-${Date.now()}`);
}, 120_000);
afterAll(async () => {
  await s?.temporal.workflow.getHandle(jangkarAuditId(s.taskQueue)).terminate().catch(() => undefined);
  await s?.close();
});

const get = (url: string, auth: Record<string, string> = AUTH) => s.app.inject({ method: 'GET', url, headers: auth });
const verify = async (region: string) => (await get(`/api/v1/audit/verify?region=${region}`)).json().chains[0];
const anchor = () => s.temporal.workflow.getHandle(jangkarAuditId(s.taskQueue)).executeUpdate(anchorAuditUpdate);

const entry = (i: number): AuditEntry => ({
  requestId: `req-${i}`, client: 'test-eoffice', official: '198001012005011001', knownVia: 'vouched', vouchedBy: 'test-eoffice', onBehalfOf: null,
  operation: 'POST /api/v1/cases/:caseId/withdraw', caseId: `case-${i}`, taskId: null, requestHash: 'a'.repeat(64), status: 200, code: null,
});
const appendRows = async (chain: string, n: number) => {
  for (let i = 1; i <= n; i++) await appendAudit(s.db.pool, chain, entry(i));
};

/** An edit as the database's superuser, the append-only trigger switched off for the session. */
async function asSuperuser(...statements: (string | [string, unknown[]])[]) {
  const c = await s.db.pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SET LOCAL session_replication_role = replica');
    for (const st of statements) await (typeof st === 'string' ? c.query(st) : c.query(...st));
    await c.query('COMMIT');
  } finally {
    c.release();
  }
}

describe('the rows a case leaves', () => {
  it('every call that changed the case is a row of its region, with who called, how they were known and the result', async () => {
    const page = await get(`/api/v1/audit?region=banjar&caseId=${caseId}`);
    expect(page.statusCode).toBe(200);
    const rows: AuditRow[] = page.json().rows;
    const p = demoPeople('banjar');
    expect(rows.map((r) => [r.operation, r.taskId, r.official, r.status])).toEqual([
      ['POST /api/v1/cases', null, expect.stringMatching(/^\d{18}$/), 201],
      ['POST /api/v1/cases/:caseId/tasks/:taskId/decision', 'rekomendasi-puo', p.kadisKominfo, 200],
      ['POST /api/v1/cases/:caseId/tasks/:taskId/decision', 'keputusan-ppk', p.kabidAptika, 200],
      ['POST /api/v1/cases/:caseId/acknowledge', null, p.pranataKomputer1, 200],
    ]);
    for (const r of rows) {
      expect(r).toMatchObject({ chain: 'banjar', client: 'test-eoffice', knownVia: 'vouched', vouchedBy: 'test-eoffice', onBehalfOf: null, caseId, code: null });
      expect(r.requestHash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.hash).toBe(hashOf(r));
    }
    // No read is logged: the log holds what changed something.
    expect((await s.db.pool.query("SELECT count(*)::int AS n FROM audit_log WHERE operation LIKE 'GET %'")).rows[0].n).toBe(0);
  });

  it('a refused call is a row too, with its error code', async () => {
    // The case is issued: it can no longer be withdrawn.
    const refused = await s.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/withdraw`, headers: { ...AUTH, 'x-acting-official': requester('banjar') }, payload: {} });
    expect(refused.statusCode).toBe(409);
    const rows: AuditRow[] = (await get(`/api/v1/audit?region=banjar&caseId=${caseId}`)).json().rows;
    expect(rows.at(-1)).toMatchObject({ operation: 'POST /api/v1/cases/:caseId/withdraw', status: 409, code: refused.json().error.code, official: requester('banjar'), requestId: refused.headers['x-request-id'] });
  });

  it('a request the door refuses is a row too: a NUL it names escaped, a body too deep to walk without a request hash', async () => {
    const deep = '['.repeat(3000) + ']'.repeat(3000);
    const refused = await s.app.inject({ method: 'POST', url: '/api/v1/cases/x%00y/withdraw', headers: { ...AUTH, 'content-type': 'application/json' }, payload: deep });
    expect(refused.statusCode).toBe(400);
    const { rows } = await s.db.pool.query('SELECT chain, case_id, request_hash, status, code FROM audit_log WHERE request_id = $1', [refused.headers['x-request-id']]);
    expect(rows).toEqual([{ chain: 'service', case_id: 'x\\u0000y', request_hash: null, status: 400, code: refused.json().error.code }]);
  });

  it('the chain verifies, and its head is anchored in Temporal', async () => {
    const anchors = await anchor();
    const report = await verify('banjar');
    expect(report).toMatchObject({ region: 'banjar', intact: true, anchor: { chain: 'banjar', matches: true } });
    expect(report.anchor.seq).toBe(report.head.seq);
    expect(anchors.find((a) => a.chain === 'banjar')).toEqual(expect.objectContaining({ seq: report.head.seq, hash: report.head.hash }));
  });

  it('a key reads only its regions\' chains', async () => {
    expect((await get('/api/v1/audit?region=pati', BANJAR_AUTH)).statusCode).toBe(403);
    expect((await get('/api/v1/audit/verify?region=service', BANJAR_AUTH)).statusCode).toBe(403);
  });

  it('a call on a case the projection does not hold (read from its workflow) is a row of the case\'s region too', async () => {
    // Last in this block: the case's row is gone from here on (as before its first write).
    await s.db.pool.query('DELETE FROM cases WHERE case_id = $1', [caseId]);
    const refused = await s.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/withdraw`, headers: { ...AUTH, 'x-acting-official': requester('banjar') }, payload: {} });
    expect(refused.statusCode).toBe(409);
    const { rows } = await s.db.pool.query('SELECT chain, case_id, status FROM audit_log WHERE request_id = $1', [refused.headers['x-request-id']]);
    expect(rows).toEqual([{ chain: 'banjar', case_id: caseId, status: 409 }]);
  });
});

describe('concurrent appends', () => {
  it('one process\'s appends to a chain follow one another: one chain, no fork', async () => {
    const before = (await s.db.pool.query("SELECT count(*)::int AS n FROM audit_log WHERE chain = 'service'")).rows[0].n;
    await Promise.all(Array.from({ length: 20 }, (_, i) => appendAudit(s.db.pool, 'service', entry(i))));
    const { rows } = await s.db.pool.query("SELECT seq, prev_hash, hash FROM audit_log WHERE chain = 'service' ORDER BY seq");
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: before + 20 }, (_, i) => i + 1));
    expect(rows[0].prev_hash).toBe(GENESIS);
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
    expect(await verify('service')).toMatchObject({ intact: true, rows: before + 20 });
  });

  it('from two processes at once (two pools): an append whose head the other moved reads it again, and the chain does not fork', async () => {
    const other = createPool({ connectionString: s.db.url }, testLogger());
    try {
      const before = (await s.db.pool.query("SELECT count(*)::int AS n FROM audit_log WHERE chain = 'pati'")).rows[0].n;
      // Each pool keeps the head it last wrote: interleaved, every other append finds its guess stale.
      const appended = await Promise.all(Array.from({ length: 30 }, (_, i) => appendAudit(i % 2 ? other : s.db.pool, 'pati', entry(i))));
      const { rows } = await s.db.pool.query("SELECT seq, at, request_id, prev_hash, hash FROM audit_log WHERE chain = 'pati' ORDER BY seq");
      expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: before + 30 }, (_, i) => i + 1));
      for (let i = 1; i < rows.length; i++) {
        expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
        expect(rows[i].at.getTime()).toBeGreaterThanOrEqual(rows[i - 1].at.getTime());
      }
      // Each append answered the row it wrote.
      expect(new Set(appended.map((r) => r.hash))).toEqual(new Set(rows.slice(before).map((r) => r.hash)));
      expect(await verify('pati')).toMatchObject({ intact: true, rows: before + 30 });
    } finally {
      await other.end();
    }
  });
});

describe('tampering', () => {
  it('UPDATE, DELETE and TRUNCATE are refused by the trigger, even to the superuser', async () => {
    await appendRows('bengkalis', 5);
    for (const sql of ["UPDATE audit_log SET official = '199001012015011001' WHERE chain = 'bengkalis' AND seq = 2", "DELETE FROM audit_log WHERE chain = 'bengkalis'", 'TRUNCATE audit_log'])
      await expect(s.db.pool.query(sql), sql).rejects.toMatchObject({ code: '42501', message: expect.stringContaining('append-only') });
  });

  it('an altered row is named', async () => {
    await asSuperuser("UPDATE audit_log SET official = '199001012015011001' WHERE chain = 'bengkalis' AND seq = 3");
    expect(await verify('bengkalis')).toMatchObject({ intact: false, problem: { seq: 3, kind: 'altered' } });
  });

  it('a removed row is named, in the middle and at the end', async () => {
    await appendRows('pasuruan', 5);
    await asSuperuser("DELETE FROM audit_log WHERE chain = 'pasuruan' AND seq = 5");
    expect(await verify('pasuruan')).toMatchObject({ intact: false, problem: { seq: 5, kind: 'removed' } });
    await asSuperuser("DELETE FROM audit_log WHERE chain = 'pasuruan' AND seq = 2");
    expect(await verify('pasuruan')).toMatchObject({ intact: false, problem: { seq: 3, kind: 'removed' } });
  });

  it('two swapped rows are named', async () => {
    await appendRows('pati', 5);
    await asSuperuser(
      "UPDATE audit_log SET seq = -1 WHERE chain = 'pati' AND seq = 3",
      "UPDATE audit_log SET seq = 3 WHERE chain = 'pati' AND seq = 4",
      "UPDATE audit_log SET seq = 4 WHERE chain = 'pati' AND seq = -1",
    );
    const report = await verify('pati');
    expect(report).toMatchObject({ intact: false, problem: { seq: 3, kind: 'reordered' } });
    expect(report.problem.message).toContain('#4');
  });

  it('a chain rewritten consistently inside PostgreSQL (every hash recomputed) is caught against its anchor in Temporal', async () => {
    const anchored = (await anchor()).find((a) => a.chain === 'banjar')!;
    // Another official put on the case's first decision, and every hash after it recomputed: the links all hold.
    const { rows } = await s.db.pool.query("SELECT seq FROM audit_log WHERE chain = 'banjar' ORDER BY seq");
    const chain: AuditRow[] = (await get('/api/v1/audit?region=banjar')).json().rows;
    expect(chain.length).toBe(rows.length);
    let prev = GENESIS;
    const statements: [string, unknown[]][] = [];
    for (const row of chain) {
      const rewritten = { ...row, prevHash: prev, ...(row.taskId === 'rekomendasi-puo' ? { official: '199001012015011001' } : {}) };
      rewritten.hash = hashOf(rewritten);
      prev = rewritten.hash;
      statements.push(["UPDATE audit_log SET official = $1, prev_hash = $2, hash = $3 WHERE chain = 'banjar' AND seq = $4", [rewritten.official, rewritten.prevHash, rewritten.hash, row.seq]]);
    }
    statements.push(["UPDATE audit_heads SET hash = $1 WHERE chain = 'banjar'", [prev]]);
    await asSuperuser(...statements);

    const report = await verify('banjar');
    expect(report.problem).toBeUndefined(); // the chain alone cannot tell
    expect(report).toMatchObject({ intact: false, anchor: { seq: anchored.seq, hash: anchored.hash, found: prev, matches: false } });
    expect(report.anchorNote).toContain('rewritten inside the database');
    // The anchor does not follow the rewritten chain: it stays as the evidence.
    await anchor();
    const kept = (await s.temporal.workflow.getHandle(jangkarAuditId(s.taskQueue)).query(auditAnchorsQuery)).find((a) => a.chain === 'banjar');
    expect(kept).toEqual(anchored);
  });

  it('npm run audit:verify reports the same and exits 1', () => {
    const run = spawnSync(join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx'), [join(__dirname, '..', '..', 'scripts', 'auditVerify.ts'), '--region', 'pati'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: s.db.url, TEMPORAL_ADDRESS: inject('temporalAddress'), TASK_QUEUE: s.taskQueue, LOG_LEVEL: 'warn' },
    });
    expect(run.status, run.stderr).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ intact: false, chains: [{ region: 'pati', problem: { seq: 3, kind: 'reordered' } }] });
  });
});
