// Peraturan Bupati Bengkalis 31/2024. Its lampiran BAB I §II holds the procedures (the spec's
// "lampiran II.x"); BAB II holds the document forms. Section letter B of §II is reconstructed: the
// OCR lost the heading "B. Penugasan".
import type { RegionalProfile } from './schema';

const P2 = 'bengkalis lampiran BAB I §II.B.1.b';

export const bengkalis: RegionalProfile = {
  id: 'bengkalis',
  pemerintah: 'PEMERINTAH KABUPATEN BENGKALIS',
  kepalaDaerah: 'Bupati Bengkalis',
  tempat: 'Bengkalis',
  zonaWaktu: 'Asia/Jakarta',
  regulation: { short: 'Perbup Bengkalis 31/2024', title: 'Peraturan Bupati Bengkalis Nomor 31 Tahun 2024 tentang Sistem Kerja' },
  // Work is assigned by the Pimpinan Perangkat Daerah; the regulation defines no PUO of its own.
  puo: { scope: 'perangkat-daerah', citation: `${P2}.1` },
  ppkMinimum: { citation: 'bengkalis lampiran BAB I §II.A', description: 'The PPK is the Administrator or Pengawas the peta jabatan names.' },
  // Pasal 6(2) names the unit pelaksana teknis daerah; §II.A repeats it as "unit kerja mandiri".
  pimpinanFungsional: { jenisUnit: ['uptd'], citation: 'bengkalis pasal 6(2), lampiran BAB I §II.A', description: 'A Pejabat Fungsional appointed to lead a unit pelaksana teknis daerah may supervise JF and Pelaksana.' },
  kedudukanFirst: { citation: 'bengkalis pasal 6(4), lampiran BAB I §II.A', description: 'The kedudukan set by the Bupati is the basis for giving tasks.' },
  penunjukanLintasUnit: {
    citation: P2,
    requester: { role: 'pimpinan-pd-pemilik', citation: `${P2}.1` },
    crossing: { scope: 'perangkat-daerah', citation: P2 },
    tembusanPermohonan: [],
    crossAgency: { citation: 'bengkalis lampiran BAB I §II.B.1', description: 'the regulation provides penunjukan inside and across Perangkat Daerah only; it has no procedure across agencies' },
    steps: [
      {
        id: 'keputusan',
        kind: 'keputusan',
        actor: 'pimpinan-pd-tujuan',
        // Decided "atas pertimbangan bersama dengan pejabat administrasi": a consultation, not a separate step.
        title: 'Keputusan Pimpinan Perangkat Daerah tujuan atas permohonan pelibatan',
        citation: `${P2}.2`,
      },
    ],
    employeeMatch: {
      citation: `${P2}.3`,
      description: 'the employee is a JF or Pelaksana of the destination Perangkat Daerah, has a kedudukan, and matches the criteria requested',
    },
    refusalReasons: { citation: `${P2}.4`, description: 'A refusal states the reasons the request is not approved.' },
    documents: [
      {
        kind: 'surat-tugas',
        title: 'SURAT TUGAS',
        nomor: '800/{n}/SPT/{kodeUnit}/{yyyy}',
        nomorCitation: 'bengkalis lampiran BAB II form 5',
        signatory: 'pimpinan-pd-tujuan',
        tembusan: [
          { text: 'Bupati Bengkalis', citation: 'bengkalis lampiran BAB II form 5' },
          { text: 'Sekretaris Daerah Kabupaten Bengkalis', citation: 'bengkalis lampiran BAB II form 5' },
          { text: 'Kepala BKPP Kabupaten Bengkalis', citation: 'bengkalis lampiran BAB II form 5' },
        ],
        penutup: 'Dengan ketentuan: 1. setelah melaksanakan tugas agar menyampaikan laporan tertulis kepada Pejabat Penilai Kinerja; 2. agar dilaksanakan dengan penuh tanggung jawab.',
        citation: `${P2}.3, lampiran BAB II form 5`,
      },
    ],
    acknowledgement: { citation: `${P2}.5`, description: 'The employee receives the Surat Tugas.' },
  },
};
