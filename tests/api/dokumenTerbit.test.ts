// Issued documents an outsider can check, through the public API on the real Temporal dev server and
// PostgreSQL: a Banjar team (P6) whose linked P2 case issues a Surat Tugas, its Keputusan Sekretaris
// Daerah, and a change issued as a new numbered decree. Every PDF is signed (poppler's pdfsig validates
// it), listed in the register (buku agenda surat keluar) with its SHA-256, and has a public page that
// says whether an uploaded file is the issued one — through the API and in the system Chromium.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { requester } from '../../demo/permohonan';
import type { CaseView, DocumentRef } from '../../domain/kasus';
import { DEMO_SIGNER } from '../../documents/tandaTangan';
import { MAX_UPLOAD } from '../../api/routes/verifikasi';
import { api } from '../support/api';
import { loadDemoData } from '../support/cases';
import { TEST_BASE_URL } from '../support/penerbitan';
import { AUTH, BANJAR_AUTH, PATI_AUTH, startStack, type Stack } from '../support/stack';
import { teamThroughApi } from '../support/tim';

const TMP = mkdtempSync(join(tmpdir(), 'dokumen-terbit-'));
/** Where the page images checked by eye are written (docs/ with WRITE_DOCS=1, as when they were committed). */
const IMAGES = process.env.WRITE_DOCS ? join(__dirname, '..', '..', 'docs') : TMP;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let s: Stack;
/** The team case, its decree as first issued and as amended, and the linked case's Surat Tugas. */
let team: CaseView;
let decree: DocumentRef;
let amended: DocumentRef;
let suratTugas: DocumentRef;

const get = (url: string, headers: Record<string, string> = AUTH) => s.app.inject({ method: 'GET', url, headers });
const pdfOf = async (id: string) => {
  const r = await get(`/api/v1/documents/${id}`);
  expect(r.statusCode).toBe(200);
  return r.rawPayload;
};
const kodeOf = async (id: string) => {
  const row = (await get('/api/v1/documents?region=banjar&limit=200')).json().documents.find((d: { id: string }) => d.id === id);
  return row.verificationUrl.slice(`${TEST_BASE_URL}/v/`.length) as string;
};
/** A multipart form with one file, as a browser sends it. */
function upload(kode: string, file: Buffer, accept = 'application/json') {
  const boundary = '----sistemkerja';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="berkas"; filename="surat.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return s.app.inject({ method: 'POST', url: `/v/${kode}`, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, accept }, payload });
}

beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool);
  const client = api(s);
  const caseId = await teamThroughApi(s, 'banjar');
  const p = demoPeople('banjar');
  const change = { jenis: 'tambah', baru: { nip: p.statistisi, tugas: 'mengolah dan memvalidasi data' }, alasan: 'beban kerja bertambah' };
  expect((await client.act(caseId, 'actions/ubah-tim', requester('banjar'), change)).statusCode).toBe(200);
  const sign = await client.until(caseId, (x) => x.tasks.some((t) => t.id === 'penandatanganan-perubahan-1' && t.status === 'open'));
  const signer = sign.tasks.find((t) => t.id === 'penandatanganan-perubahan-1')!.assignee.nip;
  expect((await client.act(caseId, 'tasks/penandatanganan-perubahan-1/complete', signer, { isi: 'ditandatangani' })).statusCode).toBe(200);
  team = await client.until(caseId, (x) => x.documents.length === 2);
  [decree, amended] = team.documents;
  const linked = await client.getCase(`${caseId}-anggota-1`);
  suratTugas = linked.documents.find((d) => d.kind === 'surat-tugas')!;
  expect(suratTugas).toBeDefined();
}, 120_000);
afterAll(async () => s?.close());

