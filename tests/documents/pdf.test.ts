import { describe, it, expect } from 'vitest';
import { renderPdf } from '../../documents/pdf';
import type { DocumentData, Person } from '../../domain/dokumen';

const kepalaBkpsdm: Person = {
  nama: 'H. Akhmad Rizani Anshari, S.STP., M.Si.',
  nip: '197805121997031002',
  pangkat: 'Pembina Utama Muda (IV/c)',
  jabatan: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Banjar',
};

const pegawai: Person = {
  nama: 'Siti Nurhaliza, S.Kom.',
  nip: '199203152019032011',
  pangkat: 'Penata Muda Tingkat I (III/b)',
  jabatan: 'Pranata Komputer Ahli Pertama',
};

const common = {
  caseId: 'PLU-2026-0012',
  region: 'banjar',
  pemerintah: 'PEMERINTAH KABUPATEN BANJAR',
  tempat: 'Martapura',
  zonaWaktu: 'Asia/Makassar',
  // 00:30 WITA on 12 March, still 11 March in WIB and UTC: the letter carries the local date.
  issuedAt: '2026-03-11T16:30:00.000Z',
  nomor: '800/12/BKPSDM/2026',
  nomorCitation: 'banjar lampiran IV (no number format given; classification 800 kepegawaian)',
};

const dasarHukum = [
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun 2022 tentang Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi',
  'Peraturan Bupati Banjar Nomor 39 Tahun 2024 tentang Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi',
];

const suratTugas: DocumentData = {
  ...common,
  id: 'doc-st-0012',
  kind: 'surat-tugas',
  title: 'SURAT TUGAS',
  instansi: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  alamat: 'Jalan Jenderal Ahmad Yani Km. 40 Martapura, Kalimantan Selatan',
  kontak: { telepon: '(0511) 4721234', laman: 'bkpsdm.banjarkab.go.id', surel: 'bkpsdm@banjarkab.go.id', kodePos: '70614' },
  lambang: 'contoh.png',
  dasar: [...dasarHukum, 'Surat Kepala Dinas Komunikasi, Informatika dan Persandian Nomor 800/27/DISKOMINFO/2026 tanggal 2 Maret 2026 hal Permohonan Pelibatan'],
  kepada: [pegawai],
  untuk: [
    'Melaksanakan tugas pada Dinas Komunikasi, Informatika dan Persandian dalam rangka pengembangan aplikasi layanan kepegawaian terpadu',
    'Target yang diharapkan: aplikasi layanan kepegawaian terpadu dapat digunakan oleh seluruh Perangkat Daerah',
    'Kompetensi yang dibutuhkan: pemrograman web, basis data',
    'Jangka waktu penugasan: 16 Maret 2026 sampai dengan 30 Juni 2026',
  ],
  penutup:
    'Setelah melaksanakan tugas agar melaporkan hasilnya kepada Pejabat Penilai Kinerja. Demikian Surat Tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.',
  tembusan: [
    'Kepala Dinas Komunikasi, Informatika dan Persandian Kabupaten Banjar',
    'Sekretaris Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Banjar',
  ],
  penandatangan: kepalaBkpsdm,
  citation: 'banjar lampiran II.B.1.b.3',
};

