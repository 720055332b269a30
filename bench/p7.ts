// `npm run bench:p7`: the cost of one report round trip of a work cycle (P7) through the REST API of
// a running service (`npm start`, demo data). It issues a P1 Surat Tugas (banjar: the Kepala Dinas
// appoints directly), starts a P7 case on it with a report every second, agrees the plan, then for
// each report: waits until it is due in the member's inbox, submits it (POST …/complete) and gives
// feedback (POST …/actions/umpan-balik), timing both. Prints percentiles and the case's history
// size (events, bytes) at the end. The history of a 12-month case is printed by
// tests/workflows/siklusKinerja.test.ts (time-skipping server).
//   npm run bench:p7 -- --reports 30
//   env: BENCH_URL (http://127.0.0.1:3000), BENCH_API_KEY
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { demoPeople } from '../demo/masterData';
import { penunjukanDalamUnit, pengusul } from '../demo/penunjukanDalamUnit';
import type { CaseView } from '../domain/kasus';

const { values } = parseArgs({ options: { reports: { type: 'string' } } });
const REPORTS = Number(values.reports ?? 20);
if (!Number.isInteger(REPORTS) || REPORTS < 1) {
  console.error('[bench:p7] --reports must be a positive integer');
  process.exit(2);
}
const BASE_URL = (process.env.BENCH_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
const API_KEY = process.env.BENCH_API_KEY ?? 'demo-eoffice-key';
const REGION = 'banjar' as const;
const p = demoPeople(REGION);
const CADENCE_DAYS = 1 / 86_400; // one report a second

async function call(method: string, path: string, actor: string, body?: object): Promise<any> {
  const res = await fetch(`${BASE_URL}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${API_KEY}`, 'x-acting-official': actor,
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(method === 'POST' && path === '/cases' ? { 'idempotency-key': `bench-p7-${randomUUID()}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function until(caseId: string, ok: (c: CaseView) => boolean): Promise<CaseView> {
  for (const end = Date.now() + 60_000; Date.now() < end; await new Promise((r) => setTimeout(r, 10))) {
    const c = (await call('GET', `/cases/${caseId}`, p.pranataKomputer1)) as CaseView;
    if (ok(c)) return c;
  }
  throw new Error(`case ${caseId} did not reach the expected state`);
}
const open = (id: string) => (c: CaseView) => c.tasks.some((t) => t.id === id && t.status === 'open');

async function timed(into: number[], f: () => Promise<unknown>) {
  const t0 = performance.now();
  await f();
  into.push(performance.now() - t0);
}
const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil((q / 100) * xs.length) - 1)];
const line = (name: string, xs: number[]) =>
  console.log(`${name.padEnd(28)} n=${xs.length}  p50=${pct(xs, 50).toFixed(1)} ms  p95=${pct(xs, 95).toFixed(1)} ms  max=${Math.max(...xs).toFixed(1)} ms`);

async function main() {
  // The assignment's request sets the cadence of the work cycle it continues into once issued.
  const p1 = await call('POST', '/cases', pengusul(REGION), {
    procedure: 'penunjukan-dalam-unit', region: REGION, ...penunjukanDalamUnit(REGION),
    siklusKinerja: { laporan: { setiapHari: CADENCE_DAYS, batasHari: CADENCE_DAYS * 60 }, hariKerja: CADENCE_DAYS * REPORTS },
  });
  await until(p1.caseId, open('tanda-terima'));
  await call('POST', `/cases/${p1.caseId}/acknowledge`, p.pranataKomputer1, {});
  const caseId: string = (await until(p1.caseId, (c) => !!c.siklusKinerja)).siklusKinerja!;
  await until(caseId, open('rencana-1'));
  await call('POST', `/cases/${caseId}/tasks/rencana-1/complete`, p.pranataKomputer1, { isi: 'Rencana kegiatan benchmark' });
  await until(caseId, open('persetujuan-rencana-1'));
  await call('POST', `/cases/${caseId}/tasks/persetujuan-rencana-1/decision`, p.kabidAptika, { decision: 'approve' });

  const submit: number[] = [];
  const feedback: number[] = [];
  const roundTrip: number[] = [];
  for (let ke = 1; ke <= REPORTS; ke++) {
    await until(caseId, open(`laporan-${ke}`));
    const t0 = performance.now();
    await timed(submit, () => call('POST', `/cases/${caseId}/tasks/laporan-${ke}/complete`, p.pranataKomputer1, { isi: `Laporan ke-${ke}` }));
    await timed(feedback, () => call('POST', `/cases/${caseId}/actions/umpan-balik`, p.kadisKominfo, { taskId: `laporan-${ke}`, isi: 'Lanjutkan' }));
    roundTrip.push(performance.now() - t0);
  }
  console.log(`[bench:p7] ${REPORTS} reports of case ${caseId} against ${BASE_URL}`);
  line('report submitted (complete)', submit);
  line('feedback given (act)', feedback);
  line('report + feedback round trip', roundTrip);

  const history = await call('GET', `/cases/${caseId}/history`, p.pranataKomputer1);
  console.log(`history of the current run after ${REPORTS} reports: ${history.events.length} events, ${Buffer.byteLength(JSON.stringify(history))} bytes (the case continues as new every 50 reports by default)`);
}

main().catch((e) => {
  console.error(`[bench:p7] ${(e as Error).message}`);
  process.exit(1);
});
