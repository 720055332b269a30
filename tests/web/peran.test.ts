// The web app for those who act for another and those who only read, and for answers that are lists, in
// the system Chromium against the real stack (each official signs in through the demo OpenID provider's
// own login page): a Plh finds the holder's task marked and decides it; an auditor of the region reads
// a case, its Temporal history, verifies it by replay and downloads its export, offered no act; the P6
// team's members and the P3 answer's employees are repeated rows added and removed in the form.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { penunjukanLintasInstansi } from '../../demo/penunjukanLintasInstansi';
import { permohonan, requester } from '../../demo/permohonan';
import type { CaseView } from '../../domain/kasus';
import { keyedApi, taskOpen } from '../support/api';
import { AUTH, BANJAR_AUTH, PATI_AUTH, type Stack } from '../support/stack';
import type { TestIdentity } from '../support/identity';
import { accessible, DESKTOP, PHONE, startWebApp, untilShown, type WebApp } from '../support/web';

const IMAGES = process.env.WRITE_DOCS ? join(__dirname, '..', '..', 'docs') : mkdtempSync(join(tmpdir(), 'web-app-peran-'));
const P = demoPeople('banjar');
const PATI = demoPeople('pati');

let w: WebApp;
let s: Stack;
let idp: TestIdentity;
let base: string;
const keyed = keyedApi(() => s);
const signedIn = (nip: string, viewport = DESKTOP) => w.signedIn(nip, viewport);

beforeAll(async () => {
  w = await startWebApp();
  ({ s, idp, base } = w);
});
afterAll(() => w?.close());

const caseOf = async (caseId: string): Promise<CaseView> => (await s.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: AUTH })).json();

