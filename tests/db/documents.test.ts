// Numbering in one statement against PostgreSQL: gapless under concurrent issues, a retried issue
// gets the document it issued (no number taken twice), and a decree of the kepala daerah names the
// one in office.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getDocument, getIssuedFile, issueDocument, storeIssuedFile, type IssueRequest } from '../../db/documents';
import type { ResolvedDocument } from '../../domain/kasus';
import { fixIssuedFile, issuedFile } from '../../documents/berkas';
import { testPenerbitan } from '../support/penerbitan';
import { createTestDatabase, type TestDatabase } from '../support/database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

const signatory = { nip: '197408231999031202', nama: 'Kepala Dinas', jabatan: 'Kepala Dinas Komunikasi dan Informatika', golongan: 'IV/b' as const };
const document = (over: Partial<ResolvedDocument> = {}): ResolvedDocument => ({
  kind: 'surat-tugas', title: 'SURAT TUGAS', nomorTemplate: '800/{n}/SPT/{kodeUnit}/{yyyy}', nomorCitation: 'uji', citation: 'uji', signatory,
  issuingUnit: { kode: 'KOMINFO-APTIKA', nama: 'Bidang Aptika', kodeSurat: 'APTIKA', kodePd: 'KOMINFO', namaPd: 'Dinas Kominfo', alamat: 'Jl. Uji' },
  tembusan: [], penutup: 'Demikian.', isi: { dasar: ['uji'], untuk: ['{pegawai}'] }, ...over,
});
const request = (id: string, doc = document()): IssueRequest => ({
  id, caseId: id, region: 'banjar', document: doc, issuedAt: '2027-01-04T02:00:00.000Z',
  kop: { pemerintah: 'PEMERINTAH KABUPATEN BANJAR', tempat: 'Martapura', zonaWaktu: 'Asia/Makassar' },
  employee: { nip: '199003152015021206', nama: 'Pegawai Uji', jabatan: 'Pranata Komputer', golongan: 'III/b', pendidikan: 'S1', unit: 'KOMINFO-APTIKA' },
});

it('numbers 12 concurrent issues 1..12 without a gap, and a retried issue answers its own document', async () => {
  const issued = await Promise.all(Array.from({ length: 12 }, (_, i) => issueDocument(db.pool, request(`doc-${i}`))));
  const refs = issued.map((d) => d.ref);
  expect(refs.map((r) => r.nomor).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `800/${i + 1}/SPT/APTIKA/2027`).sort());
  const again = await Promise.all(refs.map((r) => issueDocument(db.pool, request(r.id))));
  expect(again).toEqual(issued);
  // Each answers its data as stored, number in it: what its file is rendered from without reading it back.
  for (const d of issued) expect(d.data).toEqual(await getDocument(db.pool, d.ref.id));
  expect(issued[0].data.nomor).toBe(refs[0].nomor);
  const { rows } = await db.pool.query("SELECT last FROM document_sequences WHERE region = 'banjar' AND unit = 'KOMINFO-APTIKA' AND kind = 'surat-tugas'");
  expect(rows[0].last).toBe(12);
  const { rows: data } = await db.pool.query("SELECT data->>'nomor' AS nomor FROM documents WHERE id = 'doc-0'");
  expect(data[0].nomor).toBe(refs[0].nomor);
});

it('a decree of the kepala daerah names the one in office when it is issued, and none where none is on record', async () => {
  const decree = document({ kind: 'keputusan', title: 'KEPUTUSAN BUPATI', penetap: { jabatan: 'Bupati Banjar', citation: 'uji' } });
  const { ref: unnamed } = await issueDocument(db.pool, request('decree-0', decree));
  await db.pool.query("INSERT INTO kepala_daerah (region, nama) VALUES ('banjar', 'H. Bupati Uji')");
  const { ref: named, data } = await issueDocument(db.pool, request('decree-1', decree));
  const { rows } = await db.pool.query("SELECT id, data->'penandatangan' AS p FROM documents WHERE id LIKE 'decree-%' ORDER BY id");
  expect(rows.map((r) => r.p)).toEqual([{ jabatan: 'Bupati Banjar' }, { jabatan: 'Bupati Banjar', nama: 'H. Bupati Uji' }]);
  expect([unnamed.nomor, named.nomor]).toEqual(['800/1/SPT/APTIKA/2027', '800/2/SPT/APTIKA/2027']);
  expect(data.penandatangan).toEqual({ jabatan: 'Bupati Banjar', nama: 'H. Bupati Uji' });
});

it('keeps the first file stored for a document: the first store answers its own, a later one the stored one', async () => {
  const { ref } = await issueDocument(db.pool, request('file-0'));
  const file = (kode: string) => ({ documentId: ref.id, kode, pdf: Buffer.from(`%PDF-${kode}`), sha256: kode.repeat(64).slice(0, 64) });
  expect(await storeIssuedFile(db.pool, file('a'))).toEqual(file('a'));
  expect(await storeIssuedFile(db.pool, file('b'))).toEqual(file('a'));
  expect(await getIssuedFile(db.pool, ref.id)).toEqual(file('a'));
});

it('fixes a just-numbered document\'s file once: fixed again meanwhile, the first stays; a read answers it without rendering', async () => {
  const { data } = await issueDocument(db.pool, request('file-1'));
  const first = await fixIssuedFile(db.pool, testPenerbitan(), data);
  expect(first.pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const again = await fixIssuedFile(db.pool, testPenerbitan(), data); // rendered anew (a new code), not kept
  expect(again).toEqual(first);
  expect(await issuedFile(db.pool, testPenerbitan(), data)).toEqual(first);
});
