// `npm run bench`: drives N full cases of one procedure (default P2) through the REST API of a
// running service (`npm start`), then the same message sequence (start, its decisions, its documents,
// its receipts) through a bare workflow on the same Temporal server, and prints latency percentiles,
// throughput, the ratio of the two (our cost over Temporal's own), and where the service's time went:
// the step histograms the API and the worker keep, scraped before and after (bench/breakdown.ts).
//   npm run bench -- --cases 200 --concurrency 8 --region bengkalis --procedure P2
//   env: BENCH_CASES, BENCH_URL (http://127.0.0.1:3000), BENCH_API_KEY, TEMPORAL_ADDRESS (127.0.0.1:7233),
//        BENCH_WORKER_METRICS (the worker's metrics URL, http://<WORKER_METRICS_ADDRESS>/metrics; unset: API steps only),
//        BENCH_TEMPORAL_METRICS (the Temporal server's, http://127.0.0.1:9233/metrics as npm start runs it; the server's
//        work per case, counted rather than timed, so it holds on a busy machine too)
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { FINAL_STATUSES, type CaseView, type Task } from '../domain/kasus';
import { PROCEDURES } from '../procedures';
import { isRegion, PROFILES } from '../profiles';
import type { Region } from '../profiles/schema';
import { permohonan, requester } from '../demo/permohonan';
import { penunjukanDalamUnit, pengusul } from '../demo/penunjukanDalamUnit';
import { pengajuanSukarela as sukarelaDalamUnit, sukarelawan } from '../demo/pengajuanSukarelaDalamUnit';
import { pengajuanSukarela as sukarelaLintasUnit, relawan } from '../demo/pengajuanSukarelaLintasUnit';
import { acknowledge, baselineCase, decide, type BaselineInput } from './baseline-workflow';
import { breakdown, printBreakdown, scrape, scrapeServer, serverWorkPerCase, type ServerWork } from './breakdown';

const POLL_MS = 10;
/** Per wait: 3000 polls of ≥ 10 ms, i.e. at least 30 s before a case is declared stuck. */
const MAX_POLLS = 3000;

/**
 * The procedures a case of which runs from the demo master data alone, start to issued: who starts it
 * and with what. P3 (another agency's answer), P6 (its linked cases), P7 (a cycle of reports) and P8
 * (an issued assignment first) need more than the generic walk below and are not benched yet.
 */
const BENCHED: Record<string, { request: (r: Region) => object; actor: (r: Region) => string }> = {
  'penunjukan-dalam-unit': { request: (r) => penunjukanDalamUnit(r), actor: pengusul },
  'penunjukan-lintas-unit': { request: (r) => permohonan(r), actor: requester },
  'pengajuan-sukarela-dalam-unit': { request: (r) => sukarelaDalamUnit(r), actor: sukarelawan },
  'pengajuan-sukarela-lintas-unit': { request: () => sukarelaLintasUnit(), actor: relawan },
};

/** A bad command line stops with one line saying what is wrong, not a stack trace. */
function usage(message: string): never {
  console.error(`[bench] ${message}\nusage: npm run bench -- [--cases N] [--concurrency N] [--region ${Object.keys(PROFILES).join('|')}] [--procedure P1..P8|<procedure id>|<workflow type>]`);
  process.exit(2);
}

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  const n = raw === undefined ? fallback : Number(raw);
  return Number.isInteger(n) && n > 0 ? n : usage(`${name} must be a positive integer, got ${raw}`);
}

/** P1..P8 by code, a procedure id or a workflow type; one that is not benched is named with those that are. */
function procedureOf(raw: string) {
  const p = Object.values(PROCEDURES).find((x) => [x.code, x.id, x.workflowType].includes(raw) || x.code === raw.toLowerCase());
  if (!p) return usage(`unknown procedure ${raw}`);
  if (!BENCHED[p.id]) return usage(`${p.code.toUpperCase()} (${p.id}) is not benched yet; benched: ${Object.keys(BENCHED).map((id) => PROCEDURES[id].code.toUpperCase()).join(', ')}`);
  return p;
}

