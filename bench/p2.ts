// `npm run bench`: drives N full P2 cases through the REST API of a running service (`npm start`),
// then the same start/update/complete sequence through a minimal workflow on the same Temporal
// server, and prints latency percentiles, throughput and the ratio of the two (our cost over
// Temporal's own).
//   npm run bench -- --cases 200 --concurrency 8 --region bengkalis
//   env: BENCH_CASES, BENCH_URL (http://127.0.0.1:3000), BENCH_API_KEY, TEMPORAL_ADDRESS (127.0.0.1:7233)
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { FINAL_STATUSES, type CaseView, type Task } from '../domain/kasus';
import { isRegion, PROFILES } from '../profiles';
import type { Region } from '../profiles/schema';
import { permohonan, requester } from '../demo/permohonan';
import { acknowledge, baselineP2, decide } from './baseline-workflow';

const POLL_MS = 10;
/** Per wait: 3000 polls of ≥ 10 ms, i.e. at least 30 s before a case is declared stuck. */
const MAX_POLLS = 3000;

/** A bad command line stops with one line saying what is wrong, not a stack trace. */
function usage(message: string): never {
  console.error(`[bench] ${message}\nusage: npm run bench -- [--cases N] [--concurrency N] [--region ${Object.keys(PROFILES).join('|')}]`);
  process.exit(2);
}

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  const n = raw === undefined ? fallback : Number(raw);
  return Number.isInteger(n) && n > 0 ? n : usage(`${name} must be a positive integer, got ${raw}`);
}

const args = (() => {
  try {
    return parseArgs({ options: { cases: { type: 'string' }, concurrency: { type: 'string' }, region: { type: 'string' } } }).values;
  } catch (e) {
    return usage((e as Error).message);
  }
})();
const CASES = positiveInt('--cases', args.cases ?? process.env.BENCH_CASES, 200);
const CONCURRENCY = positiveInt('--concurrency', args.concurrency, 8);
const REGION: Region = ((r) => (isRegion(r) ? r : usage(`unknown region ${r}`)))(args.region ?? 'bengkalis');
const BASE_URL = (process.env.BENCH_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
const API_KEY = process.env.BENCH_API_KEY ?? 'demo-eoffice-key';
const TEMPORAL_ADDRESS = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
const P2 = PROFILES[REGION].penunjukanLintasUnit;
const RUN_ID = randomUUID().slice(0, 8);

// ---- timing helpers ----

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function timed<T>(into: number[], f: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await f();
  into.push(performance.now() - t0);
  return result;
}

/** Nearest-rank percentile of unsorted samples. */
function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((q / 100) * sorted.length) - 1)];
}

/** Runs task(0..n-1) with at most `concurrency` in flight; the first failure stops new starts. */
async function pool(n: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  await Promise.all(Array.from({ length: Math.min(n, concurrency) }, async () => {
    while (!failed && next < n) {
      const i = next++;
      await task(i).catch((e) => {
        failed = true;
        throw e;
      });
    }
  }));
}

interface Measurement { cases: number[]; steps: number[]; seconds: number }
type RunCase = (key: string, stepMs: number[]) => Promise<void>;

/** One unmeasured warm-up case (connections, JIT, worker caches), then n measured ones. */
async function measure(runCase: RunCase): Promise<Measurement> {
  await runCase(`bench-${RUN_ID}-warmup`, []);
  const cases: number[] = [];
  const steps: number[] = [];
  const t0 = performance.now();
  await pool(CASES, CONCURRENCY, (i) => timed(cases, () => runCase(`bench-${RUN_ID}-${i}`, steps)));
  return { cases, steps, seconds: (performance.now() - t0) / 1000 };
}

// ---- the service, through its REST API ----

async function api(method: 'GET' | 'POST', path: string, opts: { actor?: string; key?: string; body?: object } = {}): Promise<CaseView> {
  const res = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${API_KEY}`,
      ...(opts.actor && { 'x-acting-official': opts.actor }),
      ...(opts.key && { 'idempotency-key': opts.key }),
      ...(opts.body && { 'content-type': 'application/json' }),
    },
    body: opts.body && JSON.stringify(opts.body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text);
}

/** The projection follows the workflow asynchronously: poll until the case reaches a state. */
async function until(caseId: string, what: string, ok: (c: CaseView) => boolean): Promise<CaseView> {
  for (let i = 0; i < MAX_POLLS; i++) {
    const c = await api('GET', `/api/v1/cases/${caseId}`);
    if ((c.status as string) !== 'starting' && ok(c)) return c; // starting (202): no worker has set it up yet
    if (FINAL_STATUSES.includes(c.status)) throw new Error(`case ${caseId} ended ${c.status} while waiting for ${what}`);
    await sleep(POLL_MS);
  }
  throw new Error(`case ${caseId}: no ${what} after ${MAX_POLLS} polls`);
}

const openDecision = (c: CaseView): Task | undefined => c.tasks.find((t) => t.status === 'open' && t.kind !== 'tanda-terima');
const openReceipt = (c: CaseView): Task | undefined => c.tasks.find((t) => t.status === 'open' && t.kind === 'tanda-terima');
const decisionSettled = (c: CaseView) => c.status !== 'awaiting-decision' || openDecision(c) !== undefined;

/** Start → every decision step approved by its assignee → documents issued → acknowledged → issued. */
const serviceCase: RunCase = async (key, decisionMs) => {
  const started = await api('POST', '/api/v1/cases', {
    actor: requester(REGION), key, body: { procedure: 'penunjukan-lintas-unit', region: REGION, ...permohonan(REGION) },
  });
  const id = started.caseId;
  let c = await until(id, 'a decision step', decisionSettled);
  // Whatever steps the region's regulation sets, in its order; never more than the profile has.
  for (let n = 0; c.status === 'awaiting-decision'; n++) {
    const task = openDecision(c);
    if (!task || n >= P2.steps.length) throw new Error(`case ${id}: unexpected state ${c.status} after ${n} decisions`);
    await timed(decisionMs, () => api('POST', `/api/v1/cases/${id}/tasks/${task.id}/decision`, { actor: task.assignee.nip, body: { decision: 'approve' } }));
    c = await until(id, 'the next step', decisionSettled);
  }
  const receipt = openReceipt(await until(id, 'the receipt step', (x) => openReceipt(x) !== undefined))!;
  await api('POST', `/api/v1/cases/${id}/acknowledge`, { actor: receipt.assignee.nip, body: {} });
  await until(id, 'issued', (x) => x.status === 'issued');
};

async function checkService(): Promise<void> {
  const health = await fetch(`${BASE_URL}/health`)
    .then((r) => r.json() as Promise<{ status?: string }>)
    .catch((e: Error) => ({ status: e.message }));
  if (health.status !== 'ok') throw new Error(`the service at ${BASE_URL} is not healthy (${JSON.stringify(health)}); start it with \`npm start\``);
}

