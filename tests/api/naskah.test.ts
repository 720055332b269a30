// Letters an official signs without edits (Permendagri 1/2023 and the regions' lampiran formats),
// through the real Temporal dev server and PostgreSQL: a Banjar P2 case's Surat Tugas and Keputusan
// Sekretaris Daerah, and a team's Keputusan with its lampiran, read back from the issued PDF with
// pdftotext. WRITE_DOCS=1 writes their page images into docs/ (pdftoppm), to check by eye.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { permohonan, requester } from '../../demo/permohonan';
import { penunjukanDalamUnit, pengusul } from '../../demo/penunjukanDalamUnit';
import { pengajuanSukarela, relawan } from '../../demo/pengajuanSukarelaLintasUnit';
import { penilai, rekomendasiPenilaian } from '../../demo/rekomendasiPenilaianKinerja';
import type { CaseView } from '../../domain/kasus';
import { api, taskOpen } from '../support/api';
import { loadDemoData } from '../support/cases';
import { AUTH, startStack, type Stack } from '../support/stack';
import { teamThroughApi } from '../support/tim';

const TMP = mkdtempSync(join(tmpdir(), 'naskah-'));
const IMAGES = process.env.WRITE_DOCS ? join(__dirname, '..', '..', 'docs') : TMP;
const p = demoPeople('banjar');

let s: Stack;
let p2: CaseView;
let team: CaseView;
/**
 * The issued file's text, its lines folded into spaces; its page images (from `first` to `last`) under
 * `image` (`image-N.png`; a letter of one page with `pages` 'one': `image.png`).
 */
async function textOf(c: CaseView, kind: string | ((d: CaseView['documents'][number]) => boolean), image: string, pages: [number, number] | 'one' = [1, 1]): Promise<string> {
  const doc = c.documents.find(typeof kind === 'string' ? (d) => d.kind === kind : kind)!;
  const r = await s.app.inject({ method: 'GET', url: `/api/v1/documents/${doc.id}`, headers: AUTH });
  expect(r.statusCode).toBe(200);
  const file = join(TMP, `${image}.pdf`);
  writeFileSync(file, r.rawPayload);
  const [first, last] = pages === 'one' ? [1, 1] : pages;
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(first), '-l', String(last), ...(pages === 'one' ? ['-singlefile'] : []), file, join(IMAGES, image)]);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}


/** Words of English a letter must never show (a developer's note, an untranslated label). */
const ENGLISH = /\b(the|of|and|case|document|signed|request|number|footer|basis)\b/i;

beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool);
  const client = api(s);
  const started = await client.start(requester('banjar'), { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') });
  expect(started.statusCode).toBe(201);
  const id: string = started.json().caseId;
  await client.until(id, taskOpen('rekomendasi-puo'));
  expect((await client.decide(id, 'rekomendasi-puo', p.kadisKominfo, { decision: 'approve' })).statusCode).toBe(200);
  await client.until(id, taskOpen('keputusan-ppk'));
  expect((await client.decide(id, 'keputusan-ppk', p.kabidAptika, { decision: 'approve' })).statusCode).toBe(200);
  p2 = await client.until(id, (c) => c.documents.length === 2);
  team = await client.getCase(await teamThroughApi(s, 'banjar'));
}, 180_000);
afterAll(async () => s?.close());

describe('banjar: the Surat Tugas of a penunjukan lintas unit', () => {
  let text: string;
  beforeAll(async () => { text = await textOf(p2, 'surat-tugas', 'surat-tugas-banjar', [1, 1]); });

  it('cites the request letter by its number and date in the Dasar, never the case id; each item closed with ";"', () => {
    expect(text).toContain('Surat Kepala Badan Perencanaan Pembangunan Daerah Nomor 800.1.11.1/27/BAPPEDA/2026 tanggal 1 Desember 2026 hal Permohonan Pelibatan;');
    expect(text).toContain('Peraturan Bupati Banjar Nomor 39 Tahun 2024 tentang Sistem Kerja;');
    expect(text).not.toContain(p2.caseId);
    expect(text).not.toContain('perkara');
  });

  it('has the kop with the address block of the issuing Perangkat Daerah from master data', () => {
    expect(text).toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
    expect(text).toContain('Jalan Merdeka Nomor 7, Telepon (0511) 4720027, Kode Pos 70614');
    expect(text).toContain('Laman diskominfo.banjarkab.go.id, Surel diskominfo@banjarkab.go.id');
  });

  it('names the signer with gelar, pangkat/golongan and NIP (a naskah dinas penugasan, Permendagri 1/2023 pasal 44(2)-(3))', () => {
    // The QR code's note stands left of the signature, so its text comes between.
    expect(text).toMatch(new RegExp(`KEPALA DINAS KOMUNIKASI DAN INFORMATIKA, .* Ir\\. Bambang Sutrisno, M\\.T\\. Pembina Utama Muda \\(IV/c\\) NIP\\. ${p.kadisKominfo}`));
  });

  it('has no English and no developer note anywhere', () => {
    expect(text).not.toMatch(ENGLISH);
    expect(text).not.toContain('lampiran II.B');
  });
});