describe('signed PDFs (PAdES)', () => {
  it('the file is fixed at issue, by the worker (just after its activity answers), before anyone reads it', async () => {
    const fixed = async () => (await s.db.pool.query('SELECT document_id FROM document_files WHERE document_id = ANY($1) ORDER BY document_id', [[suratTugas.id, decree.id, amended.id]])).rows.map((r) => r.document_id);
    for (let i = 0; i < 100 && (await fixed()).length < 3; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await fixed()).toEqual([suratTugas.id, decree.id, amended.id].sort());
  });

  it.each([['Surat Tugas', () => suratTugas], ['Keputusan Sekretaris Daerah', () => decree]])('pdfsig finds a valid signature on the %s, by the demo certificate', async (_, doc) => {
    const pdf = await pdfOf(doc().id);
    const file = join(TMP, `${doc().id}.pdf`);
    writeFileSync(file, pdf);
    const out = execFileSync('pdfsig', [file], { encoding: 'utf8' });
    expect(out).toContain('Signature Validation: Signature is Valid.');
    expect(out).toContain(`Signer Certificate Common Name: ${DEMO_SIGNER}`);
    expect(out).toContain('Signature Type: ETSI.CAdES.detached');
    expect(out).toContain('Total document signed');
    // The QR code and the short URL stand beside the signature.
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain(`${TEST_BASE_URL}/v/${await kodeOf(doc().id)}`);
  });

  it('the issued file is fixed: every read serves the same bytes, whose hash the response names', async () => {
    const first = await get(`/api/v1/documents/${decree.id}`);
    const again = await get(`/api/v1/documents/${decree.id}`);
    expect(Buffer.compare(first.rawPayload, again.rawPayload)).toBe(0);
    expect(first.headers['x-sha256']).toBe(sha256(first.rawPayload));
  });

  it('an edited signed file no longer validates', async () => {
    const pdf = Buffer.from(await pdfOf(suratTugas.id));
    // A byte of the signed content changed (inside the first signed range, after the header).
    const at = pdf.indexOf('SURAT TUGAS');
    expect(at).toBeGreaterThan(0);
    pdf[at] = 'X'.charCodeAt(0);
    const file = join(TMP, 'edited.pdf');
    writeFileSync(file, pdf);
    let out = '';
    try {
      out = execFileSync('pdfsig', [file], { encoding: 'utf8' });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout);
    }
    expect(out).not.toContain('Signature is Valid.');
  });
});

describe('the register of letters (buku agenda surat keluar)', () => {
  it('lists every issued document in the order of issue with number, date, kind, signer, case and the hash of the served file; no gaps', async () => {
    const r = (await get('/api/v1/documents?region=banjar')).json();
    const ids = r.documents.map((d: { id: string }) => d.id);
    expect(ids).toEqual(expect.arrayContaining([suratTugas.id, decree.id, amended.id]));
    expect(ids.indexOf(decree.id)).toBeLessThan(ids.indexOf(amended.id));
    const row = r.documents.find((d: { id: string }) => d.id === amended.id);
    // The linked P2 case's own Keputusan Sekretaris Daerah came first in the sequence; the amendment last.
    expect(row).toMatchObject({ nomor: amended.nomor, kind: 'keputusan-sekda', caseId: team.caseId, region: 'banjar', seq: 3, penandatangan: { jabatan: expect.stringMatching(/Sekretaris Daerah/i) } });
    expect(row.sha256).toBe(sha256(await pdfOf(amended.id)));
    expect(r.gaps).toEqual([]);
    const times = r.documents.map((d: { issuedAt: string }) => d.issuedAt);
    expect([...times].sort()).toEqual(times);
  });

  it('filters by unit, year and kind, and pages by keyset', async () => {
    const year = new Date(decree.issuedAt).getUTCFullYear();
    const decrees = (await get(`/api/v1/documents?region=banjar&kind=keputusan-sekda&year=${year}`)).json();
    expect(decrees.documents.map((d: { id: string }) => d.id)).toEqual([`${team.caseId}-anggota-1.keputusan-sekda`, decree.id, amended.id]);
    expect(decrees.documents.map((d: { seq: number }) => d.seq)).toEqual([1, 2, 3]);
    const unit = decrees.documents[0].unit;
    expect((await get(`/api/v1/documents?region=banjar&unit=${unit}&kind=surat-tugas`)).json().documents).toEqual([]);
    expect((await get(`/api/v1/documents?region=banjar&year=${year + 1}`)).json().documents).toEqual([]);
    const all = (await get('/api/v1/documents?region=banjar')).json().documents.map((d: { id: string }) => d.id);
    const walked: string[] = [];
    for (let after = ''; ;) {
      const page = (await get(`/api/v1/documents?region=banjar&limit=1${after && `&after=${after}`}`)).json();
      walked.push(...page.documents.map((d: { id: string }) => d.id));
      if (!page.nextAfter) break;
      after = page.nextAfter;
    }
    expect(walked).toEqual(all);
    const bad = await get('/api/v1/documents?region=banjar&after=not-a-cursor');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INVALID_CURSOR');
  });

  it('exports CSV (Accept: text/csv or format=csv), every field quoted', async () => {
    for (const r of [await get('/api/v1/documents?region=banjar', { ...AUTH, accept: 'text/csv' }), await get('/api/v1/documents?region=banjar&format=csv')]) {
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toMatch(/^text\/csv/);
      const lines = r.body.trim().split('\r\n');
      expect(lines[0]).toBe('"nomor","tanggal","jenis","judul","wilayah","unit","tahun","urut","penandatangan","nip_penandatangan","jabatan_penandatangan","perkara","sha256","verifikasi","keterangan"');
      const line = lines.find((l) => l.startsWith(`"${amended.nomor}"`))!;
      expect(line).toContain(`"${sha256(await pdfOf(amended.id))}"`);
      expect(line).toContain(`"${team.caseId}"`);
      expect(lines).toHaveLength(1 + (await get('/api/v1/documents?region=banjar&limit=200')).json().documents.length);
    }
  });

  it('a key scoped to another region reads none of it (403 when it names the region)', async () => {
    expect((await get('/api/v1/documents?region=banjar', PATI_AUTH)).statusCode).toBe(403);
    expect((await get('/api/v1/documents', PATI_AUTH)).json().documents).toEqual([]);
    expect((await get('/api/v1/documents', BANJAR_AUTH)).json().documents.length).toBeGreaterThan(2);
    expect((await get('/api/v1/documents', {})).statusCode).toBe(401);
  });
});