const keputusan: DocumentData = {
  ...common,
  id: 'doc-kep-0012',
  kind: 'keputusan-sekda',
  title: 'KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BANJAR',
  instansi: 'Sekretariat Daerah',
  alamat: 'Jalan Jenderal Ahmad Yani Km. 39,5 Martapura, Kalimantan Selatan 70611',
  tentang: 'Penugasan Pegawai Lintas Unit Organisasi pada Dinas Komunikasi, Informatika dan Persandian',
  menimbang: [
    'bahwa Dinas Komunikasi, Informatika dan Persandian membutuhkan keterlibatan pegawai dari Badan Kepegawaian dan Pengembangan Sumber Daya Manusia dalam rangka pengembangan aplikasi layanan kepegawaian terpadu',
    'bahwa sesuai dengan ketentuan Pasal 14 ayat (2) Peraturan Bupati Banjar Nomor 39 Tahun 2024, penugasan lintas Unit Organisasi ditetapkan dengan Keputusan Sekretaris Daerah;',
  ],
  mengingat: dasarHukum,
  diktum: [
    `Menugaskan ${pegawai.nama}, NIP ${pegawai.nip}, ${pegawai.pangkat}, ${pegawai.jabatan}, pada Dinas Komunikasi, Informatika dan Persandian.`,
    'Target yang diharapkan: aplikasi layanan kepegawaian terpadu dapat digunakan oleh seluruh Perangkat Daerah.',
    'Kompetensi yang dibutuhkan: pemrograman web, basis data.',
    'Jangka waktu penugasan: 16 Maret 2026 sampai dengan 30 Juni 2026.',
    'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
  ],
  penutup: '',
  tembusan: [
    'Kepala Dinas Komunikasi, Informatika dan Persandian Kabupaten Banjar',
    'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Banjar',
  ],
  penandatangan: {
    nama: 'Dr. H. Mokhamad Hilman, S.STP., M.Si.',
    nip: '197405011993111001',
    pangkat: 'Pembina Utama Madya (IV/d)',
    jabatan: 'Sekretaris Daerah Kabupaten Banjar',
    sekretarisDaerah: true,
  },
  citation: 'banjar pasal 14(2)',
};

/**
 * The text an uncompressed pdfkit file shows, one line per text object. pdfkit writes standard-font
 * text as hex byte strings in TJ arrays; a large negative adjustment is a justified word space.
 */
