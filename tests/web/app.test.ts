// The officials' web app in the system Chromium, against the real stack: each official signs in through
// the demo OpenID provider's own login page (authorization code + PKCE), and every act goes through
// the API's routes as that official. A P2 case from the start form to the employee's receipt.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import type { Stack } from '../support/stack';
import { accessible, DESKTOP, PHONE, startWebApp, untilShown, type WebApp } from '../support/web';

const IMAGES = process.env.WRITE_DOCS ? join(__dirname, '..', '..', 'docs') : mkdtempSync(join(tmpdir(), 'web-app-'));
const P = demoPeople('banjar');

let w: WebApp;
let s: Stack;
let base: string;
const signedIn = (nip: string, viewport = DESKTOP) => w.signedIn(nip, viewport);

beforeAll(async () => {
  w = await startWebApp();
  ({ s, base } = w);
});
afterAll(() => w?.close());

describe('the web app for officials', () => {
  let caseUrl = '';

  it('without a session, /app sends the browser to sign in; the session cookie is HttpOnly and SameSite', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/app' });
    expect(res.statusCode).toBe(303);
    // P8's form asks for the matrix's suggestion as the ratings change (htmx), PermenPANRB 6/2022.
    const saran = await s.app.inject({ method: 'GET', url: '/app/saran-predikat?hasilKerja=sesuai-ekspektasi&perilakuKerja=di-atas-ekspektasi' });
    expect(saran.body).toBe('Saran matriks: <strong>Baik</strong>');
    // The pages are no part of the API's contract.
    const spec = (await s.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(Object.keys(spec.paths).filter((p) => !p.startsWith('/api/v1/') && !p.startsWith('/health') && !p.startsWith('/v/'))).toEqual([]);
    expect(res.headers.location).toBe('/app/masuk?kembali=%2Fapp');
    const page = await signedIn(P.kepalaBappeda);
    const cookie = (await page.context().cookies(`${base}/app`)).find((c) => c.name === 'sistem_kerja_sesi')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/app' });
    // Plain http on this machine only (PUBLIC_BASE_URL http://127.0.0.1:…): elsewhere the cookie is Secure.
    expect(cookie.secure).toBe(false);
    await page.context().close();
  });

  it('the requester starts a P2 case from the form generated from its schema; a refusal shows the field in place', async () => {
    const page = await signedIn(P.kepalaBappeda);
    await page.goto(`${base}/app/mulai/penunjukan-lintas-unit`);
    await accessible(page);
    await page.getByLabel('Unit pemilik *').selectOption('BAPPEDA-PEREN');
    await page.getByLabel('Unit tujuan *').selectOption('KOMINFO-APTIKA');
    await page.getByLabel('Maksud *').fill('ok');
    await page.getByLabel(/^Kompetensi/).fill('analisis data\npengembangan aplikasi web');
    await page.getByLabel('Target *').fill('dashboard perencanaan daring pada akhir triwulan I');
    await page.getByLabel('Mulai *').fill('2027-03-31');
    await page.getByLabel('Selesai *').fill('2027-01-04');
    await page.getByLabel(/^Pegawai/).selectOption(P.pranataKomputer1);
    await page.getByRole('button', { name: 'Ajukan' }).click();
    // Too short for the schema: the refusal beside the field in Bahasa Indonesia (ajv-i18n), with the article.
    await expect(page.locator('#f-maksud-salah').innerText()).resolves.toBe('tidak boleh lebih pendek dari 3 karakter (banjar lampiran II.B.1.b.1)');
    await expect(page.getByLabel('Maksud *').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByRole('alert').innerText()).resolves.toContain('perbaiki isian yang disebut');
    await expect(page.getByRole('alert').innerText()).resolves.not.toMatch(/must|schema\b|fix the/);
    await page.getByLabel('Maksud *').fill('penyusunan dashboard data perencanaan pembangunan daerah');
    await page.getByRole('button', { name: 'Ajukan' }).click();
    // The period ends before it starts: refused with the article, the dates kept as typed.
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/selesai|mulai/i);
    await expect(page.getByLabel('Mulai *').inputValue()).resolves.toBe('2027-03-31');
    await accessible(page);
    await page.screenshot({ path: join(IMAGES, 'app-formulir-desktop.png'), fullPage: true });
    await page.getByLabel('Mulai *').fill('2027-01-04');
    await page.getByLabel('Selesai *').fill('2027-03-31');
    await page.getByRole('button', { name: 'Ajukan' }).click();
    await page.waitForURL(/\/app\/kasus\//);
    caseUrl = page.url();
    await expect(page.getByRole('status').innerText()).resolves.toContain('telah diajukan');
    await page.context().close();
  });

  it('the PUO finds the task, is refused without reasons (the field error shows), recommends; the case advances', async () => {
    const page = await signedIn(P.kadisKominfo);
    await expect(page.locator('#jumlah').innerText()).resolves.toMatch(/1 tugas terbuka/);
    await accessible(page);
    await page.screenshot({ path: join(IMAGES, 'app-kotak-masuk-desktop.png'), fullPage: true });
    await page.getByRole('link', { name: /Rekomendasi/ }).first().click();
    await page.waitForURL(caseUrl);
    await page.getByLabel('Tidak merekomendasikan').check();
    await page.getByRole('button', { name: 'Kirim keputusan' }).click();
    // The refusal reads in Bahasa only: the heading of its code, the rule's own words, never the API's English.
    const alert = await page.getByRole('alert').innerText();
    expect(alert).toContain('Penolakan wajib disertai alasan');
    expect(alert).toContain('alasan wajib diisi untuk menolak');
    expect(alert).not.toMatch(/reasons|required|refus/i);
    await expect(page.locator('.salah-isian').innerText()).resolves.toContain('wajib diisi bila menolak');
    await expect(page.getByLabel('Alasan (wajib bila menolak)').getAttribute('aria-invalid')).resolves.toBe('true');
    await accessible(page);
    await page.getByLabel('Rekomendasikan', { exact: true }).check();
    await page.getByRole('button', { name: 'Kirim keputusan' }).click();
    await page.waitForURL(caseUrl);
    await expect(page.getByRole('status').innerText()).resolves.toContain('Keputusan Anda tercatat');
    await untilShown(page, /Direkomendasikan[\s\S]*Menunggu|Menunggu[\s\S]*Keputusan/);
    const menunggu = await page.locator('.menunggu').innerText();
    expect(menunggu).toContain('Kepala Bidang');
    await expect(page.getByRole('button', { name: 'Kirim keputusan' }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it('the PPK approves; the documents are issued with their verification link', async () => {
    const page = await signedIn(P.kabidAptika);
    await page.goto(caseUrl);
    await page.getByRole('button', { name: 'Kirim keputusan' }).click();
    // The decision's own answer first (it waits for the documents' numbers): a reload before it lands cuts the navigation.
    await page.waitForURL(caseUrl);
    await expect(page.getByRole('status').innerText()).resolves.toContain('Keputusan Anda tercatat');
    await untilShown(page, /menunggu tanda terima/);
    await expect(page.getByRole('link', { name: 'Halaman verifikasi' }).first().getAttribute('href')).resolves.toMatch(/^\/v\/\w+$/);
    const pdf = await page.request.get(`${base}${await page.getByRole('link', { name: 'Buka PDF' }).first().getAttribute('href')}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toMatch(/^inline/);
    await accessible(page);
    await page.screenshot({ path: join(IMAGES, 'app-kasus-desktop.png'), fullPage: true });
    await page.context().close();
  });

  it('the employee signs in and acknowledges receipt, which closes the case', async () => {
    const page = await signedIn(P.pranataKomputer1, PHONE);
    await page.screenshot({ path: join(IMAGES, 'app-kotak-masuk-ponsel.png'), fullPage: true });
    await page.goto(caseUrl);
    await page.screenshot({ path: join(IMAGES, 'app-kasus-ponsel.png'), fullPage: true });
    await page.getByRole('button', { name: 'Saya telah menerima dokumen' }).click();
    await untilShown(page, /terbit/);
    await expect(page.locator('.alur').innerText()).resolves.toContain('Diterima');
    await accessible(page);
    await page.goto(`${base}/app/mulai/penunjukan-lintas-unit`);
    await page.screenshot({ path: join(IMAGES, 'app-formulir-ponsel.png'), fullPage: true });
    await page.context().close();
  });

  it('an official with no part in the case is refused it, as if it did not exist', async () => {
    const page = await signedIn(P.perawat);
    const res = await page.goto(caseUrl);
    expect(res!.status()).toBe(404);
    await expect(page.locator('main').innerText()).resolves.toContain('tidak ada, atau tidak dapat Anda lihat');
    await page.context().close();
  });

  it('a unit leader lists their units\' cases; an auditor of the region reads the case and is offered nothing to do', async () => {
    const puo = await signedIn(P.kadisKominfo);
    await puo.goto(`${base}/app/perkara`);
    await expect(puo.locator('main').innerText()).resolves.toContain(caseUrl.split('/').at(-1));
    await puo.context().close();
    const auditor = await signedIn(P.statistisi);
    await auditor.goto(caseUrl);
    await expect(auditor.locator('#judul-alur').count()).resolves.toBe(1);
    await expect(auditor.locator('#judul-tindakan').count()).resolves.toBe(0);
    // A form forged with the auditor's own CSRF token is still refused, by the API's policy, with its article.
    const token = await auditor.locator('input[name=_csrf]').first().inputValue();
    const forged = await auditor.request.post(`${caseUrl}/tarik`, { form: { _csrf: token } });
    expect(forged.status()).toBe(403);
    expect(await forged.text()).toContain('PP 60/2008');
    await auditor.context().close();
  });

  it('a form sent without its CSRF token is refused; signing out ends the session', async () => {
    const page = await signedIn(P.kadisKominfo);
    const forged = await page.request.post(`${caseUrl}/tarik`, { form: { reasons: 'x' } });
    expect(forged.status()).toBe(403);
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('button', { name: 'Ya, keluar' }).click();
    await page.waitForURL(`${base}/app/keluar/selesai`);
    await page.goto(`${base}/app`);
    await expect(page.getByLabel('NIP').count()).resolves.toBe(1);
    await page.context().close();
  });
});