describe('the public verification page (/v/{kode})', () => {
  it('needs no key and shows number, date, kind, signer, issuing unit, status and hash; an amended decree reads as replaced', async () => {
    const [kodeDecree, kodeAmended] = [await kodeOf(decree.id), await kodeOf(amended.id)];
    expect(kodeDecree).toMatch(/^[0-9a-z]{12}$/);
    const first = (await s.app.inject({ method: 'GET', url: `/v/${kodeDecree}`, headers: { accept: 'application/json' } })).json();
    expect(first).toMatchObject({
      nomor: decree.nomor, jenis: 'KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BANJAR', status: 'diganti',
      digantiDengan: { nomor: amended.nomor }, sha256: sha256(await pdfOf(decree.id)), pemerintah: 'PEMERINTAH KABUPATEN BANJAR',
    });
    const second = (await s.app.inject({ method: 'GET', url: `/v/${kodeAmended}`, headers: { accept: 'application/json' } })).json();
    expect(second).toMatchObject({ nomor: amended.nomor, status: 'berlaku' });
    expect(second.digantiDengan).toBeUndefined();
    const html = await s.app.inject({ method: 'GET', url: `/v/${kodeDecree}` });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.headers['content-security-policy']).toContain("default-src 'none'");
    expect(html.body).toContain('<html lang="id">');
    expect(html.body).toContain(`Telah diubah dan diganti dengan KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BANJAR Nomor ${amended.nomor}`);
    expect(html.body).toContain('<label for="berkas">');
  });

  it('an uploaded PDF: the issued file is genuine, an edited one is not, one too large is refused', async () => {
    const kode = await kodeOf(suratTugas.id);
    const issued = await pdfOf(suratTugas.id);
    expect((await upload(kode, issued)).json()).toMatchObject({ asli: true, sha256Unggahan: sha256(issued), nomor: suratTugas.nomor });
    const edited = Buffer.concat([issued, Buffer.from('\n% edited\n')]);
    expect((await upload(kode, edited)).json()).toMatchObject({ asli: false, sha256Unggahan: sha256(edited) });
    // Another issued document is not this one.
    expect((await upload(kode, await pdfOf(decree.id))).json().asli).toBe(false);
    const page = await upload(kode, edited, 'text/html');
    expect(page.body).toContain('TIDAK SAMA');
    const big = await upload(kode, Buffer.alloc(MAX_UPLOAD + 1));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('UPLOAD_TOO_LARGE');
  });

  it('an unknown or malformed code is a 404 page, and what the page shows is escaped', async () => {
    for (const kode of ['0000000000zz', '<script>alert(1)</script>']) {
      const r = await s.app.inject({ method: 'GET', url: `/v/${encodeURIComponent(kode)}` });
      expect(r.statusCode).toBe(404);
      expect(r.body).toContain('Kode verifikasi tidak dikenal');
      expect(r.body).not.toContain('<script>');
    }
    const json = await s.app.inject({ method: 'GET', url: '/v/0000000000zz', headers: { accept: 'application/json' } });
    expect(json.json()).toMatchObject({ error: { code: 'DOCUMENT_NOT_FOUND' } });
  });

  it('in the system Chromium: the page reads right, is accessible, and an upload through its form is told genuine or not', async () => {
    const kode = await kodeOf(suratTugas.id);
    const issuedFile = join(TMP, 'surat-tugas.pdf');
    writeFileSync(issuedFile, await pdfOf(suratTugas.id));
    const editedFile = join(TMP, 'surat-tugas-diubah.pdf');
    writeFileSync(editedFile, Buffer.concat([readFileSync(issuedFile), Buffer.from('\n% diubah\n')]));
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = s.app.server.address() as AddressInfo;
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      // A context of its own, as axe-core needs to run in the page's frames.
      const page = await (await browser.newContext({ viewport: { width: 900, height: 900 } })).newPage();
      await page.goto(`http://127.0.0.1:${port}/v/${kode}`);
      await expect(page.title()).resolves.toBe(`Verifikasi SURAT TUGAS Nomor ${suratTugas.nomor}`);
      await expect(page.getByRole('status').first().textContent()).resolves.toBe('Status: Berlaku');
      const body = await page.locator('main').innerText();
      expect(body).toContain(suratTugas.nomor);
      expect(body).toContain(sha256(readFileSync(issuedFile)));
      // The file input is found by its label, as a screen reader names it.
      await page.getByLabel(/Periksa berkas PDF/).setInputFiles(issuedFile);
      await page.getByRole('button', { name: 'Periksa keaslian' }).click();
      await page.waitForURL(`**/v/${kode}`);
      await expect(page.locator('.asli').textContent()).resolves.toContain('ASLI');
      // No accessibility violation axe-core knows of (labels, contrast, language, landmarks).
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await page.screenshot({ path: join(IMAGES, 'verifikasi-surat-tugas.png'), fullPage: true });
      await page.getByLabel(/Periksa berkas PDF/).setInputFiles(editedFile);
      await page.getByRole('button', { name: 'Periksa keaslian' }).click();
      await expect(page.locator('.tidak-asli').textContent()).resolves.toContain('TIDAK SAMA');
    } finally {
      await browser.close();
    }
    // The QR block of the Surat Tugas, as a page image to check by eye.
    execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', '-singlefile', issuedFile, join(IMAGES, 'surat-tugas-qr-banjar')]);
  }, 60_000);
});