describe('banjar: the Keputusan Sekretaris Daerah', () => {
  let text: string;
  beforeAll(async () => { text = await textOf(p2, 'keputusan-sekda', 'keputusan-sekda-banjar', [1, 2]); });

  it('writes the article as the law writes it, each Menimbang item closed with ";"', () => {
    expect(text).toContain('b. bahwa sesuai dengan ketentuan Pasal 14 ayat (2) Peraturan Bupati Banjar Nomor 39 Tahun 2024, penugasan lintas Unit Organisasi ditetapkan dengan Keputusan Sekretaris Daerah;');
    expect(text).toMatch(/SEKRETARIS DAERAH, Menimbang : a\. bahwa [^;]+; b\./);
  });

  it('names the sekretaris daerah without gelar, NIP or pangkat (a naskah dinas penetapan, pasal 44(1) and (3))', () => {
    expect(text).toMatch(/SEKRETARIS DAERAH, .* H\. Ahmad Fauzi Salinan/);
    for (const absent of ['Drs.', 'M.Si.', `NIP. ${p.sekda}`, 'Pembina Utama Madya']) expect(text).not.toContain(absent);
  });

  it('is sent on as "Salinan Keputusan ini disampaikan kepada", its signer not among them', () => {
    expect(text).toContain('Salinan Keputusan ini disampaikan kepada Yth.: 1. Kepala Badan Perencanaan Pembangunan Daerah 2. Kepala Dinas Komunikasi dan Informatika');
    expect(text).not.toContain('Tembusan');
    expect(text).not.toMatch(ENGLISH);
  });
});

describe('banjar: a team\'s Keputusan with its lampiran', () => {
  let text: string;
  beforeAll(async () => { text = await textOf(team, team.documents[0].kind, 'keputusan-tim-banjar', [1, 3]); });

  it('lists the members with a NIP column', () => {
    const subject = team.subject as { susunan: { nip: string; nama: string }[] };
    expect(text).toContain('NO. NAMA NIP KEDUDUKAN DALAM TIM');
    for (const a of subject.susunan) expect(text).toContain(a.nip);
    expect(text).not.toMatch(ENGLISH);
    expect(text).not.toContain(team.caseId);
  });

  it('reads the request\'s values and its own title as part of its sentences', () => {
    expect(text).toContain('dalam rangka mencapai sasaran kinerja tersedianya data perencanaan');
    expect(text).toContain('perlu menetapkan Keputusan Sekretaris Daerah Kabupaten Banjar tentang Pembentukan');
  });
});

describe.each(['bengkalis', 'pati', 'pasuruan'] as const)('%s: a team\'s decree with its lampiran, as its own format sets it', (region) => {
  let text: string;
  let decree: CaseView;
  beforeAll(async () => {
    decree = await api(s).getCase(await teamThroughApi(s, region));
    text = await textOf(decree, decree.documents[0].kind, `keputusan-tim-${region}`, [1, 3]);
  }, 120_000);

  it('carries every member\'s NIP, no case id, no English, and the kop\'s address block', () => {
    for (const a of (decree.subject as { susunan: { nip: string }[] }).susunan) expect(text).toContain(a.nip);
    expect(text).not.toContain(decree.caseId);
    expect(text).not.toMatch(ENGLISH);
    // A Keputusan Bupati has the Bupati's kop alone; a Perangkat Daerah's has its address block.
    const bupati = decree.documents[0].kind === 'keputusan-bupati';
    expect(text).toMatch(bupati ? /^\s*BUPATI [A-Z]+ KEPUTUSAN BUPATI/ : /Laman [a-z]+\.[a-z]+\.go\.id, Surel [a-z]+@[a-z]+\.go\.id/);
  });
});

