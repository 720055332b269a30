// Kills the worker process mid-case (SIGKILL, no goodbye), starts a new one, and sees the case
// finish with nothing lost and nothing done twice.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import type { CaseView } from '../../domain/kasus';
import { loadDemoData, requester, permohonan } from '../support/cases';
import { AUTH, startStack, type Stack } from '../support/stack';
import { freePort, startWorkerProcess, type WorkerProcess } from '../support/workerProcess';
import { polls } from '../../scripts/worker-healthcheck';
import { scrapeCpu } from '../../bench/breakdown';

let s: Stack;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  s = await startStack({ worker: false });
  await loadDemoData(s.db.pool, ['banjar']);
});
afterAll(async () => {
  for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
  await s?.close();
});

async function startWorker(env: NodeJS.ProcessEnv = {}): Promise<WorkerProcess> {
  const w = await startWorkerProcess({ DATABASE_URL: s.db.url, TASK_QUEUE: s.taskQueue, ...env });
  workers.push(w.child);
  return w;
}

const getCase = async (id: string): Promise<CaseView> => (await s.app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: AUTH })).json();
async function until(id: string, ok: (c: CaseView) => boolean, ms = 60_000): Promise<CaseView> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const c = await getCase(id);
    if (ok(c)) return c;
  }
  throw new Error(`case ${id} did not reach the expected state`);
}
const post = (url: string, actor: string, payload: object) =>
  s.app.inject({ method: 'POST', url, headers: { ...AUTH, 'x-acting-official': actor }, payload });

it('a case survives its worker being killed and finishes on a new one', async () => {
  const p = demoPeople('banjar');
  let { child: worker } = await startWorker();
  const started = await s.app.inject({
    method: 'POST', url: '/api/v1/cases',
    headers: { ...AUTH, 'idempotency-key': 'restart-0001', 'x-acting-official': requester('banjar') },
    payload: { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') },
  });
  const id = started.json().caseId;
  await until(id, (c) => c.tasks.some((t) => t.id === 'rekomendasi-puo' && t.status === 'open'));
  expect((await post(`/api/v1/cases/${id}/tasks/rekomendasi-puo/decision`, p.kadisKominfo, { decision: 'approve' })).statusCode).toBe(200);
  const before = await until(id, (c) => c.tasks.some((t) => t.id === 'keputusan-ppk' && t.status === 'open'));
  // The decision answers once its documents are numbered: it is still waiting for them when the worker dies.
  const deciding = post(`/api/v1/cases/${id}/tasks/keputusan-ppk/decision`, p.kabidAptika, { decision: 'approve' });
  // The decision's own write (a long poll: answered at once), so documents are being issued now: kill the
  // worker without letting it finish anything.
  const issuing = await s.app.inject({ method: 'GET', url: `/api/v1/cases/${id}?afterVersion=${before.version}&wait=10`, headers: AUTH });
  expect(issuing.json().status).toBe('issuing');
  worker.kill('SIGKILL');
  await new Promise((r) => worker.once('exit', r));
  // The new one also serves the Temporal SDK's metrics for Prometheus.
  const metrics = `127.0.0.1:${await freePort()}`;
  const restarted = await startWorker({ WORKER_METRICS_ADDRESS: metrics });
  worker = restarted.child;
  expect((await deciding).statusCode).toBe(200);

  await until(id, (c) => c.status === 'awaiting-acknowledgement');
  expect((await post(`/api/v1/cases/${id}/acknowledge`, p.pranataKomputer1, {})).statusCode).toBe(200);
  const done = await until(id, (c) => c.status === 'issued');
  expect(done.timeline.map((e) => e.action)).toEqual(['diajukan', 'direkomendasikan', 'disetujui', 'diterbitkan', 'diterbitkan', 'diterima']);
  const { rows } = await s.db.pool.query('SELECT kind, seq FROM documents WHERE case_id = $1 ORDER BY kind', [id]);
  expect(rows).toEqual([{ kind: 'keputusan-sekda', seq: 1 }, { kind: 'surat-tugas', seq: 1 }]);
  // The received assignment's work cycle was started on the worker's own connection, its first workflow task handed back with the start (eager).
  const cycles = await s.db.pool.query("SELECT view->'subject'->'penugasan'->>'caseId' AS penugasan FROM cases WHERE procedure = 'siklus-kinerja'");
  expect(cycles.rows).toEqual([{ penugasan: id }]);
  expect(restarted.output()).toMatch(/"eagerlyStarted":true,"msg":"work cycle started"/);
  const seqs = await s.db.pool.query("SELECT kind, last FROM document_sequences WHERE region = 'banjar' ORDER BY kind");
  expect(seqs.rows).toEqual([{ kind: 'keputusan-sekda', last: 1 }, { kind: 'surat-tugas', last: 1 }]);
  const scraped = await (await fetch(`http://${metrics}/metrics`)).text();
  expect(polls(scraped, s.taskQueue)).toBe(true);
  expect(polls(scraped, 'another-queue')).toBe(false);
  expect(scraped).toMatch(/^temporal_local_activity_execution_latency_count\{.*activity_type="issueDocument".*\} [1-9]/m);
  // Its own CPU time too, as the bench reads it (npm run bench: CPU per case).
  expect(await scrapeCpu(`http://${metrics}/metrics`)).toBeGreaterThan(0);
  // The container healthcheck reads the same.
  const check = (TASK_QUEUE: string) => new Promise<number | null>((resolve) =>
    spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'scripts', 'worker-healthcheck.ts')], { env: { ...process.env, WORKER_METRICS_ADDRESS: metrics, TASK_QUEUE }, stdio: 'ignore' })
      .once('exit', resolve));
  expect(await check(s.taskQueue)).toBe(0);
  expect(await check('another-queue')).toBe(1);
  worker.kill('SIGINT');
}, 120_000);