describe('documents issued before files were kept', () => {
  it('get their file fixed on first read, then served the same on every read', async () => {
    // The linked P2 case's Keputusan Sekretaris Daerah, its file removed as if issued before files were kept.
    const issued = `${team.caseId}-anggota-1.keputusan-sekda`;
    await s.db.pool.query('DELETE FROM document_files WHERE document_id = $1', [issued]);
    const row = (await get('/api/v1/documents?region=banjar&limit=200')).json().documents.find((d: { id: string }) => d.id === issued);
    const pdf = await pdfOf(issued);
    expect(row.sha256).toBe(sha256(pdf));
    expect(Buffer.compare(await pdfOf(issued), pdf)).toBe(0);
    writeFileSync(join(TMP, 'lama.pdf'), pdf);
    expect(execFileSync('pdfsig', [join(TMP, 'lama.pdf')], { encoding: 'utf8' })).toContain('Signature is Valid.');
  });
});

describe('gaps in the register', () => {
  it('a number no document carries (a row removed by hand) is listed as a gap, in JSON and CSV', async () => {
    const year = new Date(decree.issuedAt).getUTCFullYear();
    const unit = (await get('/api/v1/documents?region=banjar&kind=keputusan-sekda')).json().documents[0].unit;
    // Numbering never skips; only an edit outside the service can make the sequence run ahead of its documents.
    await s.db.pool.query("UPDATE document_sequences SET last = last + 1 WHERE region = 'banjar' AND kind = 'keputusan-sekda'");
    const r = (await get('/api/v1/documents?region=banjar&kind=keputusan-sekda')).json();
    expect(r.gaps).toEqual([{ region: 'banjar', unit, year, kind: 'keputusan-sekda', seq: 4 }]);
    const csv = (await get('/api/v1/documents?region=banjar&kind=keputusan-sekda&format=csv')).body.trim().split('\r\n');
    expect(csv.at(-1)).toBe(`"","","keputusan-sekda","","banjar","${unit}","${year}","4","","","","","","","CELAH: nomor urut ini tidak tercatat pada dokumen mana pun"`);
  });
});
