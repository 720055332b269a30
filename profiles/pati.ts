// Peraturan Bupati Pati 36/2023. Its lampiran B.2 has two a–f lists and the "a. Penunjukan /
// b. Pengajuan sukarela" split: "B.2.a.2" below is penunjukan, lintas unit organisasi.
import type { RegionalProfile } from './schema';

const P2 = 'pati lampiran B.2.a.2';

export const pati: RegionalProfile = {
  id: 'pati',
  pemerintah: 'PEMERINTAH KABUPATEN PATI',
  kepalaDaerah: 'Bupati Pati',
  tempat: 'Pati',
  zonaWaktu: 'Asia/Jakarta',
  regulation: { short: 'Perbup Pati 36/2023', title: 'Peraturan Bupati Pati Nomor 36 Tahun 2023 tentang Sistem Kerja' },
  // PUO: the JPT Pratama, Administrator, Pengawas or JF appointed to lead a Unit Organisasi.
  puo: { scope: 'unit', citation: 'pati pasal 1 angka 13' },
  ppkMinimum: { citation: 'pati pasal 1 angka 15', description: 'A PPK is at least a Pejabat Pengawas.' },
  // Also pasal 1 angka 12-13 (such a JF is a Pimpinan Unit Organisasi) and lampiran B.1 b (a PPK).
  pimpinanFungsional: { jenisUnit: ['uptd', 'unit'], citation: 'pati pasal 6(2), lampiran B.1 struktur d', description: 'A JF appointed to lead a unit kerja mandiri (UPTD Puskesmas, UPTD Sekolah) is the PPK and PUO of its JF and Pelaksana (also lampiran D.6).' },
  kedudukanFirst: { citation: 'pati lampiran B.2', description: 'Penugasan dilakukan setelah penetapan kedudukan.' },
  penunjukanLintasUnit: {
    citation: P2,
    requester: { role: 'puo-pemilik', citation: `${P2}.a` },
    crossing: { scope: 'unit', citation: P2 },
    tembusanPermohonan: [{ role: 'ppk-pemohon', citation: `${P2}.a` }],
    minimumContents: { citation: 'pati lampiran B.2.a.2', description: 'maksud dan tujuan, kompetensi yang dibutuhkan, target kinerja, dan durasi pelibatan' },
    crossAgency: { citation: 'pati lampiran B.2.a.3', description: 'a request to another Instansi Pemerintah is sent through penunjukan lintas instansi (P3)' },
    steps: [
      { id: 'rekomendasi-puo', kind: 'rekomendasi', actor: 'puo-tujuan', title: 'Rekomendasi PUO tujuan atas Surat Permohonan Pelibatan', citation: `${P2}.c` },
      { id: 'keputusan-ppk', kind: 'keputusan', actor: 'ppk-tujuan', title: 'Keputusan PPK tujuan atas Surat Permohonan Pelibatan', citation: `${P2}.b` },
    ],
    employeeMatch: {
      citation: `${P2}.c`,
      description: 'the employee is a JF or Pelaksana of the destination unit, has a kedudukan, and matches the request',
    },
    refusalReasons: { citation: `${P2}.d`, description: 'A refusal answers with the reasons the request cannot be approved.' },
    documents: [
      {
        kind: 'surat-tugas',
        title: 'SURAT TUGAS',
        // Pati gives no letter formats: classification 800 (kepegawaian), the unit's code and the year.
        nomor: '800/{n}/{kodeUnit}/{yyyy}',
        nomorCitation: 'pati: no format in the regulation; 800 = kepegawaian',
        // The destination PPK drafts and sets it, with no PUO step (c); pasal 8(4).
        signatory: 'ppk-tujuan',
        tembusan: [{ role: 'ppk-pemohon' }],
        penutup: 'Demikian Surat Tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab dan melaporkan hasilnya kepada Pejabat Penilai Kinerja.',
        citation: `${P2}.c, pasal 8(4)`,
      },
    ],
    acknowledgement: { citation: `${P2}.e`, description: 'The employee receives the Surat Tugas, physical or electronic (lampiran B.2).' },
  },
};
