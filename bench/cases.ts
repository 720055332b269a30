// `npm run bench`: drives N full cases of one procedure (default P2) through the REST API of a
// running service (`npm start`), waits until what they left running is done, then sends the same
// message sequence (start, its linked cases, its decisions, its documents, its receipts) through a bare
// workflow on the same Temporal server, and prints latency percentiles, throughput, the ratio of the
// two (our cost over Temporal's own), the CPU the API and the worker took per case, and where the
// service's time went: the step histograms the API and the worker keep, scraped before and after
// (bench/breakdown.ts). The procedures and how each is walked: bench/procedures.ts.
//   npm run bench -- --cases 200 --concurrency 8 --region bengkalis --procedure P2
//   npm run bench -- --shape (P2 only): a third run, the case's durable shape with no domain logic (bench/shape.ts)
//   env: BENCH_CASES, BENCH_URL (http://127.0.0.1:3000), BENCH_API_KEY, TEMPORAL_ADDRESS (127.0.0.1:7233),
//        BENCH_WORKER_METRICS (the worker's metrics URL, http://<WORKER_METRICS_ADDRESS>/metrics; unset: where
//        npm start puts them, http://127.0.0.1:9234/metrics, if the worker answers there; else API steps only),
//        BENCH_TEMPORAL_METRICS (the Temporal server's, http://127.0.0.1:9233/metrics as npm start runs it; the server's
//        work per case, counted rather than timed, so it holds on a busy machine too)
import { Client, Connection, WorkflowNotFoundError, type WorkflowHandle } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { FINAL_STATUSES, type CaseView, type Task } from '../domain/kasus';
import { PROFILES } from '../profiles';
import { requester } from '../demo/permohonan';
import { acknowledge, baselineCase, decide, linkedId, type BaselineInput } from './baseline-workflow';
import { breakdown, cpuPerCase, printBreakdown, scrape, scrapeCpu, scrapeServer, serverWorkPerCase, settle, type Cpu, type ServerWork, type SettleRule } from './breakdown';
import { BENCHED, describeShape, resolve } from './procedures';
import { machineCpu } from './machine';
import { REPORTED_WITHIN_MS, transactionsEnded } from './postgres';
import { ARCHIVE_DUE_SECONDS } from '../db/cases';
import { ARCHIVE_EVERY_MS } from '../services/arsip';
import { SHAPED_PROCEDURE, withShape } from './shape';

const POLL_MS = 10;
/** Per wait: 3000 polls of ≥ 10 ms, i.e. at least 30 s before a case is declared stuck. */
const MAX_POLLS = 3000;

/** A bad command line stops with one line saying what is wrong, not a stack trace. */
function usage(message: string): never {
  console.error(`[bench] ${message}\nusage: npm run bench -- [--cases N] [--concurrency N] [--region ${Object.keys(PROFILES).join('|')} (default bengkalis, or where the procedure is provided)] [--procedure P1..P8|<procedure id>|<workflow type>] [--shape]`);
  process.exit(2);
}

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  const n = raw === undefined ? fallback : Number(raw);
  return Number.isInteger(n) && n > 0 ? n : usage(`${name} must be a positive integer, got ${raw}`);
}

