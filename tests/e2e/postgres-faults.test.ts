// PostgreSQL cuts every connection of the service's database (pg_terminate_backend: what a restart,
// a failover or a reset socket does to a client) again and again while cases run: the worker
// process lives on, and every case still reaches its end with its documents numbered once.
import { Client } from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemoData } from '../support/cases';
import { runP2Case, sendOnce, type Send } from '../support/p2Case';
import { startStack, type Stack } from '../support/stack';
import { startWorkerProcess, type WorkerProcess } from '../support/workerProcess';

let s: Stack;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  s = await startStack({ worker: false });
  await loadDemoData(s.db.pool, ['banjar']);
});
afterAll(async () => {
  if (worker?.child.exitCode === null) worker.child.kill('SIGKILL');
  await s?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The API answers 503 while its own connections are being cut: a client sends the same request again. */
const send: Send = async (method, url, headers, payload) => {
  for (let i = 0; ; i++) {
    const r = await sendOnce(s)(method, url, headers, payload);
    if (r.statusCode !== 503 || i === 50) return r;
    await sleep(100);
  }
};
const runCase = (n: number) => runP2Case(send, `pg-fault-${n}`, () => {
  if (worker?.child.exitCode !== null) throw new Error(`the worker process exited: ${worker?.output().slice(-2000)}`);
});

it('the worker survives its PostgreSQL connections being terminated mid-load, and every case finishes', async () => {
  // Named, so that the cuts can tell the worker's connections (pg reads PGAPPNAME).
  worker = await startWorkerProcess({ DATABASE_URL: s.db.url, TASK_QUEUE: s.taskQueue, PGAPPNAME: 'fault-worker' });
  const name = new URL(s.db.url).pathname.slice(1);
  const admin = new Client({ connectionString: new URL('/postgres', s.db.url).toString() });
  await admin.connect();
  let cutting = true;
  let cut = 0;
  let cutFromWorker = 0;
  const cutter = (async () => {
    while (cutting) {
      const { rows } = await admin.query('SELECT application_name, pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
      cut += rows.length;
      cutFromWorker += rows.filter((r) => r.application_name === 'fault-worker').length;
      await sleep(150);
    }
  })();
  const cases = Promise.all(Array.from({ length: 6 }, (_, i) => runCase(i)));
  // Cut while the cases start, decide and issue (8 s, and on until the worker's connections have been cut
  // too: on a busy machine its first ones come late); then let them finish on healed connections.
  const began = Date.now();
  while (Date.now() - began < 8000 || ((cut <= 10 || cutFromWorker <= 3) && Date.now() - began < 60_000)) await sleep(250);
  cutting = false;
  await cutter;
  await admin.end();
  const ids = await cases;

  expect(cut).toBeGreaterThan(10);
  expect(cutFromWorker).toBeGreaterThan(3);
  expect(worker.child.exitCode, worker.output().slice(-3000)).toBeNull();
  // Every case issued its two documents exactly once, numbered without gaps.
  const docs = await s.db.pool.query('SELECT kind, count(*)::int n, array_agg(seq ORDER BY seq) seqs FROM documents WHERE case_id = ANY($1) GROUP BY kind ORDER BY kind', [ids]);
  expect(docs.rows).toEqual(['keputusan-sekda', 'surat-tugas'].map((kind) => ({ kind, n: 6, seqs: [1, 2, 3, 4, 5, 6] })));

  // And it still works: a case started after the faults runs on the same worker process.
  await runCase(6);
  expect(worker.child.exitCode).toBeNull();
}, 180_000);