describe('the letters of the other procedures, each page as it is signed (docs/ images)', () => {
  /** Nothing of a developer's footer on a letter: no case id, no citation of the regulation's lampiran, no English. */
  const clean = (text: string, c: CaseView) => {
    expect(text).not.toContain(c.caseId);
    expect(text).not.toMatch(/perkara|dasar:|nomor: |lampiran B\.2|lampiran BAB/);
    expect(text).not.toMatch(ENGLISH);
  };

  it('pati: a P1 Surat Tugas with the kop\'s address block', async () => {
    const c = await api(s).drive(pengusul('pati'), { procedure: 'penunjukan-dalam-unit', region: 'pati', ...penunjukanDalamUnit('pati') }, (x) => x.documents.length === 1);
    const text = await textOf(c, 'surat-tugas', 'surat-tugas-p1-pati', 'one');
    expect(text).toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
    expect(text).toMatch(/Telepon .* Kode Pos/);
    expect(text).toContain('SURAT TUGAS');
    expect(text).toContain(demoPeople('pati').pranataKomputer1);
    clean(text, c);
  }, 60_000);

  it('bengkalis: the P5 surat permohonan pribadi (BAB II form 1), the employee\'s own letter with the CV, countersigned "Mengetahui Atasan Langsung"', async () => {
    const p = demoPeople('bengkalis');
    const request = { procedure: 'pengajuan-sukarela-lintas-unit', region: 'bengkalis', ...pengajuanSukarela() };
    // A document of the case once the atasan langsung has countersigned it, before the destination decides.
    const c = await api(s).drive(relawan('bengkalis'), request, (x) => x.documents.some((d) => d.kind === 'permohonan-pribadi'));
    expect(c.tasks.find((t) => t.status === 'open')).toMatchObject({ id: 'keputusan-pd-tujuan' });
    const doc = c.documents.find((d) => d.kind === 'permohonan-pribadi')!;
    const data = (await s.app.inject({ method: 'GET', url: `/api/v1/documents/${doc.id}?format=json`, headers: AUTH })).json();
    expect(data).toMatchObject({ citation: 'bengkalis lampiran BAB II form 1', penandatangan: { nip: p.pranataKomputer1 }, permohonan: { mengetahui: { nip: p.kabidAptika } } });
    const text = await textOf(c, 'permohonan-pribadi', 'surat-permohonan-p5-bengkalis', 'one');
    // No kop and no number: the employee's own letter.
    expect(text).not.toContain('PEMERINTAH KABUPATEN BENGKALIS');
    expect(text).not.toContain(doc.nomor);
    expect(text).toMatch(/^\s*Bengkalis, \d+ \w+ \d{4} Lampiran Hal : 1 \(satu\) berkas : Permohonan Menjadi Anggota Tim Kerja Yth\. Kepala Badan Perencanaan Pembangunan Daerah Kabupaten Bengkalis di Tempat/);
    expect(text).toContain(`Saya yang bertandatangan di bawah ini: Nama : Rizky Pratama, S.Kom. NIP : ${p.pranataKomputer1} Pangkat/Gol. : Penata Muda Tingkat I (III/b) Jabatan : Pranata Komputer Ahli Pertama Instansi : Dinas Komunikasi dan Informatika Kabupaten Bengkalis`);
    expect(text).toContain('Dengan ini mengajukan permohonan untuk menjadi anggota Tim Kerja');
    expect(text).toContain('Sebagai bahan pertimbangan saya lampirkan Curriculum Vitae (CV) dan dokumen pendukung lainnya');
    // The atasan langsung under "Mengetahui" beside the employee as Pemohon, each with name and NIP.
    expect(text).toContain(`Mengetahui Atasan Langsung, Pemohon, Siti Rahmawati, S.Kom., M.M. NIP. ${p.kabidAptika} Rizky Pratama, S.Kom. NIP. ${p.pranataKomputer1}`);
    expect(text).toContain('Tembusan:');
    clean(text, c);
  }, 60_000);

  it('bengkalis: the P5 persetujuan (BAB II form 2) and penolakan (form 3) letters', async () => {
    const request = { procedure: 'pengajuan-sukarela-lintas-unit', region: 'bengkalis', ...pengajuanSukarela() };
    const setuju = await api(s).drive(relawan('bengkalis'), request, (x) => x.documents.some((d) => d.kind === 'persetujuan'));
    const persetujuan = await textOf(setuju, 'persetujuan', 'surat-persetujuan-p5-bengkalis', 'one');
    expect(persetujuan).toContain('Persetujuan Menjadi Anggota Tim Kerja');
    clean(persetujuan, setuju);
    const tolak = await api(s).drive(relawan('bengkalis'), request, (x) => x.documents.some((d) => d.kind === 'penolakan'), {
      'keputusan-pd-tujuan': { decision: 'refuse', alasan: 'kualifikasi-tidak-sesuai', reasons: 'dibutuhkan perencana, bukan pranata komputer' },
    });
    const penolakan = await textOf(tolak, 'penolakan', 'surat-penolakan-p5-bengkalis', 'one');
    expect(penolakan).toContain('Penolakan Usulan Menjadi Anggota Tim Kerja');
    expect(penolakan).toContain('dibutuhkan perencana, bukan pranata komputer');
    clean(penolakan, tolak);
  }, 120_000);

  it('pasuruan: a team member\'s own Surat Tugas beside the Keputusan (lampiran II), naming them Ketua Tim or Anggota Tim', async () => {
    const p = demoPeople('pasuruan');
    const tim = await api(s).getCase(await teamThroughApi(s, 'pasuruan'));
    const keputusan = tim.documents[0];
    for (const [nip, sebagai, image] of [[p.perencana, 'Ketua Tim', 'surat-tugas-ketua-tim-pasuruan'], [p.pranataKomputer1, 'Anggota Tim', 'surat-tugas-anggota-tim-pasuruan']] as const) {
      const text = await textOf(tim, (d) => d.id === `${tim.caseId}.surat-tugas.${nip}`, image, 'one');
      expect(text).toContain('PEMERINTAH KOTA PASURUAN');
      expect(text).toContain('BADAN PERENCANAAN PEMBANGUNAN DAERAH');
      expect(text).toMatch(/SURAT TUGAS NOMOR : 800\/\d+\/423\.060\/\d{4}/);
      // The Dasar cites the Keputusan that formed the team by its number and date.
      expect(text).toMatch(new RegExp(`Keputusan Kepala Badan Perencanaan Pembangunan Daerah Nomor ${keputusan.nomor.replace(/[./]/g, '\\$&')} tanggal \\d+ \\w+ \\d{4} tentang Pembentukan Tim Satu Data Perencanaan Tahun 2027;`));
      expect(text).toContain(nip);
      expect(text).toContain(`Diberikan tugas sebagai ${sebagai} dalam Tim Satu Data Perencanaan Tahun 2027`);
      expect(text).toContain('Melaksanakan Surat Tugas ini dengan seksama dan penuh tanggung jawab.');
      // One page, signed on it.
      expect(text).toMatch(/KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH, .*Dr\. Hendra Gunawan, S\.E\., M\.Si\. Pembina Utama Muda \(IV\/c\) NIP\. \d{18}/);
      expect(text).not.toContain('- 2 -');
      clean(text, tim);
    }
  }, 120_000);

  it('bengkalis: the rekomendasi penilaian kinerja (BAB II form 7) of a member of an issued P2 assignment', async () => {
    const p2b = await api(s).drive(requester('bengkalis'), { procedure: 'penunjukan-lintas-unit', region: 'bengkalis', ...permohonan('bengkalis') }, (x) => x.status === 'issued');
    const c = await api(s).drive(penilai('bengkalis'), { procedure: 'rekomendasi-penilaian-kinerja', region: 'bengkalis', ...rekomendasiPenilaian(p2b.caseId) }, (x) => x.documents.length === 1);
    const text = await textOf(c, 'rekomendasi-penilaian-kinerja', 'rekomendasi-penilaian-bengkalis', 'one');
    expect(text).toContain('REKOMENDASI PENILAIAN KINERJA');
    expect(text).toContain(demoPeople('bengkalis').pranataKomputer1);
    clean(text, c);
  }, 120_000);
});
