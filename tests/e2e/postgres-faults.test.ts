// PostgreSQL cuts every connection of the service's database (pg_terminate_backend: what a restart,
// a failover or a reset socket does to a client) again and again while cases run: the worker
// process lives on, and every case still reaches its end with its documents numbered once.
import { Client } from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import type { CaseView } from '../../domain/kasus';
import { loadDemoData, requester, permohonan } from '../support/cases';
import { AUTH, startStack, type Stack } from '../support/stack';
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
async function send(method: 'GET' | 'POST', url: string, headers: Record<string, string> = {}, payload?: object) {
  for (let i = 0; ; i++) {
    const r = await s.app.inject({ method, url, headers: { ...AUTH, ...headers }, payload });
    if (r.statusCode !== 503 || i === 50) return r;
    await sleep(100);
  }
}
async function until(id: string, ok: (c: CaseView) => boolean): Promise<CaseView> {
  for (const end = Date.now() + 90_000; Date.now() < end; await sleep(200)) {
    if (worker?.child.exitCode !== null) throw new Error(`the worker process exited: ${worker?.output().slice(-2000)}`);
    const r = await send('GET', `/api/v1/cases/${id}`);
    if (r.statusCode === 200 && ok(r.json())) return r.json();
  }
  throw new Error(`case ${id} did not reach the expected state`);
}
const open = (task: string) => (c: CaseView) => c.tasks.some((t) => t.id === task && t.status === 'open');

/** One P2 case from request to receipt, every message with its Idempotency-Key so a retry is the same request. */
async function runCase(n: number): Promise<string> {
  const p = demoPeople('banjar');
  const decide = (id: string, task: string, actor: string) =>
    send('POST', `/api/v1/cases/${id}/tasks/${task}/decision`, { 'x-acting-official': actor, 'idempotency-key': `${id}-${task}` }, { decision: 'approve' });
  const started = await send('POST', '/api/v1/cases', { 'idempotency-key': `pg-fault-${n}`, 'x-acting-official': requester('banjar') },
    { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') });
  expect([200, 201]).toContain(started.statusCode);
  const id: string = started.json().caseId;
  await until(id, open('rekomendasi-puo'));
  expect((await decide(id, 'rekomendasi-puo', p.kadisKominfo)).statusCode).toBe(200);
  await until(id, open('keputusan-ppk'));
  expect((await decide(id, 'keputusan-ppk', p.kabidAptika)).statusCode).toBe(200);
  await until(id, (c) => c.status === 'awaiting-acknowledgement');
  expect((await send('POST', `/api/v1/cases/${id}/acknowledge`, { 'x-acting-official': p.pranataKomputer1, 'idempotency-key': `${id}-ack` }, {})).statusCode).toBe(200);
  await until(id, (c) => c.status === 'issued');
  return id;
}

it('the worker survives its PostgreSQL connections being terminated mid-load, and every case finishes', async () => {
  worker = await startWorkerProcess({ DATABASE_URL: s.db.url, TASK_QUEUE: s.taskQueue });
  const name = new URL(s.db.url).pathname.slice(1);
  const admin = new Client({ connectionString: new URL('/postgres', s.db.url).toString() });
  await admin.connect();
  let cutting = true;
  let cut = 0;
  const cutter = (async () => {
    while (cutting) {
      const { rowCount } = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
      cut += rowCount ?? 0;
      await sleep(150);
    }
  })();
  const cases = Promise.all(Array.from({ length: 6 }, (_, i) => runCase(i)));
  // Cut while the cases start, decide and issue; then let them finish on healed connections.
  await sleep(8000);
  cutting = false;
  await cutter;
  await admin.end();
  const ids = await cases;

  expect(cut).toBeGreaterThan(10);
  expect(worker.child.exitCode, worker.output().slice(-3000)).toBeNull();
  expect(worker.output()).toContain('PostgreSQL connection lost');
  // Every case issued its two documents exactly once, numbered without gaps.
  const docs = await s.db.pool.query('SELECT kind, count(*)::int n, array_agg(seq ORDER BY seq) seqs FROM documents WHERE case_id = ANY($1) GROUP BY kind ORDER BY kind', [ids]);
  expect(docs.rows).toEqual(['keputusan-sekda', 'surat-tugas'].map((kind) => ({ kind, n: 6, seqs: [1, 2, 3, 4, 5, 6] })));

  // And it still works: a case started after the faults runs on the same worker process.
  await runCase(6);
  expect(worker.child.exitCode).toBeNull();
}, 180_000);