// ---- the baseline: the same messages through a workflow with no domain logic ----

/** Runs the baseline with an in-process worker on a task queue of this run's own. */
async function measureBaseline(): Promise<Measurement> {
  const taskQueue = `bench-baseline-${RUN_ID}`;
  const workerConnection = await NativeConnection.connect({ address: TEMPORAL_ADDRESS });
  const clientConnection = await Connection.connect({ address: TEMPORAL_ADDRESS });
  const client = new Client({ connection: clientConnection });
  try {
    const worker = await Worker.create({
      connection: workerConnection,
      taskQueue,
      // tsx resolves a .ts path only when it is spelled out
      workflowsPath: join(__dirname, 'baseline-workflow.ts'),
      activities: { noop: async () => 'ok' },
    });
    const baselineCase: RunCase = async (key, updateMs) => {
      const handle = await client.workflow.start(baselineP2, {
        taskQueue, workflowId: `baseline-${key}`, args: [{ decisions: P2.steps.length, documents: P2.documents.length }],
      });
      for (const step of P2.steps)
        await timed(updateMs, () => handle.executeUpdate(decide, { args: [{ taskId: step.id, actorNip: requester(REGION), decision: 'approve' }] }));
      await handle.executeUpdate(acknowledge);
      await handle.result();
    };
    // runUntil shuts the worker down when the run ends, and fails the run if the worker fails.
    return await worker.runUntil(measure(baselineCase));
  } finally {
    await clientConnection.close();
    await workerConnection.close();
  }
}

// ---- report ----

const ms = (v: number) => `${v.toFixed(1)} ms`;
const round = (v: number) => Math.round(v * 10) / 10;
const stats = (samples: number[]) => ({ p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), p99: round(percentile(samples, 99)) });
const perSecond = (m: Measurement) => round(CASES / m.seconds);

function row(label: string, samples: number[], casesPerSecond?: number): string {
  const cols = [50, 95, 99].map((q) => ms(percentile(samples, q)).padStart(11));
  return `  ${label.padEnd(20)}${cols.join('')}${casesPerSecond === undefined ? '' : casesPerSecond.toFixed(1).padStart(11)}`;
}

function report(service: Measurement, baseline: Measurement): void {
  const ratio = {
    caseP50: round(percentile(service.cases, 50) / percentile(baseline.cases, 50)),
    decisionP50: round(percentile(service.steps, 50) / percentile(baseline.steps, 50)),
    throughput: Math.round((perSecond(service) / perSecond(baseline)) * 100) / 100,
  };
  console.log([
    `P2 penunjukan lintas unit (${REGION}), ${CASES} cases, concurrency ${CONCURRENCY}` +
      ` (${P2.steps.length} decision step(s), ${P2.documents.length} document(s) per case; 1 warm-up case each, not counted)`,
    `${''.padEnd(22)}${['p50', 'p95', 'p99', 'cases/s'].map((h) => h.padStart(11)).join('')}`,
    row('service: case', service.cases, perSecond(service)),
    row('service: decision', service.steps),
    row('baseline: case', baseline.cases, perSecond(baseline)),
    row('baseline: update', baseline.steps),
    `  ratio (service/baseline): case p50 x${ratio.caseP50}, decision p50 x${ratio.decisionP50}, throughput x${ratio.throughput}`,
  ].join('\n'));
  console.log(JSON.stringify({
    bench: 'p2', region: REGION, cases: CASES, concurrency: CONCURRENCY, at: new Date().toISOString(),
    service: { case: stats(service.cases), decision: stats(service.steps), casesPerSecond: perSecond(service) },
    baseline: { case: stats(baseline.cases), update: stats(baseline.steps), casesPerSecond: perSecond(baseline) },
    ratio,
  }));
}

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  await checkService();
  // One after the other: both sides share the Temporal server and this machine.
  const service = await measure(serviceCase);
  const baseline = await measureBaseline();
  report(service, baseline);
}

main().catch((e) => {
  console.error('[bench]', e);
  process.exitCode = 1;
});
