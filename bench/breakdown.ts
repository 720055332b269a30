// Where a benchmarked case's time goes: the histograms the API (/metrics) and the worker
// (WORKER_METRICS_ADDRESS) keep for operators, scraped before and after a run; the difference of
// their buckets gives each step's count, mean and estimated p50/p95 over the run alone.
import type { MachineCpu } from './machine';

/** One histogram series: its cumulative buckets (upper bound → count), sum and count. */
interface Series { buckets: Map<number, number>; sum: number; count: number }
type Scrape = Map<string, Series>;

/** The histograms this breakdown shows: the API's steps, the worker's steps, the SDK's task latencies. */
const SHOWN: { metric: RegExp; label: string; unitMs: number }[] = [
  { metric: /^sistem_kerja_api_step_duration_seconds$/, label: 'api', unitMs: 1000 },
  { metric: /^sistem_kerja_worker_step_duration(_since_start)?$/, label: 'worker', unitMs: 1 },
  { metric: /^temporal_(workflow_task_(schedule_to_start|execution)_latency|activity_(schedule_to_start|execution)_latency|local_activity_execution_latency)$/, label: 'sdk', unitMs: 1 },
];

const LINE = /^([a-zA-Z_:][\w:]*?)(_bucket|_sum|_count)\{?([^}]*)\}? ([-+\d.eE]+|\+Inf|NaN)$/;