const args = (() => {
  try {
    return parseArgs({ options: { cases: { type: 'string' }, concurrency: { type: 'string' }, region: { type: 'string' }, procedure: { type: 'string' }, shape: { type: 'boolean' } } }).values;
  } catch (e) {
    return usage((e as Error).message);
  }
})();
const CASES = positiveInt('--cases', args.cases ?? process.env.BENCH_CASES, 200);
const CONCURRENCY = positiveInt('--concurrency', args.concurrency, 8);
const { procedure: PROCEDURE, region: REGION } = ((r) => ('error' in r ? usage(r.error) : r))(resolve(args.procedure ?? 'P2', args.region));
if (args.shape && PROCEDURE.id !== SHAPED_PROCEDURE) usage(`--shape: bench/shape-workflow.ts has the shape of ${SHAPED_PROCEDURE} (P2) only`);
const BASE_URL = (process.env.BENCH_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
const API_KEY = process.env.BENCH_API_KEY ?? 'demo-eoffice-key';
const TEMPORAL_ADDRESS = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
/** Where npm start puts the worker's metrics (its Temporal port + 2001). */
const NPM_START_WORKER_METRICS = 'http://127.0.0.1:9234/metrics';
/** The worker's metrics: BENCH_WORKER_METRICS, else npm start's when the worker answers there. */
const WORKER_METRICS: Promise<string | undefined> = process.env.BENCH_WORKER_METRICS
  ? Promise.resolve(process.env.BENCH_WORKER_METRICS)
  : fetch(NPM_START_WORKER_METRICS).then((r) => (r.ok ? NPM_START_WORKER_METRICS : undefined), () => undefined);
const TEMPORAL_METRICS = process.env.BENCH_TEMPORAL_METRICS ?? 'http://127.0.0.1:9233/metrics';
/** The rest of the machine's CPU: the Temporal server and PostgreSQL found by their ports where they run here. */
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sistem_kerja';
const MACHINE = machineCpu({ temporal: new URL(`grpc://${TEMPORAL_ADDRESS}`), postgres: new URL(DATABASE_URL) });
const RUN_ID = randomUUID().slice(0, 8);
/** The key of each run's unmeasured first case. */
const WARM_UP = `bench-${RUN_ID}-warmup`;

// ---- timing helpers ----

/**
 * What the cases left running after their last answer (documents rendered after it, the archive of
 * closed cases, the first task of their work cycles) is theirs, and would otherwise run during the
 * baseline: the bench waits until the API and the worker have been quiet for longer than the archive
 * rests between looks at its queue after its entries fall due, and than PostgreSQL takes to report the
 * statements counted (bench/postgres.ts).
 */
const SETTLE: SettleRule = { busyCpuSecondsPerSecond: 0.1, quietSeconds: Math.max(ARCHIVE_EVERY_MS / 1000 + ARCHIVE_DUE_SECONDS + 1, REPORTED_WITHIN_MS / 1000), maxSeconds: 90 };

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
  await runCase(WARM_UP, []);
  await afterWarmUp?.();
  const cases: number[] = [];
  const steps: number[] = [];
  const t0 = performance.now();
  await pool(CASES, CONCURRENCY, (i) => timed(cases, () => runCase(`bench-${RUN_ID}-${i}`, steps)));
  return { cases, steps, seconds: (performance.now() - t0) / 1000 };
}

// ---- the service, through its REST API ----

async function call(method: 'GET' | 'POST', path: string, opts: { actor?: string; key?: string; body?: object } = {}) {
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
  return { status: res.status, text: await res.text() };
}

async function api(method: 'GET' | 'POST', path: string, opts: { actor?: string; key?: string; body?: object } = {}): Promise<CaseView> {
  const { status, text } = await call(method, path, opts);
  if (status >= 300) throw new Error(`${method} ${path}: ${status} ${text}`);
  return JSON.parse(text);
}

/** A case as the API reads it; a linked case its parent has not started yet is not there (404). */
async function read(caseId: string): Promise<CaseView | undefined> {
  const { status, text } = await call('GET', `/api/v1/cases/${caseId}`);
  if (status === 404) return undefined;
  if (status >= 300) throw new Error(`GET /api/v1/cases/${caseId}: ${status} ${text}`);
  const c: CaseView = JSON.parse(text);
  return (c.status as string) === 'starting' ? undefined : c; // starting (202): no worker has set it up yet
}

/** A case (first) and the cases it links that have started: what one walk acts on. */
type Walked = CaseView[];

const openTask = (c: CaseView) => c.tasks.find((t) => t.status === 'open');

/** The projection follows the workflow asynchronously: poll the case and its linked ones until they reach a state. */
async function until(procedureId: string, caseId: string, what: string, ok: (cs: Walked) => boolean): Promise<Walked> {
  const { linked, done } = BENCHED[procedureId];
  for (let i = 0; i < MAX_POLLS; i++) {
    const c = await read(caseId);
    if (c && c.status !== done && FINAL_STATUSES.includes(c.status))
      throw new Error(`case ${caseId} ended ${c.status}${c.outcome?.reasons ? ` (${c.outcome.reasons})` : ''} while waiting for ${what}`);
    const cs = c && [c, ...(await Promise.all((linked?.(c) ?? []).map(read))).filter((x): x is CaseView => !!x)];
    if (cs && ok(cs)) return cs;
    await sleep(POLL_MS);
  }
  throw new Error(`case ${caseId}: no ${what} after ${MAX_POLLS} polls`);
}

