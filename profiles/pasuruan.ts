// Peraturan Walikota Pasuruan 41/2023 (the text at hand holds lampiran I–III only). Cross-unit
// appointment is in lampiran I B.2.A.2).ii, under Penunjukan sebagai Tim Kerja.
import type { RegionalProfile } from './schema';

const P2 = 'pasuruan lampiran I B.2.A.2.ii';

export const pasuruan: RegionalProfile = {
  id: 'pasuruan',
  pemerintah: 'PEMERINTAH KOTA PASURUAN',
  kepalaDaerah: 'Wali Kota Pasuruan',
  tempat: 'Pasuruan',
  zonaWaktu: 'Asia/Jakarta',
  regulation: {
    short: 'Perwali Pasuruan 41/2023',
    title: 'Peraturan Walikota Pasuruan Nomor 41 Tahun 2023 tentang Sistem Kerja di Lingkungan Pemerintah Kota Pasuruan untuk Penyederhanaan Birokrasi',
  },
  // "Kepala Dinas/Kepala Badan/Inspektur ... selaku Pimpinan Unit Organisasi".
  puo: { scope: 'perangkat-daerah', citation: 'pasuruan lampiran I B.1.b' },
  ppkMinimum: { citation: 'pasuruan lampiran I B.1', description: 'The PPK is a Kepala Bagian, Kepala Bidang, Sekretaris or Inspektur Pembantu.' },
  // The text at hand has no article on JF heads; lampiran I B.2 names the Kepala Puskesmas and Kepala Sekolah
  // beside the Kepala Perangkat Daerah as leaders of a Unit Organisasi.
  pimpinanFungsional: { jenisUnit: ['uptd'], citation: 'pasuruan lampiran I B.2', description: 'The Kepala Puskesmas and the Kepala Sekolah set the Perjanjian Kinerja of their Unit Organisasi, as a Kepala Perangkat Daerah does.' },
  kedudukanFirst: { citation: 'pasuruan lampiran I B.2', description: 'Before an assignment, each JF and Pelaksana knows their kedudukan and their PPK.' },
  penunjukanLintasUnit: {
    citation: P2,
    requester: { role: 'puo-pemilik', citation: `${P2}.a` },
    // The PUO is the Kepala Perangkat Daerah, so "lintas unit organisasi" crosses Perangkat Daerah.
    crossing: { scope: 'perangkat-daerah', citation: 'pasuruan lampiran I B.2.A' },
    tembusanPermohonan: [],
    crossAgency: { citation: 'pasuruan lampiran I B.2.A', description: 'the regulation provides penunjukan inside and across unit organisasi only; it has no procedure across agencies' },
    steps: [
      { id: 'rekomendasi-ppk', kind: 'rekomendasi', actor: 'ppk-tujuan', title: 'Rekomendasi PPK atas surat permohonan pelibatan', citation: `${P2}.b` },
      { id: 'keputusan-kepala-uo', kind: 'keputusan', actor: 'puo-tujuan', title: 'Keputusan Kepala Unit Organisasi tujuan atas surat permohonan pelibatan', citation: `${P2}.b` },
    ],
    employeeMatch: {
      citation: `${P2}.c`,
      description: 'the employee is a JF or Pelaksana of the destination unit, knows their PPK, and matches the request',
    },
    refusalReasons: { citation: `${P2}.e`, description: 'The answer to a refused request carries its reasons.' },
    documents: [
      {
        kind: 'surat-tugas',
        title: 'SURAT TUGAS',
        nomor: '800/{n}/423.{kodePd}/{yyyy}',
        nomorCitation: 'pasuruan lampiran II',
        // Drafted by the employee and approved by the Kepala Unit Organisasi (c): issued on approval here.
        signatory: 'puo-tujuan',
        tembusan: [],
        penutup: 'Melaksanakan Surat Tugas ini dengan seksama dan penuh tanggung jawab.',
        citation: `${P2}.c, lampiran II`,
      },
    ],
    acknowledgement: { citation: `${P2}.d`, description: 'The employee receives the Surat Tugas.' },
  },
};