/** Parses the histogram lines of a Prometheus text exposition; the series key keeps every label but `le`. */
export function parseHistograms(text: string): Scrape {
  const out: Scrape = new Map();
  for (const raw of text.split('\n')) {
    const m = LINE.exec(raw.trim());
    if (!m) continue;
    const [, name, part, labelText, value] = m;
    const labels = labelText.split(/,(?=[a-zA-Z_]+=")/).filter(Boolean);
    const le = labels.find((l) => l.startsWith('le='))?.slice(4, -1);
    const key = `${name}{${labels.filter((l) => !l.startsWith('le=') && !/^(service_name|namespace|task_queue)=/.test(l)).join(',')}}`;
    const s = out.get(key) ?? { buckets: new Map(), sum: 0, count: 0 };
    out.set(key, s);
    const v = Number(value);
    if (part === '_bucket') s.buckets.set(le === '+Inf' ? Infinity : Number(le), (s.buckets.get(le === '+Inf' ? Infinity : Number(le)) ?? 0) + v);
    else if (part === '_sum') s.sum += v;
    else s.count += v;
  }
  return out;
}

export async function scrape(url: string | undefined): Promise<Scrape> {
  if (!url) return new Map();
  const res = await fetch(url).catch((e: Error) => {
    throw new Error(`cannot scrape ${url}: ${e.message}`);
  });
  if (!res.ok) throw new Error(`scraping ${url}: ${res.status}`);
  return parseHistograms(await res.text());
}

/** Linear interpolation within the bucket holding the q-th observation, as PromQL's histogram_quantile. */
function quantile(buckets: [number, number][], count: number, q: number): number {
  const rank = q * count;
  let [lower, below] = [0, 0];
  for (const [le, n] of buckets) {
    if (n >= rank) return le === Infinity ? lower : lower + ((le - lower) * (rank - below)) / Math.max(n - below, 1);
    [lower, below] = [le, n];
  }
  return lower;
}

export interface StepRow { source: string; step: string; count: number; meanMs: number; p50Ms: number; p95Ms: number }

/** Each shown series' observations between two scrapes, per case benchmarked. */
export function breakdown(before: Scrape, after: Scrape): StepRow[] {
  const rows: StepRow[] = [];
  for (const [key, s] of after) {
    const name = key.slice(0, key.indexOf('{'));
    const shown = SHOWN.find((x) => x.metric.test(name));
    const b = before.get(key);
    const count = s.count - (b?.count ?? 0);
    if (!shown || count <= 0) continue;
    const buckets = [...s.buckets].map(([le, n]): [number, number] => [le, n - (b?.buckets.get(le) ?? 0)]).sort((x, y) => x[0] - y[0]);
    const ms = (v: number) => Math.round(v * shown.unitMs * 10) / 10;
    const labels = key.slice(name.length + 1, -1).replace(/"/g, '');
    rows.push({
      source: shown.label, step: `${name.replace(/^(sistem_kerja_|temporal_)/, '')}${labels ? ` ${labels}` : ''}`, count,
      meanMs: ms((s.sum - (b?.sum ?? 0)) / count), p50Ms: ms(quantile(buckets, count, 0.5)), p95Ms: ms(quantile(buckets, count, 0.95)),
    });
  }
  return rows.sort((x, y) => x.source.localeCompare(y.source) || y.meanMs * y.count - x.meanMs * x.count);
}

export function printBreakdown(rows: StepRow[], cases: number): void {
  if (!rows.length) return console.log('  (no step histograms scraped: is the worker\'s WORKER_METRICS_ADDRESS in BENCH_WORKER_METRICS?)');
  console.log(`  where the time goes (histogram deltas over the run; p50/p95 estimated within buckets)`);
  console.log(`  ${'source'.padEnd(8)}${'step'.padEnd(64)}${['per case', 'mean', 'p50', 'p95', 'ms/case'].map((h) => h.padStart(10)).join('')}`);
  for (const r of rows)
    console.log(`  ${r.source.padEnd(8)}${r.step.slice(0, 63).padEnd(64)}${[(r.count / cases).toFixed(1), r.meanMs.toFixed(1), r.p50Ms.toFixed(1), r.p95Ms.toFixed(1), ((r.meanMs * r.count) / cases).toFixed(1)].map((v) => v.padStart(10)).join('')}`);
}

/** A counter's series summed by one label (`operation`), from a Prometheus text exposition. */
export function parseCounter(text: string, metric: string, by: string): Map<string, number> {
  const out = new Map<string, number>();
  const line = new RegExp(`^${metric}\\{([^}]*)\\} ([-+\\d.eE]+)$`);
  for (const raw of text.split('\n')) {
    const m = line.exec(raw.trim());
    if (!m) continue;
    const label = new RegExp(`(?:^|,)${by}="([^"]*)"`).exec(m[1])?.[1] ?? '';
    out.set(label, (out.get(label) ?? 0) + Number(m[2]));
  }
  return out;
}

/** The Temporal server's work: its persistence requests and the requests it answered, by operation. */
export interface ServerWork { persistence: Map<string, number>; requests: Map<string, number> }

export async function scrapeServer(url: string | undefined): Promise<ServerWork | undefined> {
  if (!url) return undefined;
  const text = await fetch(url).then((r) => (r.ok ? r.text() : undefined), () => undefined);
  return text === undefined ? undefined : { persistence: parseCounter(text, 'persistence_requests', 'operation'), requests: parseCounter(text, 'service_requests', 'operation') };
}

const delta = (before: Map<string, number>, after: Map<string, number>) =>
  new Map([...after].map(([k, v]) => [k, v - (before.get(k) ?? 0)] as [string, number]).filter(([, v]) => v > 0));
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/** Metadata the server reads by the clock, not per workflow: left out of its work per case. */
const BY_THE_CLOCK = /^(GetCurrentClusterMetadata|GetClusterMetadata|ListClusterMetadata|GetNamespace|ListNamespaces|WatchNamespaces|ListNexusEndpoints)$/;

/** Per case, between two scrapes: persistence requests (and the operations most of them were), requests answered. */
export function serverWorkPerCase(before: ServerWork, after: ServerWork, cases: number) {
  const persistence = new Map([...delta(before.persistence, after.persistence)].filter(([op]) => !BY_THE_CLOCK.test(op)));
  const requests = delta(before.requests, after.requests);
  const perCase = (n: number) => Math.round((n / cases) * 10) / 10;
  const most = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([op, n]) => ({ op, perCase: perCase(n) }));
  return { persistence: perCase(total(persistence)), requests: perCase(total(requests)), top: most(persistence), topRequests: most(requests) };
}

/** CPU seconds a process reports on its metrics endpoint: the API's process_cpu_seconds_total, the worker's sistem_kerja_worker_process_cpu_seconds. */
const CPU_LINE = /^(?:process_cpu_seconds_total|sistem_kerja_worker_process_cpu_seconds)(?:\{[^}]*\})? ([-+\d.eE]+)$/m;

export const parseCpu = (text: string): number | undefined => {
  const m = CPU_LINE.exec(text);
  return m ? Number(m[1]) : undefined;
};

export async function scrapeCpu(url: string | undefined): Promise<number | undefined> {
  if (!url) return undefined;
  const text = await fetch(url).then((r) => (r.ok ? r.text() : undefined), () => undefined);
  return text === undefined ? undefined : parseCpu(text);
}

/**
 * CPU seconds used so far (undefined: not reported): the service's processes, as their metrics report
 * it, and what bench/machine.ts reads of the rest of the machine.
 */
export interface Cpu extends Partial<MachineCpu> { api?: number; worker?: number }

/** Milliseconds of CPU per case between two readings, by process; a process that reports none stays out. */
export const cpuPerCase = (before: Cpu, after: Cpu, cases: number): Cpu =>
  Object.fromEntries((Object.keys(after) as (keyof Cpu)[]).flatMap((p) => {
    const [b, a] = [before[p], after[p]];
    return b === undefined || a === undefined ? [] : [[p, Math.round(((a - b) * 1000 * 10) / cases) / 10]];
  }));

/** The service's own processes: what settles is theirs (the rest of the machine idles with its own rhythm). */
const cpuSum = (c: Cpu) => (c.api ?? 0) + (c.worker ?? 0);

/** When the service is done with what the measured cases left running (seconds, read once a second). */
export interface SettleRule {
  /** Busy: a second in which the processes together used this much CPU or more (their idle polling stays well under). */
  busyCpuSecondsPerSecond: number;
  /** Done after this many quiet seconds in a row. */
  quietSeconds: number;
  /** Done after this many seconds at most. */
  maxSeconds: number;
}

/**
 * Waits, a second at a time (`wait`), until the processes `read` reports have been quiet for the rule's
 * quiet seconds: the seconds until the last busy one ended and the CPU read then (the idle time after it
 * is no case's). Nothing to wait on where no process reports its CPU: seconds undefined.
 */
export async function settle(read: () => Promise<Cpu>, rule: SettleRule, wait: () => Promise<unknown>): Promise<{ seconds?: number; cpu: Cpu }> {
  let last = await read();
  if (last.api === undefined && last.worker === undefined) return { cpu: last };
  let busy = { second: 0, cpu: last };
  for (let second = 1; second - busy.second <= rule.quietSeconds && second <= rule.maxSeconds; second++) {
    await wait();
    const now = await read();
    if (cpuSum(now) - cpuSum(last) >= rule.busyCpuSecondsPerSecond) busy = { second, cpu: now };
    last = now;
  }
  return { seconds: busy.second, cpu: busy.cpu };
}