/** The Updates one case took, by kind, and the documents it issued (with its linked cases'): what its baseline sends and runs. */
const shape: BaselineInput = { decisions: 0, documents: 0, acknowledgements: 0 };

/**
 * Acts on one open task as its assignee: a receipt is acknowledged, a tindakan done, anything else
 * approved (with what the step answers). The kind of message, and the case as the answer left it.
 */
async function act(id: string, task: Task, answer: object | undefined, decisionMs: number[]): Promise<{ kind: 'decisions' | 'acknowledgements'; answered: CaseView }> {
  const actor = task.assignee.nip;
  if (task.kind === 'tanda-terima')
    return { kind: 'acknowledgements', answered: await api('POST', `/api/v1/cases/${id}/acknowledge`, { actor, body: {} }) };
  const path = task.kind === 'tindakan' ? 'complete' : 'decision';
  const body = task.kind === 'tindakan' ? { isi: 'dilaksanakan (bench)' } : { decision: 'approve', ...answer };
  return { kind: 'decisions', answered: await timed(decisionMs, () => api('POST', `/api/v1/cases/${id}/tasks/${task.id}/${path}`, { actor, body })) };
}

/**
 * Start → every open task of the case and of the cases it links acted on by its assignee, one after
 * the other → done (issued, or in force). Its case id, and its shape: the Updates it and each linked
 * case took and the documents each issued.
 */
async function walk(procedureId: string, key: string, decisionMs: number[], setUp?: string): Promise<{ caseId: string; shape: BaselineInput }> {
  const { actor, request, answers, linked, done } = BENCHED[procedureId];
  const started = await api('POST', '/api/v1/cases', { actor: actor(REGION), key, body: { procedure: procedureId, region: REGION, ...request(REGION, setUp) } });
  const id = started.caseId;
  const acted = new Map<string, Record<'decisions' | 'acknowledgements', number>>();
  const settled = (cs: Walked) => cs[0].status === done || cs.some((c) => openTask(c));
  // Every message is answered with the case as it left it: a client reads again only what the answer
  // does not show yet (a later write, or the cases it links).
  const answeredOr = async (answered: CaseView, what: string, ok: (cs: Walked) => boolean) =>
    !linked && (answered.status as string) !== 'starting' && ok([answered]) ? [answered] : until(procedureId, id, what, ok);
  let cs = await answeredOr(started, 'a task', settled);
  for (let n = 0; cs[0].status !== done; n++) {
    const c = cs.find(openTask);
    const task = c && openTask(c);
    if (!c || !task || n > 100) throw new Error(`case ${id}: unexpected state ${cs.map((x) => `${x.caseId} ${x.status}`).join(', ')} after ${n} actions`);
    const counts = acted.get(c.caseId) ?? { decisions: 0, acknowledgements: 0 };
    const { kind, answered } = await act(c.caseId, task, answers?.[task.id]?.(task), decisionMs);
    counts[kind] += 1;
    acted.set(c.caseId, counts);
    const version = c.version;
    cs = await answeredOr(answered, 'the next task or its end', (xs) => {
      const x = xs.find((y) => y.caseId === c.caseId);
      return !!x && x.version > version && !x.tasks.some((t) => t.id === task.id && t.status === 'open') && settled(xs);
    });
  }
  const shapeOf = (c: CaseView): BaselineInput => ({ decisions: 0, acknowledgements: 0, ...acted.get(c.caseId), documents: c.documents.length });
  return { caseId: id, shape: { ...shapeOf(cs[0]), ...(linked && { linked: cs.slice(1).map(shapeOf) }) } };
}

async function checkService(): Promise<void> {
  const health = await fetch(`${BASE_URL}/health`)
    .then((r) => r.json() as Promise<{ status?: string }>)
    .catch((e: Error) => ({ status: e.message }));
  if (health.status !== 'ok') throw new Error(`the service at ${BASE_URL} is not healthy (${JSON.stringify(health)}); start it with \`npm start\``);
}

// ---- the baseline: the same messages through a workflow with no domain logic ----

