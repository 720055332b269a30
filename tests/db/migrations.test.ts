// Upgrades keep what older code wrote: a P2 case projected before the one case shape (004) reads,
// after the migration, as every case does now — subject, judul, inbox role and citation.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getCase, inbox } from '../../db/cases';
import { migrate } from '../../db/migrate';
import { createTestDatabase, type TestDatabase } from '../support/database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ until: '003_case_listing.sql' });
});
afterAll(async () => db?.drop());

const kadis = '197408231999031202';
const task = {
  id: 'rekomendasi-puo', kind: 'rekomendasi', title: 'Rekomendasi PUO tujuan atas Surat Permohonan Pelibatan', role: 'Pimpinan Unit Organisasi tujuan',
  citation: 'banjar lampiran II.B.1.b.3', assignee: { nip: kadis, nama: 'Ir. Bambang Sutrisno, M.T.', jabatan: 'Kepala Dinas Komunikasi dan Informatika' },
  status: 'open', openedAt: '2026-11-20T01:00:00.000Z', dueAt: '2026-11-27T01:00:00.000Z', remindersSent: 0,
};
// The view as the P2 workflow wrote it before the kernel.
const legacyView = {
  caseId: 'banjar-p2-legacy', procedure: 'penunjukan-lintas-unit', region: 'banjar', status: 'awaiting-decision',
  pemohon: { nip: '197201011997031204', nama: 'Dr. Hendra Gunawan, S.E., M.Si.', jabatan: 'Kepala Badan Perencanaan Pembangunan Daerah' },
  unitPemilik: { kode: 'BAPPEDA-PEREN', nama: 'Bidang Perencanaan dan Pendanaan' },
  unitTujuan: { kode: 'KOMINFO-APTIKA', nama: 'Bidang Aplikasi Informatika' },
  permohonan: { unitPemilik: 'BAPPEDA-PEREN', unitTujuan: 'KOMINFO-APTIKA', maksud: 'penyusunan dashboard', kompetensi: ['analisis data'], target: 'dashboard', jangkaWaktu: { mulai: '2027-01-04', selesai: '2027-03-31' } },
  tasks: [task], timeline: [], documents: [], startedAt: '2026-11-20T01:00:00.000Z', version: 2,
};

it('004 moves a legacy P2 view under subject and gives its tasks their role and citation', async () => {
  await db.pool.query(
    `INSERT INTO cases (case_id, region, procedure, status, requester_nip, version, view, started_at) VALUES ($1, 'banjar', $2, $3, $4, 2, $5, $6)`,
    [legacyView.caseId, legacyView.procedure, legacyView.status, legacyView.pemohon.nip, legacyView, legacyView.startedAt],
  );
  await db.pool.query(
    `INSERT INTO tasks (case_id, task_id, region, assignee_nip, kind, title, status, opened_at, due_at, reminders_sent)
     VALUES ($1, $2, 'banjar', $3, $4, $5, 'open', $6, $7, 0)`,
    [legacyView.caseId, task.id, kadis, task.kind, task.title, task.openedAt, task.dueAt],
  );
  // A start's key as the code before 008 claimed it (read by the test after this one).
  await db.pool.query(
    `INSERT INTO idempotency_keys (client, key, request_hash, case_id, created_at) VALUES ('banjar-eoffice', 'legacy-0001', 'abc', $1, now() - interval '1 hour')`,
    [legacyView.caseId],
  );
  // The pending ones in order, from 004 (later migrations follow them).
  expect((await migrate(db.pool)).slice(0, 5)).toEqual(['004_one_case_shape.sql', '005_penugasan.sql', '006_case_regions.sql', '007_kepala_daerah.sql', '008_idempotency_requests.sql']);

  const view = (await getCase(db.pool, legacyView.caseId))! as unknown as Record<string, unknown>;
  expect(view).not.toHaveProperty('permohonan');
  expect(view).toMatchObject({
    judul: 'Permohonan pelibatan Bidang Aplikasi Informatika oleh Bidang Perencanaan dan Pendanaan: penyusunan dashboard',
    subject: { permohonan: legacyView.permohonan, unitPemilik: legacyView.unitPemilik, unitTujuan: legacyView.unitTujuan },
  });
  // 005: a case of one region involves that region only.
  expect((await db.pool.query('SELECT regions FROM cases WHERE case_id = $1', [legacyView.caseId])).rows[0].regions).toEqual(['banjar']);
  const box = await inbox(db.pool, kadis, { limit: 10 });
  expect(box.tasks).toEqual([expect.objectContaining({ taskId: task.id, role: task.role, citation: task.citation, case: expect.objectContaining({ judul: view.judul }) })]);
});

it('008 binds a key claimed before it to the start it came with, expiring a day after its claim', async () => {
  const { rows } = await db.pool.query(
    `SELECT operation, case_id, body_hash, response_status, extract(epoch FROM expires_at - created_at)::int AS ttl FROM idempotency_keys WHERE key = 'legacy-0001'`,
  );
  expect(rows).toEqual([{ operation: 'POST /api/v1/cases', case_id: legacyView.caseId, body_hash: 'abc', response_status: null, ttl: 86400 }]);
});

it('031 stores a case\'s view with lz4 from then on; a view stored with pglz before reads as it did', async () => {
  const before = await createTestDatabase({ until: '030_cases_by_requester.sql' });
  try {
    // Large enough to be compressed (over PostgreSQL's 2 kB threshold), as a case's view mostly is.
    const viewOf = (caseId: string) => ({ ...legacyView, caseId, timeline: Array.from({ length: 40 }, (_, i) => ({ at: legacyView.startedAt, action: 'dicatat', notes: `langkah ${i}` })) });
    const insert = (caseId: string) => before.pool.query(
      `INSERT INTO cases (case_id, region, procedure, status, requester_nip, version, view, summary, regions, started_at) VALUES ($1, 'banjar', $2, $3, $4, 2, $5, '{}', '{banjar}', $6)`,
      [caseId, legacyView.procedure, legacyView.status, legacyView.pemohon.nip, viewOf(caseId), legacyView.startedAt],
    );
    await insert('banjar-p2-pglz');
    expect(await migrate(before.pool)).toEqual(['031_lz4_compression.sql']);
    await insert('banjar-p2-lz4');
    const { rows } = await before.pool.query(`SELECT case_id, pg_column_compression(view) AS method, view FROM cases ORDER BY case_id`);
    expect(rows).toEqual([
      { case_id: 'banjar-p2-lz4', method: 'lz4', view: viewOf('banjar-p2-lz4') },
      { case_id: 'banjar-p2-pglz', method: 'pglz', view: viewOf('banjar-p2-pglz') },
    ]);
  } finally {
    await before.drop();
  }
});
