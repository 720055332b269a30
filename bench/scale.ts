// `npm run bench:scale`: does a case cost the same with 1,000 or 100,000 cases in the database, and
// does an official with 100,000 open tasks in a table of 1,000,000 get the first page of their inbox
// in time? Seeds a bench database of its own (emptied first) to each size straight in SQL — every
// case with 10 tasks, 9 done for officials across the region and one open for one heavily loaded
// official — and at each size prints:
//   - the database work of one P2 case (its projection writes, number, notification and reads, as the
//     worker and API do them; real db/ functions on a case planned from the demo master data), p50/p95;
//   - the heavy official's inbox first page (50 tasks and the counts), p50/p95; and, for reference,
//     counting their open tasks per request as before migration 019.
//   npm run bench:scale -- --sizes 1000,10000,100000
//   env: BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/sistem_kerja_scale)
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Pool } from 'pg';
import { getCase, inbox, listCases, saveCase, type WrittenWith } from '../db/cases';
import { ensureDatabase } from '../db/database';
import { issueDocument } from '../db/documents';
import { loadOrg } from '../db/masterData';
import { migrate } from '../db/migrate';
import { createPool } from '../db/pool';
import { loadDemoData } from '../demo/load';
import { permohonan, requester } from '../demo/permohonan';
import { priorOf, type Prior } from '../domain/events';
import type { CaseView, PlannedCase, Task } from '../domain/kasus';
import { PROCEDURES } from '../procedures';
import { planCase } from '../services/planCase';

const { values } = parseArgs({ options: { sizes: { type: 'string' }, cases: { type: 'string' } } });
const SIZES = (values.sizes ?? '1000,10000,100000').split(',').map(Number);
if (SIZES.some((n, i) => !Number.isInteger(n) || n < 1 || (i && n <= SIZES[i - 1]))) {
  console.error('[bench:scale] --sizes must be increasing positive integers, e.g. 1000,10000,100000');
  process.exit(2);
}
/** Cases measured at each size. */
const MEASURED = Number(values.cases ?? 100);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sistem_kerja_scale';
const REGION = 'banjar' as const;
const HEAVY = '196001011990011999'; // nobody in the demo data: the official holding every seeded open task
const TASKS_PER_CASE = 10;
const CONCURRENCY = 8;