/** A linked case exists once its parent has started it: polled for, as the service's walk polls for the case. */
async function started(handle: WorkflowHandle): Promise<void> {
  for (let i = 0; i < MAX_POLLS; i++, await sleep(POLL_MS))
    try {
      return void (await handle.describe());
    } catch (e) {
      if (!(e instanceof WorkflowNotFoundError)) throw e;
    }
  throw new Error(`workflow ${handle.workflowId} was not started after ${MAX_POLLS} polls`);
}

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
    /** Its linked cases' Updates first, as the service's linked cases are walked before their parent goes on; then its own. */
    const send = async (handle: WorkflowHandle, s: BaselineInput, updateMs: number[]): Promise<void> => {
      for (const [i, l] of (s.linked ?? []).entries()) {
        const child = client.workflow.getHandle(linkedId(handle.workflowId, i));
        await started(child);
        await send(child, l, updateMs);
      }
      for (let i = 0; i < s.decisions; i++)
        await timed(updateMs, () => handle.executeUpdate(decide, { args: [{ taskId: `step-${i}`, actorNip: requester(REGION), decision: 'approve' }] }));
      for (let i = 0; i < s.acknowledgements; i++) await handle.executeUpdate(acknowledge);
    };
    const runBaseline: RunCase = async (key, updateMs) => {
      const handle = await client.workflow.start(baselineCase, { taskQueue, workflowId: `baseline-${key}`, args: [shape] });
      await send(handle, shape, updateMs);
      await handle.result();
    };
    // runUntil shuts the worker down when the run ends, and fails the run if the worker fails.
    return await worker.runUntil(measure(runBaseline, afterWarmUp));
  } finally {
    await clientConnection.close();
    await workerConnection.close();
  }
}