const args = (() => {
  try {
    return parseArgs({ options: { cases: { type: 'string' }, concurrency: { type: 'string' }, region: { type: 'string' }, procedure: { type: 'string' } } }).values;
  } catch (e) {
    return usage((e as Error).message);
  }
})();
const CASES = positiveInt('--cases', args.cases ?? process.env.BENCH_CASES, 200);
const CONCURRENCY = positiveInt('--concurrency', args.concurrency, 8);
const REGION: Region = ((r) => (isRegion(r) ? r : usage(`unknown region ${r}`)))(args.region ?? 'bengkalis');
const PROCEDURE = procedureOf(args.procedure ?? 'P2');
const BASE_URL = (process.env.BENCH_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
const API_KEY = process.env.BENCH_API_KEY ?? 'demo-eoffice-key';
const TEMPORAL_ADDRESS = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
const WORKER_METRICS = process.env.BENCH_WORKER_METRICS;
const TEMPORAL_METRICS = process.env.BENCH_TEMPORAL_METRICS ?? 'http://127.0.0.1:9233/metrics';
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

/** One unmeasured warm-up case (connections, JIT, worker caches), then n measured ones (`afterWarmUp` between). */
async function measure(runCase: RunCase, afterWarmUp?: () => Promise<void>): Promise<Measurement> {
  await runCase(`bench-${RUN_ID}-warmup`, []);
  await afterWarmUp?.();
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

/** The Updates one case took, by kind, and the documents it issued: what its baseline sends and runs. */
const shape: BaselineInput = { decisions: 0, documents: 0, acknowledgements: 0 };

/** Acts on one open task as its assignee: a receipt is acknowledged, a tindakan done, anything else approved. */
async function act(id: string, task: Task, decisionMs: number[]): Promise<keyof BaselineInput> {
  const actor = task.assignee.nip;
  if (task.kind === 'tanda-terima') {
    await api('POST', `/api/v1/cases/${id}/acknowledge`, { actor, body: {} });
    return 'acknowledgements';
  }
  const path = task.kind === 'tindakan' ? 'complete' : 'decision';
  const body = task.kind === 'tindakan' ? { isi: 'dilaksanakan (bench)' } : { decision: 'approve' };
  await timed(decisionMs, () => api('POST', `/api/v1/cases/${id}/tasks/${task.id}/${path}`, { actor, body }));
  return 'decisions';
}

const settled = (c: CaseView) => FINAL_STATUSES.includes(c.status) || c.tasks.some((t) => t.status === 'open');

/** Start → every open task acted on by its assignee, one after the other → issued. */
const serviceCase: RunCase = async (key, decisionMs) => {
  const { request, actor } = BENCHED[PROCEDURE.id];
  const started = await api('POST', '/api/v1/cases', { actor: actor(REGION), key, body: { procedure: PROCEDURE.id, region: REGION, ...request(REGION) } });
  const id = started.caseId;
  const seen: BaselineInput = { decisions: 0, documents: 0, acknowledgements: 0 };
  let c = await until(id, 'a task', settled);
  for (let n = 0; !FINAL_STATUSES.includes(c.status); n++) {
    const task = c.tasks.find((t) => t.status === 'open');
    if (!task || n > 50) throw new Error(`case ${id}: unexpected state ${c.status} after ${n} actions`);
    seen[await act(id, task, decisionMs)] += 1;
    const version = c.version;
    c = await until(id, 'the next task or its end', (x) => x.version > version && settled(x) && !x.tasks.some((t) => t.id === task.id && t.status === 'open'));
  }
  if (c.status !== 'issued') throw new Error(`case ${id} ended ${c.status}, not issued`);
  Object.assign(shape, seen, { documents: c.documents.length });
};

async function checkService(): Promise<void> {
  const health = await fetch(`${BASE_URL}/health`)
    .then((r) => r.json() as Promise<{ status?: string }>)
    .catch((e: Error) => ({ status: e.message }));
  if (health.status !== 'ok') throw new Error(`the service at ${BASE_URL} is not healthy (${JSON.stringify(health)}); start it with \`npm start\``);
}

// ---- the baseline: the same messages through a workflow with no domain logic ----

/** Runs the baseline, shaped as the service's cases were, with an in-process worker on a task queue of this run's own. */
async function measureBaseline(afterWarmUp: () => Promise<void>): Promise<Measurement> {
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
    const runBaseline: RunCase = async (key, updateMs) => {
      const handle = await client.workflow.start(baselineCase, { taskQueue, workflowId: `baseline-${key}`, args: [shape] });
      for (let i = 0; i < shape.decisions; i++)
        await timed(updateMs, () => handle.executeUpdate(decide, { args: [{ taskId: `step-${i}`, actorNip: requester(REGION), decision: 'approve' }] }));
      for (let i = 0; i < shape.acknowledgements; i++) await handle.executeUpdate(acknowledge);
      await handle.result();
    };
    // runUntil shuts the worker down when the run ends, and fails the run if the worker fails.
    return await worker.runUntil(measure(runBaseline, afterWarmUp));
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

type Work = ReturnType<typeof serverWorkPerCase>;

function report(service: Measurement, baseline: Measurement, steps: ReturnType<typeof breakdown>, work?: { service: Work; baseline: Work }): void {
  const ratio = {
    caseP50: round(percentile(service.cases, 50) / percentile(baseline.cases, 50)),
    decisionP50: round(percentile(service.steps, 50) / percentile(baseline.steps, 50)),
    throughput: Math.round((perSecond(service) / perSecond(baseline)) * 100) / 100,
  };
  console.log([
    `${PROCEDURE.code.toUpperCase()} ${PROCEDURE.id} (${REGION}), ${CASES} cases, concurrency ${CONCURRENCY}` +
      ` (${shape.decisions} decision(s), ${shape.documents} document(s), ${shape.acknowledgements} receipt(s) per case; 1 warm-up case each, not counted)`,
    `${''.padEnd(22)}${['p50', 'p95', 'p99', 'cases/s'].map((h) => h.padStart(11)).join('')}`,
    row('service: case', service.cases, perSecond(service)),
    row('service: decision', service.steps),
    row('baseline: case', baseline.cases, perSecond(baseline)),
    row('baseline: update', baseline.steps),
    `  ratio (service/baseline): case p50 x${ratio.caseP50}, decision p50 x${ratio.decisionP50}, throughput x${ratio.throughput}`,
    ...(work ? [
      `  Temporal server work per case: ${work.service.persistence} persistence requests (metadata read by the clock left out) (baseline ${work.baseline.persistence}, x${round(work.service.persistence / work.baseline.persistence)}), `
        + `${work.service.requests} requests answered (baseline ${work.baseline.requests}, x${round(work.service.requests / work.baseline.requests)})`,
      `    most: ${work.service.top.map((t) => `${t.op} ${t.perCase}`).join(', ')}`,
    ] : ['  (Temporal server work not counted: BENCH_TEMPORAL_METRICS is not reachable)']),
  ].join('\n'));
  printBreakdown(steps, CASES);
  console.log(JSON.stringify({
    bench: PROCEDURE.code, procedure: PROCEDURE.id, shape, region: REGION, cases: CASES, concurrency: CONCURRENCY, at: new Date().toISOString(),
    service: { case: stats(service.cases), decision: stats(service.steps), casesPerSecond: perSecond(service) },
    baseline: { case: stats(baseline.cases), update: stats(baseline.steps), casesPerSecond: perSecond(baseline) },
    ratio, steps, ...(work ? { serverWork: work } : {}),
  }));
}

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  await checkService();
  // One after the other: both sides share the Temporal server and this machine. The warm-up case is scraped
  // out too: the breakdown counts the measured cases alone.
  const apiMetrics = `${BASE_URL}/metrics`;
  let before: Awaited<ReturnType<typeof scrapeBoth>> | undefined;
  const scrapeBoth = async () => new Map([...(await scrape(apiMetrics)), ...(await scrape(WORKER_METRICS))]);
  const server: (ServerWork | undefined)[] = [];
  const service = await measure(serviceCase, async () => {
    before = await scrapeBoth();
    server[0] = await scrapeServer(TEMPORAL_METRICS);
  });
  const steps = breakdown(before!, await scrapeBoth());
  server[1] = await scrapeServer(TEMPORAL_METRICS);
  const baseline = await measureBaseline(async () => {
    server[2] = await scrapeServer(TEMPORAL_METRICS);
  });
  server[3] = await scrapeServer(TEMPORAL_METRICS);
  const [a, b, c, d] = server;
  report(service, baseline, steps, a && b && c && d ? { service: serverWorkPerCase(a, b, CASES), baseline: serverWorkPerCase(c, d, CASES) } : undefined);
}

main().catch((e) => {
  console.error('[bench]', e);
  process.exitCode = 1;
});