function shownText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const [, array] of pdf.toString('latin1').matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    let line = '';
    for (const [, hex, adjust] of array.matchAll(/<([0-9a-fA-F]*)>\s*(-?[\d.]+)?/g)) {
      line += Buffer.from(hex, 'hex').toString('latin1');
      if (Number(adjust) < -100) line += ' ';
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** The text with line breaks folded into spaces, so phrases that wrapped can still be found. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

describe('renderPdf', () => {
  it('renders a Surat Tugas', async () => {
    const pdf = await renderPdf(suratTugas, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = shownText(pdf);
    for (const expected of [
      'PEMERINTAH KABUPATEN BANJAR',
      'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
      'SURAT TUGAS',
      'NOMOR : 800/12/BKPSDM/2026',
      'Dasar',
      'MEMERINTAHKAN:',
      'Siti Nurhaliza, S.Kom.',
      '199203152019032011',
      'Pangkat/Gol.',
      'Untuk',
      'Martapura, 12 Maret 2026',
      'H. Akhmad Rizani Anshari, S.STP., M.Si.',
      'NIP. 197805121997031002',
      'Tembusan:',
      // The kop's whole address block (Permendagri 1/2023), from master data.
      'Jalan Jenderal Ahmad Yani Km. 40 Martapura, Kalimantan Selatan, Telepon (0511) 4721234, Kode Pos 70614',
      'Laman bkpsdm.banjarkab.go.id, Surel bkpsdm@banjarkab.go.id',
      // The request letter by its number and date; each Dasar item closed with ";".
      'Nomor 800/27/DISKOMINFO/2026 tanggal 2 Maret 2026 hal Permohonan Pelibatan',
    ])
      expect(flat(text)).toContain(expected);
    expect(flat(text)).toContain('Demikian Surat Tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.');
    expect(flat(text)).toContain('Kepala Dinas Komunikasi, Informatika dan Persandian Kabupaten Banjar');
    expect(text).not.toContain('Ditetapkan di');
    // No developer notes: no document id, case id or citation in a footer.
    for (const note of ['doc-st-0012', 'PLU-2026-0012', 'perkara', 'lampiran II.B.1.b.3']) expect(text).not.toContain(note);
    // The lambang is drawn on the kop.
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
  });

  it('renders a Keputusan with its diktum', async () => {
    const pdf = await renderPdf(keputusan, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = shownText(pdf);
    for (const expected of [
      'KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BANJAR',
      'NOMOR 800/12/BKPSDM/2026',
      'TENTANG',
      'Menimbang',
      'Mengingat',
      'MEMUTUSKAN:',
      'Menetapkan',
      'KESATU',
      'KELIMA',
      'Ditetapkan di Martapura',
      'pada tanggal 12 Maret 2026',
      'SEKRETARIS DAERAH KABUPATEN BANJAR,',
      'Salinan Keputusan ini disampaikan kepada Yth.:',
    ])
      expect(flat(text)).toContain(expected);
    expect(text).not.toContain('KEENAM');
    expect(text).not.toContain('Tembusan:');
    // Permendagri 1/2023 pasal 44: a penetapan names its signer without gelar, and the sekretaris daerah without NIP or pangkat.
    expect(flat(text)).toContain('H. Mokhamad Hilman');
    for (const gelar of ['Dr. H. Mokhamad', 'S.STP.', 'NIP. 197405011993111001', 'Pembina Utama Madya']) expect(flat(text)).not.toContain(gelar);
    // Menimbang and Mengingat items end with ";", a citation written as the law writes it.
    expect(flat(text)).toContain('Peraturan Bupati Banjar Nomor 39 Tahun 2024 tentang Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi;');
    expect(flat(text)).toContain('dalam rangka pengembangan aplikasi layanan kepegawaian terpadu;');
    expect(flat(text)).toContain('Menugaskan Siti Nurhaliza, S.Kom., NIP 199203152019032011');
  });

  it('renders a Keputusan Bupati under the Bupati\'s kop, decided and signed by the Bupati, without pangkat or NIP (bengkalis BAB II angka 6)', async () => {
    const { instansi: _i, alamat: _a, ...rest } = keputusan;
    const bupati: DocumentData = {
      ...rest, kind: 'keputusan-bupati', title: 'KEPUTUSAN BUPATI BENGKALIS', pemerintah: 'BUPATI BENGKALIS', penandatangan: { jabatan: 'Bupati Bengkalis' },
      lampiran: { judul: ['SUSUNAN KEANGGOTAAN TIM SATU DATA'], kolom: ['NO', 'NAMA'], baris: [['1.', 'Ratna Sari, S.E., M.E.']] },
    };
    const text = flat(shownText(await renderPdf(bupati, { compress: false })));
    const kop = text.slice(0, text.indexOf('KEPUTUSAN BUPATI BENGKALIS'));
    expect(kop.trim()).toBe('BUPATI BENGKALIS');
    expect(text).not.toContain('SEKRETARIAT DAERAH');
    // "BUPATI BENGKALIS," before Menimbang, in the signature block and again under the lampiran.
    expect(text.match(/BUPATI BENGKALIS,/g)).toHaveLength(3);
    expect(text.indexOf('BUPATI BENGKALIS,')).toBeLessThan(text.indexOf('Menimbang'));
    expect(text).not.toContain('NIP.');
    expect(text).not.toContain('Pembina');
    expect(text).not.toContain(keputusan.penandatangan.nama!);
    // With the name of the kepala daerah in office (master data), under the signature: still no NIP or pangkat.
    const named = flat(shownText(await renderPdf({ ...bupati, penandatangan: { jabatan: 'Bupati Bengkalis', nama: 'Hj. Rahmawati Syarif, S.H.' } }, { compress: false })));
    // A penetapan: the name without gelar (Permendagri 1/2023 pasal 44(1)).
    expect(named.indexOf('Hj. Rahmawati Syarif')).toBeGreaterThan(named.indexOf('Ditetapkan di'));
    expect(named).not.toContain('S.H.');
    expect(named).not.toContain('NIP.');
  });

  it('is reproducible: the same data gives the same bytes', async () => {
    const [a, b] = await Promise.all([renderPdf(suratTugas), renderPdf(suratTugas)]);
    expect(a.equals(b)).toBe(true);
  });

  it('flows long content onto further pages, each after the first numbered at its top', async () => {
    const long: DocumentData = { ...suratTugas, dasar: Array.from({ length: 40 }, (_, i) => `${dasarHukum[i % 2]} (${i + 1})`) };
    const pdf = await renderPdf(long, { compress: false });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const text = shownText(pdf);
    expect(text.match(/^- \d+ -$/gm)).toEqual(Array.from({ length: pages - 1 }, (_, i) => `- ${i + 2} -`));
    expect(flat(text)).toContain(`${dasarHukum[1]} (40)`);
    expect(text).toContain('NIP. 197805121997031002');
  });
});
