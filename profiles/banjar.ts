// Peraturan Bupati Banjar 39/2024.
import type { RegionalProfile } from './schema';

const P2 = 'banjar lampiran II.B.1.b';

export const banjar: RegionalProfile = {
  id: 'banjar',
  pemerintah: 'PEMERINTAH KABUPATEN BANJAR',
  kepalaDaerah: 'Bupati Banjar',
  tempat: 'Martapura',
  zonaWaktu: 'Asia/Makassar',
  regulation: { short: 'Perbup Banjar 39/2024', title: 'Peraturan Bupati Banjar Nomor 39 Tahun 2024 tentang Sistem Kerja' },
  // "Kepala Dinas/Kepala Badan/... selaku Pimpinan Unit Organisasi"; in a Kecamatan the Camat (I.E.2.a).
  puo: { scope: 'perangkat-daerah', citation: 'banjar lampiran I.B.2.a' },
  ppkMinimum: { citation: 'banjar pasal 1 angka 23', description: 'A PPK is the direct superior, at least a Pejabat Pengawas.' },
  // "Unit Organisasi ... dapat dipimpin oleh ... Pejabat Fungsional yang diangkat untuk memimpin suatu unit kerja mandiri".
  pimpinanFungsional: { jenisUnit: ['uptd', 'unit'], citation: 'banjar pasal 8(2), pasal 1 angka 21', description: 'A Pejabat Fungsional appointed to lead a Unit Kerja mandiri (e.g. a UPTD Puskesmas) may supervise JF and Pelaksana.' },
  kedudukanFirst: { citation: 'banjar lampiran II.A.2', description: 'Penugasan dilakukan setelah penetapan kedudukan.' },
  penunjukanLintasUnit: {
    citation: P2,
    requester: { role: 'puo-pemilik', citation: `${P2}.1` },
    // The PUO leads a whole Perangkat Daerah, so "lintas Unit Organisasi" crosses Perangkat Daerah.
    crossing: { scope: 'perangkat-daerah', citation: `${P2}, pasal 9(2)` },
    tembusanPermohonan: [{ role: 'ppk-pemohon', citation: `${P2}.1` }],
    minimumContents: { citation: 'banjar lampiran II.B.1.b.1', description: 'maksud dan tujuan, kompetensi yang dibutuhkan, target kinerja, dan durasi pelibatan' },
    crossAgency: { citation: 'banjar lampiran II.B.1.c', description: 'a request to another Instansi Pemerintah is sent through penunjukan lintas instansi (P3)' },
    // The text attaches the PUO's recommendation to drafting the letter (b.3); it is asked before the
    // PPK's decision so that the decision is taken with it, as the spec reads the alur.
    steps: [
      { id: 'rekomendasi-puo', kind: 'rekomendasi', actor: 'puo-tujuan', title: 'Rekomendasi PUO tujuan atas Surat Permohonan Pelibatan', citation: `${P2}.3` },
      { id: 'keputusan-ppk', kind: 'keputusan', actor: 'ppk-tujuan', title: 'Keputusan PPK tujuan atas Surat Permohonan Pelibatan', citation: `${P2}.2` },
    ],
    employeeMatch: {
      citation: `${P2}.3`,
      description: 'the employee is a JF or Pelaksana of the destination unit, has a kedudukan, and matches the request',
    },
    refusalReasons: { citation: `${P2}.4`, description: 'A refusal answers with the reasons the request cannot be approved.' },
    documents: [
      {
        kind: 'surat-tugas',
        title: 'SURAT TUGAS',
        nomor: '{n} TAHUN {yyyy}',
        nomorCitation: 'banjar lampiran IV (Surat Tugas: NOMOR … TAHUN …)',
        signatory: 'puo-tujuan',
        tembusan: [{ role: 'ppk-pemohon' }],
        penutup: 'Melaksanakan perintah ini dengan penuh tanggung jawab dan melaporkan hasilnya kepada Pejabat Penilai Kinerja.',
        citation: `${P2}.3, lampiran IV`,
      },
      {
        kind: 'keputusan-sekda',
        title: 'KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BANJAR',
        nomor: '{n} TAHUN {yyyy}',
        nomorCitation: 'banjar lampiran IV (Keputusan Sekretaris Daerah: NOMOR … TAHUN …)',
        signatory: 'sekretaris-daerah',
        tembusan: [{ role: 'puo-pemilik' }, { role: 'puo-tujuan' }],
        penutup: '',
        citation: 'banjar pasal 14(2)',
      },
    ],
    acknowledgement: { citation: `${P2}.5`, description: 'The employee receives the Surat Tugas.' },
  },
};