describe('a Plh, and an auditor of the region', () => {
  let caseId = '';
  let caseUrl = '';

  it('a Plh sees the holder\'s task marked in the inbox and on the case, and decides it as Plh', async () => {
    // The Sekretaris Daerah, signed in, makes the Kepala Dinas Kesehatan Plh of the Kepala Dinas Kominfo (UU 30/2014 Pasal 14).
    const made = await s.app.inject({
      method: 'POST', url: '/api/v1/delegations', headers: await idp.bearer(P.sekda),
      payload: { region: 'banjar', jabatan: 'KADIS-KOMINFO', delegasi: P.kadisKesehatan, jenis: 'Plh', mulai: new Date().toISOString(), sampai: new Date(Date.now() + 86400e3).toISOString(), dasar: { nomor: '800/7/SETDA/2026', tanggal: '2026-12-01' } },
    });
    expect(made.statusCode, made.body).toBe(201);
    const started = await keyed.start(AUTH, requester('banjar'), { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') });
    expect(started.statusCode, started.body).toBe(201);
    caseId = started.json().caseId;
    caseUrl = `${base}/app/kasus/${caseId}`;
    const c = await keyed.until(AUTH, caseId, (v) => v.tasks?.some((t) => t.id === 'rekomendasi-puo' && t.status === 'open' && t.assignee.nip === P.kadisKesehatan));
    const holder = c.tasks.find((t) => t.id === 'rekomendasi-puo')!.delegasi!.pemegang;

    const page = await signedIn(P.kadisKesehatan);
    const card = page.locator('.tugas li', { hasText: 'Rekomendasi' }).first();
    await expect(card.locator('.lencana', { hasText: /^Plh$/ }).count()).resolves.toBe(1);
    await expect(card.locator('.delegasi').innerText()).resolves.toBe(`Plh. ${holder.jabatan} (atas nama ${holder.nama}) — Surat Perintah Nomor 800/7/SETDA/2026 tanggal 2026-12-01`);
    await accessible(page);
    await page.screenshot({ path: join(IMAGES, 'app-plh-kotak-masuk-desktop.png'), fullPage: true });
    await card.getByRole('link').click();
    await page.waitForURL(caseUrl);
    await expect(page.locator('#putuskan-rekomendasi-puo-delegasi').innerText()).resolves.toContain(`Anda bertindak sebagai Plh. ${holder.jabatan} (atas nama ${holder.nama})`);
    await expect(page.locator('.menunggu').innerText()).resolves.toContain(`atas nama ${holder.nama}`);
    await accessible(page);
    await page.screenshot({ path: join(IMAGES, 'app-plh-kasus-desktop.png'), fullPage: true });
    await page.getByLabel('Rekomendasikan', { exact: true }).check();
    await page.getByRole('button', { name: 'Kirim keputusan' }).click();
    await page.waitForURL(caseUrl);
    await expect(page.getByRole('status').innerText()).resolves.toContain('Keputusan Anda tercatat');
    await untilShown(page, /Direkomendasikan/);
    // The alur says who acted, as Plh, for whom.
    const entry = await page.locator('.alur li', { hasText: 'Direkomendasikan' }).innerText();
    expect(entry).toContain(`Plh. ${holder.jabatan}`);
    expect(entry).toContain(`atas nama ${holder.nama}`);
    await page.context().close();
    const phone = await signedIn(P.kadisKesehatan, PHONE);
    await phone.screenshot({ path: join(IMAGES, 'app-plh-kotak-masuk-ponsel.png'), fullPage: true });
    await phone.context().close();
  }, 90_000);

  it('an auditor lists the region\'s cases, reads one with its history, offered no act; verifies it and downloads its export', async () => {
    const page = await signedIn(P.statistisi);
    await page.goto(`${base}/app/perkara`);
    await page.locator(`a[href="/app/kasus/${caseId}"]`).click();
    await page.waitForURL(caseUrl);
    // The case waits on the PPK: still no form of an act for the auditor.
    await expect(page.locator('.menunggu').innerText()).resolves.toContain('Kepala Bidang');
    await expect(page.locator('#judul-tindakan').count()).resolves.toBe(0);
    await expect(page.locator('form.tindakan').count()).resolves.toBe(0);
    // Every run, first to last, each its own list (this case has one): read through the API's ?run= when more.
    await expect(page.locator('#pemeriksaan h4').innerText()).resolves.toMatch(/^Putaran 1 dari 1 \(terakhir\): \d+ peristiwa/);
    const riwayat = await page.locator('.riwayat').innerText();
    expect(riwayat).toContain('Alur kerja dimulai: penunjukanLintasUnit');
    expect(riwayat).toMatch(new RegExp(`Pembaruan diterima: decide, langkah rekomendasi-puo, oleh NIP ${P.kadisKesehatan}`));
    await accessible(page);

    await page.getByRole('button', { name: 'Verifikasi riwayat' }).click();
    // The replay bundles this build's workflow code the first time: it takes a while.
    const hasil = page.locator('#hasil-verifikasi');
    await hasil.waitFor({ timeout: 120_000 });
    await expect(hasil.locator('h3').innerText()).resolves.toBe('Hasil verifikasi: terverifikasi');
    await expect(hasil.innerText()).resolves.toMatch(/Deterministik\s+ya/);
    await expect(hasil.innerText()).resolves.toMatch(/Dibandingkan dengan proyeksi\s+cocok/);
    await expect(hasil.innerText()).resolves.toContain('Tidak ada temuan.');
    await accessible(page);
    await page.screenshot({ path: join(IMAGES, 'app-pemeriksaan-desktop.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh ekspor (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe(`${caseId}.json`);
    const bundle = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(bundle).toMatchObject({ format: 'sistem-kerja/ekspor-kasus@1', caseId, source: 'temporal' });
    expect(bundle.runs[0].history.events.length).toBeGreaterThan(0);

    // A forged verification by an official who is no auditor is refused by the API's policy, with its article.
    const other = await signedIn(P.kadisKesehatan);
    await other.goto(caseUrl);
    await expect(other.locator('#judul-pemeriksaan').count()).resolves.toBe(0);
    const token = await other.locator('input[name=_csrf]').first().inputValue();
    const forged = await other.request.post(`${caseUrl}/verifikasi`, { form: { _csrf: token } });
    expect(forged.status()).toBe(403);
    expect(await forged.text()).toContain('UU 27/2022');
    await other.context().close();
    await page.context().close();

    const phone = await signedIn(P.statistisi, PHONE);
    await phone.goto(caseUrl);
    await phone.getByRole('button', { name: 'Verifikasi riwayat' }).click();
    await phone.locator('#hasil-verifikasi').waitFor({ timeout: 120_000 });
    await phone.screenshot({ path: join(IMAGES, 'app-pemeriksaan-ponsel.png'), fullPage: true });
    await phone.context().close();
  }, 240_000);
});

describe('lists as repeated rows', () => {
  it('the P6 start form: members are rows added and removed; a refusal shows beside the row\'s field', async () => {
    const page = await signedIn(requester('banjar'));
    await page.goto(`${base}/app/mulai/pembentukan-tim-kerja`);
    await expect(page.locator('label', { hasText: '(JSON)' }).count()).resolves.toBe(0); // no JSON box
    await page.getByLabel('Unit pemilik *').selectOption('BAPPEDA-PEREN');
    await page.getByLabel('Nama *').fill('Tim Satu Data Perencanaan');
    await page.getByLabel('Sasaran *').fill('Tersedianya data perencanaan pembangunan daerah yang terpadu');
    await page.getByLabel('Indikator kinerja *').fill('Jumlah dataset perencanaan yang terbit di portal Satu Data');
    await page.getByLabel('Target angka *').fill('12 dataset');
    await page.locator('#f-periode-mulai').fill('2027-01-04');
    await page.locator('#f-periode-selesai').fill('2027-06-30');
    await page.locator('#f-penanggungJawab-nip').selectOption(P.kabidPerencanaan);
    await page.locator('#f-penanggungJawab-tugas').fill('memberi arahan dan menerima laporan tim');
    await page.locator('#f-ketua-nip').selectOption(P.perencana);
    await page.locator('#f-ketua-tugas').fill('memimpin tim, membagi tugas dan melaporkan hasil');
    // A required list shows its first row; more are added, and one removed.
    await page.locator('#f-anggota-0-nip').selectOption(P.statistisi);
    await page.locator('#f-anggota-0-tugas').fill('mengolah dan memvalidasi data');
    await page.getByRole('button', { name: 'Tambah anggota', exact: true }).click();
    await page.locator('#f-anggota-1-nip').waitFor();
    // The new row's first field has the focus (htmx swapped the form in place).
    await expect(page.locator('#f-anggota-1-nip').evaluate((e) => e === e.ownerDocument.activeElement)).resolves.toBe(true);
    await page.locator('#f-anggota-1-nip').selectOption(P.pelaksanaPerencanaan);
    await page.locator('#f-anggota-1-tugas').fill('ab');
    await page.getByRole('button', { name: 'Tambah anggota', exact: true }).click();
    await page.locator('#f-anggota-2-nip').waitFor();
    await page.getByRole('button', { name: 'Hapus anggota 3' }).click();
    // Gone once htmx has swapped the form back in (the click answers before the swap).
    await page.locator('#f-anggota-2-nip').waitFor({ state: 'detached' });
    await expect(page.locator('#f-anggota-0-nip').inputValue()).resolves.toBe(P.statistisi); // kept through the changes
    await page.locator('#f-anggotaLintasUnit-0-unitTujuan').selectOption('KOMINFO-APTIKA');
    await page.locator('#f-anggotaLintasUnit-0-nip').selectOption(P.pranataKomputer1);
    await page.locator('#f-anggotaLintasUnit-0-tugas').fill('membangun dan memelihara portal Satu Data');
    await page.locator('#f-anggotaLintasUnit-0-kompetensi').fill('pengelolaan basis data\npengembangan aplikasi web');
    // A list inside a row: the alternates of the member asked from another unit.
    await page.getByRole('button', { name: 'Tambah pegawai' }).first().click();
    await page.locator('#f-anggotaLintasUnit-0-cadangan-0').selectOption(P.pranataKomputer2);
    await accessible(page);
    await page.getByRole('button', { name: 'Ajukan' }).click();
    // The second member's task is too short: refused by the API's schema, shown beside that row's field.
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Ada isian yang perlu diperbaiki');
    await expect(page.locator('#f-anggota-1-tugas').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#f-anggota-1-tugas-salah').innerText()).resolves.toBe('tidak boleh lebih pendek dari 3 karakter');
    await expect(page.locator('#f-anggota-0-tugas').getAttribute('aria-invalid')).resolves.toBeNull();
    await accessible(page);
    await page.screenshot({ path: join(IMAGES, 'app-formulir-tim-desktop.png'), fullPage: true });
    await page.locator('#f-anggota-1-tugas').fill('menyusun metadata dataset');
    await page.getByRole('button', { name: 'Ajukan' }).click();
    await page.waitForURL(/\/app\/kasus\//);
    await expect(page.getByRole('status').innerText()).resolves.toContain('telah diajukan');
    const team = await caseOf(decodeURIComponent(page.url().split('/').at(-1)!));
    const permintaan = (team.subject as { permintaan: { anggota: unknown[]; anggotaLintasUnit: unknown[] } }).permintaan;
    expect(permintaan.anggota).toEqual([{ nip: P.statistisi, tugas: 'mengolah dan memvalidasi data' }, { nip: P.pelaksanaPerencanaan, tugas: 'menyusun metadata dataset' }]);
    expect(permintaan.anggotaLintasUnit).toEqual([{ unitTujuan: 'KOMINFO-APTIKA', nip: P.pranataKomputer1, tugas: 'membangun dan memelihara portal Satu Data', kompetensi: ['pengelolaan basis data', 'pengembangan aplikasi web'], cadangan: [P.pranataKomputer2] }]);
    await page.context().close();

    const phone = await signedIn(requester('banjar'), PHONE);
    await phone.goto(`${base}/app/mulai/pembentukan-tim-kerja`);
    await phone.getByRole('button', { name: 'Tambah anggota', exact: true }).click();
    await phone.locator('#f-anggota-1-nip').waitFor();
    await phone.screenshot({ path: join(IMAGES, 'app-formulir-tim-ponsel.png'), fullPage: true });
    await phone.context().close();
  }, 120_000);

  it('the P3 answer: the PPK of the agency asked lists the employees as rows chosen among the candidates', async () => {
    const banjar = demoPeople('banjar');
    const started = await keyed.start(BANJAR_AUTH, banjar.kepalaBappeda, { procedure: 'penunjukan-lintas-instansi', region: 'banjar', ...penunjukanLintasInstansi('banjar') });
    expect(started.statusCode, started.body).toBe(201);
    const id: string = started.json().caseId;
    for (const [auth, task, nip] of [[BANJAR_AUTH, 'persetujuan-pyb-pemohon', banjar.sekda], [PATI_AUTH, 'persetujuan-pyb-tujuan', PATI.sekda], [PATI_AUTH, 'rekomendasi-puo-tujuan', PATI.kabidAptika]] as const) {
      await keyed.until(auth, id, taskOpen(task));
      expect((await keyed.decide(auth, id, task, nip)).statusCode).toBe(200);
    }
    await keyed.until(PATI_AUTH, id, taskOpen('jawaban-ppk-tujuan'));
    const url = `${base}/app/kasus/${id}`;

    const page = await signedIn(PATI.kabidAptika);
    await page.goto(url);
    const form = page.locator('#form-putuskan-jawaban-ppk-tujuan');
    await expect(form.locator('legend', { hasText: 'Pegawai yang ditugaskan' }).count()).resolves.toBe(1);
    await form.getByLabel('Pegawai 1').selectOption(PATI.pranataKomputer1);
    await form.getByRole('button', { name: 'Tambah pegawai' }).click();
    await page.locator('#f-employeeNips-1').waitFor();
    // The same employee twice: refused (each once), the rows kept as chosen.
    await page.locator('#f-employeeNips-1').selectOption(PATI.pranataKomputer1);
    await page.getByRole('button', { name: 'Kirim keputusan' }).click();
    await expect(page.locator('#form-putuskan-jawaban-ppk-tujuan [role=alert]').innerText()).resolves.toContain('Setiap pegawai hanya boleh tercantum sekali');
    await expect(page.locator('#f-employeeNips').innerText()).resolves.toContain('setiap pegawai cukup tercantum sekali');
    await expect(page.locator('#f-employeeNips-0').inputValue()).resolves.toBe(PATI.pranataKomputer1);
    await accessible(page);
    await page.locator('#f-employeeNips-1').selectOption(PATI.pranataKomputer2);
    await page.screenshot({ path: join(IMAGES, 'app-jawaban-daftar-desktop.png'), fullPage: true });
    const phone = await signedIn(PATI.kabidAptika, PHONE);
    await phone.goto(url);
    await phone.getByRole('button', { name: 'Tambah pegawai' }).click();
    await phone.locator('#f-employeeNips-1').waitFor();
    await phone.screenshot({ path: join(IMAGES, 'app-jawaban-daftar-ponsel.png'), fullPage: true });
    await phone.context().close();
    await page.getByRole('button', { name: 'Kirim keputusan' }).click();
    await page.waitForURL(url);
    await expect(page.getByRole('status').innerText()).resolves.toContain('Keputusan Anda tercatat');
    const answered = await keyed.until(PATI_AUTH, id, (c) => !!c.assignedEmployees?.length);
    expect(answered.assignedEmployees!.map((e) => e.nip)).toEqual([PATI.pranataKomputer1, PATI.pranataKomputer2]);
    await page.context().close();
  }, 120_000);
});
