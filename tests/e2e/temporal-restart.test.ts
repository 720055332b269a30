// The Temporal dev server is killed (SIGKILL) mid-load and started again on its SQLite file, as
// `npm start` does: every case still reaches its end, each projection is its workflow's view once the
// reconciler has passed (issue 14, finding 5: a server that lost the tail of a history left rows ahead
// of it), and the documents are numbered without gaps.
import { Connection } from '@temporalio/client';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { reconcile, sameCase } from '../../api/reconciler';
import { temporalCli } from '../../scripts/temporal-binaries';
import { cliSearchAttributes } from '../../workflows/searchAttributes';
import { caseQuery } from '../../workflows/shared';
import { loadDemoData } from '../support/cases';
import { testLogger } from '../support/logger';
import { runP2Case, sendOnce, type Send } from '../support/p2Case';
import { startStack, type Stack } from '../support/stack';
import { freePort, startWorkerProcess, type WorkerProcess } from '../support/workerProcess';

const CASES = 8;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let s: Stack;
let server: ChildProcess | undefined;
let worker: WorkerProcess | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'temporal-restart-'));
let address: string;

/** The dev server on its file; resolves once it answers. */
async function startServer(): Promise<void> {
  const [ip, port] = address.split(':');
  server = spawn(temporalCli(), ['server', 'start-dev', '--db-filename', join(dataDir, 'temporal.db'), '--ip', ip, '--port', port, '--headless', '--log-level', 'error',
    ...cliSearchAttributes().flatMap((a) => ['--search-attribute', a])], { stdio: 'ignore' });
  for (const end = Date.now() + 60_000; Date.now() < end; await sleep(200)) {
    if (server.exitCode !== null) throw new Error(`the Temporal dev server exited (${server.exitCode})`);
    const ok = await Connection.connect({ address, connectTimeout: 500 }).then(async (c) => {
      await c.workflowService.getSystemInfo({});
      await c.close();
      return true;
    }, () => false);
    if (ok) return;
  }
  throw new Error('the Temporal dev server did not come up');
}

beforeAll(async () => {
  address = `127.0.0.1:${await freePort()}`;
  await startServer();
  s = await startStack({ worker: false, address });
  await loadDemoData(s.db.pool, ['banjar']);
}, 90_000);
afterAll(async () => {
  if (worker?.child.exitCode === null) worker.child.kill('SIGKILL');
  await s?.close();
  server?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** A client sends the same request (same Idempotency-Key) again while the service says to retry, or that a case is being set up. */
const send: Send = async (method, url, headers, payload) => {
  for (let i = 0; ; i++) {
    const r = await sendOnce(s)(method, url, headers, payload);
    if ((r.statusCode !== 503 && r.statusCode !== 202) || i === 300) return r;
    await sleep(200);
  }
};

it('Temporal killed and restarted on its file mid-load: every case finishes, projection equals workflow, numbers gapless', async () => {
  worker = await startWorkerProcess({ DATABASE_URL: s.db.url, TASK_QUEUE: s.taskQueue, TEMPORAL_ADDRESS: address });
  const cases = Promise.all(Array.from({ length: CASES }, (_, i) => runP2Case(send, `temporal-restart-${i}`, () => {
    if (worker?.child.exitCode !== null) throw new Error(`the worker process exited: ${worker?.output().slice(-2000)}`);
  })));
  // Kill it while cases start, are decided and issue documents; start it again on the same file.
  await sleep(4000);
  server!.kill('SIGKILL');
  await new Promise((r) => server!.once('exit', r));
  await sleep(1000);
  await startServer();
  const ids = await cases;
  // One more, run start to end on the restarted server: an ended case whose projection is as it was written is left alone.
  const after = await runP2Case(send, 'temporal-restart-after');
  // Ended: its workflow has closed too (after the closing write it still starts its archive).
  await Promise.all([...ids, after].map((id) => s.temporal.workflow.getHandle(id).result()));

  expect(worker.child.exitCode, worker.output().slice(-3000)).toBeNull();
  // The reconciler's pass (the API runs one every RECONCILE_EVERY), then each projection is its workflow's view
  // (but for the clock's readings a replay may take some ms apart).
  const drifts = await reconcile({ pool: s.db.pool, temporal: s.temporal, taskQueue: s.taskQueue, log: testLogger() }, new Date(Date.now() - 600_000));
  expect(drifts.filter((d) => d.outcome === 'no workflow' || d.caseId === after)).toEqual([]);
  for (const id of [...ids, after]) {
    const view = await s.temporal.workflow.getHandle(id).query(caseQuery);
    const { rows } = await s.db.pool.query('SELECT version, view FROM cases WHERE case_id = $1', [id]);
    expect(view.status).toBe('issued');
    expect(sameCase(rows[0], view), JSON.stringify({ row: rows[0], view })).toBe(true);
  }
  const docs = await s.db.pool.query('SELECT kind, count(*)::int n, array_agg(seq ORDER BY seq) seqs FROM documents WHERE case_id = ANY($1) GROUP BY kind ORDER BY kind', [[...ids, after]]);
  const numbers = Array.from({ length: CASES + 1 }, (_, i) => i + 1);
  expect(docs.rows).toEqual(['keputusan-sekda', 'surat-tugas'].map((kind) => ({ kind, n: CASES + 1, seqs: numbers })));
  // A second pass finds nothing left to repair.
  expect((await reconcile({ pool: s.db.pool, temporal: s.temporal, taskQueue: s.taskQueue, log: testLogger() }, new Date(Date.now() - 600_000))).filter((d) => d.outcome !== 'positioned')).toEqual([]);
}, 300_000);