const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil((q / 100) * xs.length) - 1)];
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1).padStart(7)} ms  p95 ${pct(xs, 95).toFixed(1).padStart(7)} ms`;

async function timed(into: number[], f: () => Promise<unknown>) {
  const t0 = performance.now();
  await f();
  into.push(performance.now() - t0);
}

/** Seeds cases [from, to): each with its view, 9 done tasks across 500 officials and one open for HEAVY; 10,000 a statement. */
async function seed(pool: Pool, template: CaseView, from: number, to: number) {
  for (let lo = from; lo < to; lo += 10_000) {
    const hi = Math.min(to, lo + 10_000);
    await pool.query(
      `INSERT INTO cases (case_id, region, procedure, status, requester_nip, version, view, summary, started_at, regions, run_id, history_length)
       SELECT 'scale-' || i, $3, $4, 'awaiting-decision', $5, 3, jsonb_set($6::jsonb, '{caseId}', to_jsonb('scale-' || i)), $7,
              timestamptz '2026-01-01' + i * interval '1 minute', ARRAY[$3], 'seeded', 10
         FROM generate_series($1::int, $2::int - 1) AS i`,
      [lo, hi, REGION, template.procedure, template.pemohon.nip, template, { judul: template.judul, pemohon: template.pemohon }],
    );
    await pool.query(
      `INSERT INTO tasks (case_id, task_id, region, procedure, assignee_nip, kind, title, role, citation, status, opened_at, due_at, reminders_sent)
       SELECT 'scale-' || i, 'langkah-' || k, $3, $4,
              CASE WHEN k = 0 THEN $5 ELSE lpad(((i * 7 + k) % 500)::text, 18, '1') END,
              'keputusan', $6, 'Pejabat Penilai Kinerja', 'banjar lampiran II.B.1.b.2', CASE WHEN k = 0 THEN 'open' ELSE 'done' END,
              timestamptz '2026-01-01' + i * interval '1 minute', timestamptz '2026-01-01' + i * interval '1 minute' + interval '7 days', 0
         FROM generate_series($1::int, $2::int - 1) AS i, generate_series(0, ${TASKS_PER_CASE - 1}) AS k`,
      [lo, hi, REGION, template.procedure, HEAVY, template.tasks[0]?.title ?? 'Keputusan'],
    );
  }
  // As autovacuum would after such a load: statistics, and the visibility map index-only scans rely on.
  for (const table of ['cases', 'tasks', 'inbox_counts']) await pool.query(`VACUUM ANALYZE ${table}`);
}

/** The views a P2 case's workflow writes, in order, with the activities between them (worker), and the reads of its callers (API). */
async function oneCase(pool: Pool, planned: PlannedCase, n: number) {
  const caseId = `scale-measured-${n}-${Date.now()}`;
  const at = (historyLength: number) => ({ runId: caseId, historyLength });
  const openedAt = new Date().toISOString();
  const task = (s: { id: string; kind: Task['kind']; title: string; role: string; citation: string; assignee: Task['assignee'] }, status: Task['status']): Task =>
    ({ id: s.id, kind: s.kind, title: s.title, role: s.role, citation: s.citation, assignee: s.assignee, status, openedAt, dueAt: openedAt, remindersSent: 0 });
  const steps = planned.steps.map((s) => task(s, 'open'));
  const view = (version: number, status: CaseView['status'], tasks: Task[]): CaseView => ({
    caseId, procedure: planned.procedure, region: planned.region, status, judul: planned.judul, pemohon: planned.pemohon, subject: planned.subject,
    tasks, timeline: [], documents: [], startedAt: openedAt, version,
  } as CaseView);
  /** The steps' tasks once `decided` of them are: those done, and the next one open. */
  const after = (decided: number) => steps.slice(0, decided + 1).map((t, k) => ({ ...t, status: k < decided ? 'done' as const : 'open' as const }));
  let prior: Prior | null = null;
  /** Written as the worker writes: with what the previous write showed, and what the write carries. */
  const write = async (v: CaseView, position: number, also?: WrittenWith) => {
    await saveCase(pool, v, at(position), prior, also);
    prior = priorOf(v);
  };
  await write(view(1, 'awaiting-decision', after(0)), 8);
  await inbox(pool, steps[0].assignee.nip, { limit: 50 });
  for (let i = 1; i <= steps.length; i++) {
    await getCase(pool, caseId);
    await write(view(i + 1, i < steps.length ? 'awaiting-decision' : 'issuing', after(i)), 8 + 6 * i);
    await getCase(pool, caseId);
  }
  const doc = planned.documents[0];
  await issueDocument(pool, { id: `${caseId}.${doc.kind}`, caseId, region: planned.region, document: doc, issuedAt: openedAt, kop: { pemerintah: planned.pemerintah, tempat: planned.tempat, zonaWaktu: planned.zonaWaktu }, employee: planned.pegawai! });
  const receipt = { id: 'tanda-terima', kind: 'tanda-terima' as const, title: 'Tanda terima', role: 'Pegawai', citation: 'uji', assignee: planned.pegawai! };
  const done = steps.map((t) => ({ ...t, status: 'done' as const }));
  const diterbitkan = { caseId, region: planned.region, taskId: 'diterbitkan', seq: 0, kind: 'diterbitkan' as const, to: [planned.pemohon.nip, planned.pegawai!.nip], message: 'diterbitkan' };
  await write(view(steps.length + 2, 'awaiting-acknowledgement', [...done, task(receipt, 'open')]), 60, { notifications: [diterbitkan] });
  await getCase(pool, caseId);
  await write(view(steps.length + 3, 'awaiting-acknowledgement', [...done, task(receipt, 'done')]), 66);
  await write(view(steps.length + 4, 'issued', [...done, task(receipt, 'done')]), 70, { arsip: { runId: 'bench-scale', whole: true } });
  await listCases(pool, { regions: [REGION], requester: planned.pemohon.nip, limit: 50 });
}

async function measureCases(pool: Pool, planned: PlannedCase): Promise<number[]> {
  const took: number[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < MEASURED) {
      const n = next++;
      await timed(took, () => oneCase(pool, planned, n));
    }
  }));
  return took;
}

/** The counts as every request counted them before migration 019: for reference. */
const countedPerRequest = (pool: Pool) => pool.query(
  `SELECT procedure, count(*)::int AS open, count(*) FILTER (WHERE due_at < now())::int AS overdue
     FROM tasks WHERE assignee_nip = $1 AND status = 'open' AND ($2::text[] IS NULL OR region = ANY($2)) GROUP BY procedure`,
  [HEAVY, [REGION]],
);

async function main() {
  await ensureDatabase(DATABASE_URL);
  const pool = createPool({ connectionString: DATABASE_URL, max: CONCURRENCY + 2 }, { warn: ({ err }, message) => console.warn(`[bench:scale] ${message}: ${err.message}`) });
  try {
    await migrate(pool);
    await pool.query('TRUNCATE cases, tasks, inbox_counts, documents, document_sequences, notifications, archive_queue CASCADE');
    await loadDemoData(pool, [REGION]);
    const p2 = PROCEDURES['penunjukan-lintas-unit'];
    const planned = await planCase((r, nips, staffOf) => loadOrg(pool, r, nips, staffOf), p2, REGION, permohonan(REGION), requester(REGION),
      { caseId: 'scale-template', deadlines: { remindEveryMs: 2 * 86400e3, expireAfterMs: 7 * 86400e3, acknowledgeWithinMs: 14 * 86400e3 }, related: {} });
    const template: CaseView = { caseId: '', procedure: planned.procedure, region: REGION, status: 'awaiting-decision', judul: planned.judul, pemohon: planned.pemohon, subject: planned.subject, tasks: [], timeline: [], documents: [], startedAt: '2026-01-01T00:00:00.000Z', version: 3 } as CaseView;
    const rows: object[] = [];
    let seeded = 0;
    for (const size of SIZES) {
      const t0 = performance.now();
      await seed(pool, template, seeded, size);
      console.log(`[bench:scale] seeded ${size.toLocaleString('en')} cases, ${(size * TASKS_PER_CASE).toLocaleString('en')} tasks (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
      seeded = size;
      await measureCases(pool, planned); // warm-up: caches and plans at this size
      const perCase = await measureCases(pool, planned);
      const firstPage: number[] = [];
      const counted: number[] = [];
      let page = await inbox(pool, HEAVY, { regions: [REGION], limit: 50 });
      for (let i = 0; i < 100; i++) await timed(firstPage, async () => (page = await inbox(pool, HEAVY, { regions: [REGION], limit: 50 })));
      for (let i = 0; i < 20; i++) await timed(counted, () => countedPerRequest(pool));
      if (page.counts.open !== size || page.tasks.length !== 50) throw new Error(`inbox of ${HEAVY}: ${page.counts.open} open, ${page.tasks.length} on the first page; expected ${size} and 50`);
      console.log(`  ${size.toLocaleString('en').padStart(9)} cases, ${(size * TASKS_PER_CASE).toLocaleString('en').padStart(10)} tasks:` +
        `  one case's database work ${fmt(perCase)}   inbox first page (${size.toLocaleString('en')} open) ${fmt(firstPage)}   counting per request (before 019) ${fmt(counted)}`);
      rows.push({ cases: size, tasks: size * TASKS_PER_CASE, openForOne: size, caseMs: { p50: pct(perCase, 50), p95: pct(perCase, 95) }, inboxFirstPageMs: { p50: pct(firstPage, 50), p95: pct(firstPage, 95) }, countedPerRequestMs: { p50: pct(counted, 50), p95: pct(counted, 95) } });
    }
    console.log(JSON.stringify({ bench: 'scale', measuredCases: MEASURED, concurrency: CONCURRENCY, at: new Date().toISOString(), sizes: rows }));
  } finally {
    await pool.end();
  }
}

main().catch((e) => {
  console.error('[bench:scale]', e);
  process.exitCode = 1;
});
