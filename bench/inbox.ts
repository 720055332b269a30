// `npm run bench:inbox`: the inbox of an official with many open tasks (default 5,000), through the
// REST API of a running service (`npm start`). Seeds that many case projections for one synthetic
// official straight into its database, times the first page and a walk through every page, prints
// the figures, and removes what it seeded.
//   npm run bench:inbox -- --tasks 5000
//   env: BENCH_URL (http://127.0.0.1:3000), BENCH_API_KEY, DATABASE_URL (the service's)
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createPool } from '../db/pool';
import { saveCase } from '../db/cases';
import type { CaseView } from '../domain/kasus';

const { values } = parseArgs({ options: { tasks: { type: 'string' } } });
const TASKS = Number(values.tasks ?? 5000);
const BASE_URL = (process.env.BENCH_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
const API_KEY = process.env.BENCH_API_KEY ?? 'demo-eoffice-key';
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sistem_kerja';
const NIP = '196001011990011999'; // nobody in the demo data
const RUN = randomUUID().slice(0, 8);

const official = { nip: NIP, nama: 'Pejabat Beban Tinggi', jabatan: 'Kepala Bidang Uji Beban' };

/** A full-sized P2 view: the inbox must not carry it. */
function view(i: number): CaseView {
  const openedAt = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  return {
    caseId: `bench-inbox-${RUN}-${i}`, procedure: 'penunjukan-lintas-unit', region: 'banjar', status: 'awaiting-decision',
    judul: `Permohonan pelibatan Bidang Uji ${i} oleh Bidang Perencanaan: penyusunan dashboard data perencanaan pembangunan daerah`,
    pemohon: { nip: '197201011997031204', nama: 'Dr. Hendra Gunawan, S.E., M.Si.', jabatan: 'Kepala Badan Perencanaan Pembangunan Daerah' },
    subject: { permohonan: { maksud: 'penyusunan dashboard data perencanaan pembangunan daerah', kompetensi: ['analisis data', 'pengembangan aplikasi web'], target: 'dashboard', jangkaWaktu: { mulai: '2027-01-04', selesai: '2027-03-31' } } },
    tasks: [{
      id: 'keputusan-ppk', kind: 'keputusan', title: 'Keputusan PPK tujuan atas Surat Permohonan Pelibatan', role: 'Pejabat Penilai Kinerja tujuan',
      citation: 'banjar lampiran II.B.1.b.2', assignee: official, status: 'open', openedAt, dueAt: new Date(Date.parse(openedAt) + 7 * 86400e3).toISOString(), remindersSent: 0,
      candidates: Array.from({ length: 10 }, (_, k) => ({ nip: `19900101201501100${k}`, nama: `Calon ${k}`, jabatan: 'Pranata Komputer Ahli Pertama, Dinas Komunikasi dan Informatika', golongan: 'III/b', pendidikan: 'S1', unit: 'KOMINFO-APTIKA' })),
    }],
    timeline: Array.from({ length: 6 }, () => ({ at: openedAt, action: 'pengingat', role: 'sistem', citation: 'banjar lampiran II.B.1.b.2', notes: `to ${NIP}` })),
    documents: [], startedAt: openedAt, version: 1,
  };
}

async function get(path: string) {
  const t0 = performance.now();
  const res = await fetch(`${BASE_URL}${path}`, { headers: { authorization: `Bearer ${API_KEY}`, 'x-acting-official': NIP } });
  const text = await res.text();
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${text}`);
  return { ms: performance.now() - t0, bytes: Buffer.byteLength(text), body: JSON.parse(text) };
}

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const pool = createPool({ connectionString: DATABASE_URL, max: 8 }, { warn: ({ err }, message) => console.warn(`[bench] ${message}: ${err.message}`) });
  try {
    console.log(`[bench] seeding ${TASKS} open tasks for ${NIP}`);
    for (let i = 0; i < TASKS; i += 8) await Promise.all(Array.from({ length: Math.min(8, TASKS - i) }, (_, k) => saveCase(pool, view(i + k))));
    await get('/api/v1/inbox'); // warm-up
    const first: number[] = [];
    let page = await get('/api/v1/inbox');
    for (let i = 0; i < 20; i++) first.push((page = await get('/api/v1/inbox')).ms);
    const t0 = performance.now();
    let seen = 0, pages = 0, bytes = 0;
    for (let after: string | undefined = ''; after !== undefined; pages++) {
      const r = await get(`/api/v1/inbox?limit=200${after ? `&after=${after}` : ''}`);
      seen += r.body.tasks.length;
      bytes += r.bytes;
      after = r.body.nextAfter;
    }
    const walk = performance.now() - t0;
    if (seen !== TASKS || page.body.counts.open !== TASKS) throw new Error(`saw ${seen} tasks, counts ${page.body.counts.open}; expected ${TASKS}`);
    console.log(`inbox of an official with ${TASKS} open tasks`);
    console.log(`  first page (50 items, counts):   p50 ${p50(first).toFixed(1)} ms over 20 requests, ${(page.bytes / 1024).toFixed(1)} KiB`);
    console.log(`  every page (limit 200):          ${pages} pages, ${walk.toFixed(0)} ms in all, ${(bytes / 1024 / 1024).toFixed(2)} MiB in all`);
    console.log(JSON.stringify({ bench: 'inbox', tasks: TASKS, firstPage: { p50Ms: Math.round(p50(first) * 10) / 10, bytes: page.bytes }, walk: { pages, ms: Math.round(walk), bytes } }));
  } finally {
    await pool.query("DELETE FROM cases WHERE case_id LIKE $1", [`bench-inbox-${RUN}-%`]);
    await pool.end();
  }
}

main().catch((e) => {
  console.error('[bench]', e);
  process.exitCode = 1;
});