/** The `--shape` run, after the baseline; its warm-up case is checked against the service's first. */
async function measureShape(serviceCaseId: string): Promise<DurableShape> {
  const service = await read(serviceCaseId);
  const cycleId = service?.siklusKinerja;
  if (!cycleId) throw new Error(`--shape: case ${serviceCaseId} started no work cycle, but the shape starts one`);
  let before = MACHINE();
  const run = await withShape(TEMPORAL_ADDRESS, `bench-shape-${RUN_ID}`, (shaped) => measure(shaped.runCase, async () => {
    await shaped.check(WARM_UP, { caseId: serviceCaseId, cycleId });
    before = MACHINE();
  }));
  return { run, cpuPerCase: cpuPerCase(before, MACHINE(), CASES) };
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

const cpuAt = async (apiMetrics: string): Promise<Cpu> => ({ ...MACHINE(), api: await scrapeCpu(apiMetrics), worker: await scrapeCpu(await WORKER_METRICS) });

/** After the measured cases: how long the service stayed busy with what they left running, and the CPU each process took per case (ms); the baseline's. */
interface Tail { seconds?: number; cpuPerCase: Cpu; baseline: Cpu; postgresTransactions?: number }

/** A machine's CPU per case, and what it went to: the parts read, and the rest (what nothing here names). */
function spentOn(c: Cpu, parts: [string, number | undefined][]): string {
  const read = parts.filter((p): p is [string, number] => p[1] !== undefined);
  const rest = Math.round((c.machine! - read.reduce((sum, [, ms]) => sum + ms, 0)) * 10) / 10;
  return `${c.machine} ms (${[...read.map(([label, ms]) => `${label} ${ms}`), `the rest ${rest}`].join(', ')})`;
}

/** The machine's CPU per case, service and baseline, by what it was spent on: throughput's divisor on a saturated machine. */
function machineLine({ cpuPerCase: s, baseline: b }: Tail): string {
  if (s.machine === undefined || b.machine === undefined) return '  (the machine\'s CPU not read: no /proc)';
  const service = spentOn(s, [['API', s.api], ['worker', s.worker], ['Temporal server', s.temporal], ['PostgreSQL', s.postgres], ['bench client', s.bench]]);
  const baseline = spentOn(b, [['Temporal server', b.temporal], ['PostgreSQL', b.postgres], ['the bench\'s worker and client', b.bench]]);
  return `  this machine's CPU per case (/proc): service ${service}; baseline ${baseline}; x${round(s.machine / b.machine)}`;
}

/** Case p50, decision p50 and throughput of one run over another's. */
const ratioOf = (a: Measurement, b: Measurement) => ({
  caseP50: round(percentile(a.cases, 50) / percentile(b.cases, 50)),
  decisionP50: round(percentile(a.steps, 50) / percentile(b.steps, 50)),
  throughput: Math.round((perSecond(a) / perSecond(b)) * 100) / 100,
});
const ratioText = (r: ReturnType<typeof ratioOf>) => `case p50 x${r.caseP50}, decision p50 x${r.decisionP50}, throughput x${r.throughput}`;

/** The `--shape` run: the case's durable shape with no domain logic, and the machine's CPU per case it took. */
interface DurableShape { run: Measurement; cpuPerCase: Cpu }

/** The shape's rows and ratios: how far the engine alone, for this shape, is from the bare workflow, and the service from it. */
function shapeLines({ run, cpuPerCase: c }: DurableShape, service: Measurement, baseline: Measurement): string[] {
  return [
    row('shape: case', run.cases, perSecond(run)),
    row('shape: decision', run.steps),
    `  ratio (shape/baseline, the engine alone for this case's shape): ${ratioText(ratioOf(run, baseline))}`,
    `  ratio (service/shape, the service's own code): ${ratioText(ratioOf(service, run))}`,
    ...(c.machine === undefined ? [] : [`  the shape's CPU per case (/proc): ${spentOn(c, [['Temporal server', c.temporal], ['PostgreSQL', c.postgres], ['the bench\'s worker and client', c.bench]])}`]),
  ];
}

function report(setUp: { procedure: string; caseId: string } | undefined, service: Measurement, baseline: Measurement, steps: ReturnType<typeof breakdown>, tail: Tail, work?: { service: Work; baseline: Work }, durable?: DurableShape): void {
  const ratio = ratioOf(service, baseline);
  console.log([
    `${PROCEDURE.code.toUpperCase()} ${PROCEDURE.id} (${REGION}), ${CASES} cases, concurrency ${CONCURRENCY} (${describeShape(shape)} per case; 1 warm-up case each, not counted)`,
    ...(setUp ? [`  set up once before the warm-up, not counted: ${setUp.procedure} case ${setUp.caseId}, issued, which every case refers to`] : []),
    `${''.padEnd(22)}${['p50', 'p95', 'p99', 'cases/s'].map((h) => h.padStart(11)).join('')}`,
    row('service: case', service.cases, perSecond(service)),
    row('service: decision', service.steps),
    row('baseline: case', baseline.cases, perSecond(baseline)),
    row('baseline: update', baseline.steps),
    `  ratio (service/baseline): ${ratioText(ratio)}`,
    ...(durable ? shapeLines(durable, service, baseline) : []),
    tail.seconds === undefined
      ? '  (the service\'s CPU not read: its API reports none at /metrics; the baseline started at once after the last case)'
      : `  service CPU per case, with what the cases left running (busy until ${tail.seconds} s after the last case, then quiet; the baseline after): `
        + `API ${tail.cpuPerCase.api ?? '?'} ms, worker ${tail.cpuPerCase.worker ?? '? (the worker\'s metrics not found: BENCH_WORKER_METRICS)'} ms`,
    machineLine(tail),
    tail.postgresTransactions === undefined
      ? `  (PostgreSQL's statements not counted: pg_stat_database of ${new URL(DATABASE_URL).pathname.slice(1)} not readable; DATABASE_URL)`
      : `  PostgreSQL per case: ${tail.postgresTransactions} transactions ended (pg_stat_database; a statement each, outside the service's own transactions; baseline 0)`,
    ...(work ? [
      `  Temporal server work per case: ${work.service.persistence} persistence requests (metadata read by the clock left out) (baseline ${work.baseline.persistence}, x${round(work.service.persistence / work.baseline.persistence)}), `
        + `${work.service.requests} requests answered (baseline ${work.baseline.requests}, x${round(work.service.requests / work.baseline.requests)})`,
      `    most: ${work.service.top.map((t) => `${t.op} ${t.perCase}`).join(', ')}; requests most: ${work.service.topRequests.map((t) => `${t.op} ${t.perCase}`).join(', ')}`
        + ` (baseline ${work.baseline.topRequests.map((t) => `${t.op} ${t.perCase}`).join(', ')})`,
    ] : ['  (Temporal server work not counted: BENCH_TEMPORAL_METRICS is not reachable)']),
  ].join('\n'));
  printBreakdown(steps, CASES);
  console.log(JSON.stringify({
    bench: PROCEDURE.code, procedure: PROCEDURE.id, shape, ...(setUp && { setUp }), region: REGION, cases: CASES, concurrency: CONCURRENCY, at: new Date().toISOString(),
    service: { case: stats(service.cases), decision: stats(service.steps), casesPerSecond: perSecond(service) },
    baseline: { case: stats(baseline.cases), update: stats(baseline.steps), casesPerSecond: perSecond(baseline) },
    ratio, steps, ...(tail.seconds === undefined ? {} : { settledSeconds: tail.seconds, cpuPerCaseMs: tail.cpuPerCase }), baselineCpuPerCaseMs: tail.baseline, postgresTransactionsPerCase: tail.postgresTransactions, ...(work ? { serverWork: work } : {}),
    ...(durable && {
      durableShape: { case: stats(durable.run.cases), decision: stats(durable.run.steps), casesPerSecond: perSecond(durable.run), cpuPerCaseMs: durable.cpuPerCase },
      ratioShapeToBaseline: ratioOf(durable.run, baseline), ratioServiceToShape: ratioOf(service, durable.run),
    }),
  }));
}

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  await checkService();
  // A case the procedure's cases refer to (P8: the assignment rated), walked once before anything is measured.
  const { setUp: setUpProcedure } = BENCHED[PROCEDURE.id];
  const setUp = setUpProcedure ? { procedure: setUpProcedure, caseId: (await walk(setUpProcedure, `bench-${RUN_ID}-setup`, [])).caseId } : undefined;
  /** The warm-up case's id: `--shape` checks its shape's history against this case's. */
  let warmUpCaseId = '';
  const serviceCase: RunCase = async (key, decisionMs) => {
    const walked = await walk(PROCEDURE.id, key, decisionMs, setUp?.caseId);
    if (key === WARM_UP) warmUpCaseId = walked.caseId;
    Object.assign(shape, walked.shape);
  };
  // One after the other: both sides share the Temporal server and this machine. The warm-up case is scraped
  // out too: the breakdown counts the measured cases alone.
  const apiMetrics = `${BASE_URL}/metrics`;
  let before: Awaited<ReturnType<typeof scrapeBoth>> | undefined;
  const scrapeBoth = async () => new Map([...(await scrape(apiMetrics)), ...(await scrape(await WORKER_METRICS))]);
  const server: (ServerWork | undefined)[] = [];
  let cpuBefore: Cpu = {};
  // Read before the warm-up case (whose last statements PostgreSQL may report after it ends) and counted over it too.
  const transactionsBefore = await transactionsEnded(DATABASE_URL);
  const service = await measure(serviceCase, async () => {
    before = await scrapeBoth();
    server[0] = await scrapeServer(TEMPORAL_METRICS);
    cpuBefore = await cpuAt(apiMetrics);
  });
  // What the cases left running counts as theirs: the breakdown, the server's work and the CPU are read once it is done.
  const settled = await settle(() => cpuAt(apiMetrics), SETTLE, () => sleep(1000));
  const steps = breakdown(before!, await scrapeBoth());
  // Settled: quiet for longer than PostgreSQL takes to report a backend's counts.
  const transactionsAfter = await transactionsEnded(DATABASE_URL);
  const postgresTransactions = transactionsBefore === undefined || transactionsAfter === undefined ? undefined : round((transactionsAfter - transactionsBefore) / (CASES + 1));
  server[1] = await scrapeServer(TEMPORAL_METRICS);
  let baselineCpu = MACHINE();
  const baseline = await measureBaseline(async () => {
    server[2] = await scrapeServer(TEMPORAL_METRICS);
    baselineCpu = MACHINE();
  });
  const baselineCpuPerCase = cpuPerCase(baselineCpu, MACHINE(), CASES);
  server[3] = await scrapeServer(TEMPORAL_METRICS);
  const [a, b, c, d] = server;
  const durable = args.shape ? await measureShape(warmUpCaseId) : undefined;
  report(setUp, service, baseline, steps, { seconds: settled.seconds, cpuPerCase: cpuPerCase(cpuBefore, settled.cpu, CASES), baseline: baselineCpuPerCase, postgresTransactions }, a && b && c && d ? { service: serverWorkPerCase(a, b, CASES), baseline: serverWorkPerCase(c, d, CASES) } : undefined, durable);
}

main().catch((e) => {
  console.error('[bench]', e);
  process.exitCode = 1;
});
