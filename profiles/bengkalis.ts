// Peraturan Bupati Bengkalis 31/2024. Its lampiran BAB I §II holds the procedures (the spec's
// "lampiran II.x"); BAB II holds the document forms. Section letter B of §II is reconstructed: the
// OCR lost the heading "B. Penugasan".
import type { RegionalProfile } from './schema';

const P1 = 'bengkalis lampiran BAB I §II.B.1.a';
const P2 = 'bengkalis lampiran BAB I §II.B.1.b';
const P4 = 'bengkalis lampiran BAB I §II.B.2.1';

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
  kedudukanFirst: { citation: 'bengkalis pasal 6(4), lampiran BAB I §II.A', description: 'The kedudukan set by the Bupati is the basis for giving tasks.' },
  penunjukanDalamUnit: {
    citation: P1,
    // "dilakukan oleh Pimpinan Perangkat Daerah bersangkutan berdasarkan usulan dari Pejabat Penilai Kinerja (Pejabat Administrasi)".
    requester: { role: 'ppk-pegawai', citation: P1 },
    scope: { scope: 'perangkat-daerah', citation: P1 },
    lintasUnit: { citation: P2, description: 'an employee of another Perangkat Daerah is involved through penunjukan lintas Perangkat Daerah (penunjukan-lintas-unit)' },
    steps: [
      { id: 'keputusan-pimpinan-pd', kind: 'keputusan', actor: 'pimpinan-pd-pemilik', title: 'Penunjukan oleh Pimpinan Perangkat Daerah atas usulan Pejabat Penilai Kinerja', citation: P1 },
    ],
    employeeMatch: { citation: P1, description: 'the employee is a JF or Pelaksana of the Perangkat Daerah, has a kedudukan, and matches the proposal' },
    // Point a) says nothing of a refusal; the regulation's rule for an unapproved penunjukan is b.4.
    refusalReasons: { citation: `${P2}.4`, description: 'An unapproved penunjukan is answered with the reasons it is not approved.' },
    documents: [
      {
        kind: 'surat-tugas',
        title: 'SURAT TUGAS',
        nomor: '800/{n}/SPT/{kodeUnit}/{yyyy}',
        nomorCitation: 'bengkalis lampiran BAB II form 5',
        signatory: 'pimpinan-pd-pemilik',
        // Form 5 is the regulation's only Surat Tugas form: its tembusan as it gives them.
        tembusan: [
          { text: 'Bupati Bengkalis', citation: 'bengkalis lampiran BAB II form 5' },
          { text: 'Sekretaris Daerah Kabupaten Bengkalis', citation: 'bengkalis lampiran BAB II form 5' },
          { text: 'Kepala BKPP Kabupaten Bengkalis', citation: 'bengkalis lampiran BAB II form 5' },
        ],
        penutup: 'Dengan ketentuan: 1. setelah melaksanakan tugas agar menyampaikan laporan tertulis kepada Pejabat Penilai Kinerja; 2. agar dilaksanakan dengan penuh tanggung jawab.',
        citation: `${P1}, lampiran BAB II form 5`,
      },
    ],
    acknowledgement: { citation: 'bengkalis lampiran BAB I §II.B.1, lampiran BAB II form 5', description: 'The employee receives the Surat Tugas to carry it out with full responsibility.' },
  },
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
  // Volunteering inside the Perangkat Daerah: stated orally to the Pimpinan PD, who assigns (§II.B.2.1).
  pengajuanSukarelaDalamUnit: {
    citation: P4,
    wish: { to: ['pimpinan-pd-pegawai'], citation: `${P4}.a` },
    dalamUnit: {
      within: 'pimpinan-pd-pegawai', citation: 'bengkalis lampiran BAB I §II.B.2',
      description: 'pengajuan sukarela di dalam Perangkat Daerah Pejabat Fungsional bersangkutan',
    },
    lintasUnit: { citation: 'bengkalis lampiran BAB I §II.B.2.2', description: 'pengajuan sukarela yang bersifat lintas Perangkat Daerah' },
    steps: [
      { id: 'keputusan', kind: 'keputusan', actor: 'pimpinan-pd-pegawai', title: 'Keputusan Pimpinan Perangkat Daerah atas pengajuan sukarela', citation: `${P4}.b` },
    ],
    employeeMatch: { citation: 'bengkalis pasal 7(7)', description: 'pengajuan sukarela is the active request of a Pejabat Fungsional or Pelaksana' },
    // Form 3 answers a volunteer who is not approved "dengan alasan".
    refusalReasons: { citation: 'bengkalis lampiran BAB II form 3', description: 'A refusal states the reasons the wish is not approved.' },
    documents: [
      {
        kind: 'surat-tugas',
        title: 'SURAT TUGAS',
        nomor: '800/{n}/SPT/{kodeUnit}/{yyyy}',
        nomorCitation: 'bengkalis lampiran BAB II form 5',
        signatory: 'pimpinan-pd-pegawai',
        tembusan: [
          { text: 'Bupati Bengkalis', citation: 'bengkalis lampiran BAB II form 5' },
          { text: 'Sekretaris Daerah Kabupaten Bengkalis', citation: 'bengkalis lampiran BAB II form 5' },
          { text: 'Kepala BKPP Kabupaten Bengkalis', citation: 'bengkalis lampiran BAB II form 5' },
        ],
        penutup: 'Dengan ketentuan: 1. setelah melaksanakan tugas agar menyampaikan laporan tertulis kepada Pejabat Penilai Kinerja; 2. agar dilaksanakan dengan penuh tanggung jawab.',
        citation: `${P4}.b, lampiran BAB II form 5`,
      },
    ],
    acknowledgement: { citation: `${P4}.c`, description: 'The employee receives the Surat Tugas.' },
  },
};
