// Peraturan Bupati Bengkalis 31/2024. Its lampiran BAB I §II holds the procedures (the spec's
// "lampiran II.x"); BAB II holds the document forms. Section letter B of §II is reconstructed: the
// OCR lost the heading "B. Penugasan".
import type { RegionalProfile } from './schema';
import { delegasiNasional } from './delegasi';
import { formulir } from './parts';
import { rekomendasiPenilaian } from '../procedures/rekomendasiPenilaianKinerja/profile';

const P1 = 'bengkalis lampiran BAB I §II.B.1.a';
const P2 = 'bengkalis lampiran BAB I §II.B.1.b';
const P4 = 'bengkalis lampiran BAB I §II.B.2.1';
const P5 = 'bengkalis lampiran BAB I §II.B.2.2';
const P8 = 'bengkalis lampiran BAB I §II.C.d.6';
/** Form 5 is the regulation's only Surat Tugas form: its number, its tembusan and its closing as it gives them. */
const FORM_5 = 'bengkalis lampiran BAB II form 5';
const suratTugas = formulir({
  kind: 'surat-tugas', title: 'SURAT TUGAS', nomor: '800/{n}/SPT/{kodeUnit}/{yyyy}', nomorCitation: FORM_5,
  tembusan: ['Bupati Bengkalis', 'Sekretaris Daerah Kabupaten Bengkalis', 'Kepala BKPP Kabupaten Bengkalis'].map((text) => ({ text, citation: FORM_5 })),
  penutup: 'Dengan ketentuan: 1. setelah melaksanakan tugas agar menyampaikan laporan tertulis kepada Pejabat Penilai Kinerja; 2. agar dilaksanakan dengan penuh tanggung jawab.',
});

export const bengkalis: RegionalProfile = {
  id: 'bengkalis',
  pemerintah: 'PEMERINTAH KABUPATEN BENGKALIS',
  kepalaDaerah: 'Bupati Bengkalis',
  tempat: 'Bengkalis',
  zonaWaktu: 'Asia/Jakarta',
  regulation: { short: 'Perbup Bengkalis 31/2024', title: 'Peraturan Bupati Bengkalis Nomor 31 Tahun 2024 tentang Sistem Kerja' },
  // The demo ships a neutral placeholder: put the region's lambang in documents/lambang and name it here.
  lambang: { berkas: 'contoh.png', contoh: true },
  // Work is assigned by the Pimpinan Perangkat Daerah; the regulation defines no PUO of its own.
  puo: { scope: 'perangkat-daerah', citation: `${P2}.1` },
  ppkMinimum: { citation: 'bengkalis lampiran BAB I §II.A', description: 'The PPK is the Administrator or Pengawas the peta jabatan names.' },
  // Pasal 6(2) names the unit pelaksana teknis daerah; §II.A repeats it as "unit kerja mandiri".
  pimpinanFungsional: { jenisUnit: ['uptd'], citation: 'bengkalis pasal 6(2), lampiran BAB I §II.A', description: 'A Pejabat Fungsional appointed to lead a unit pelaksana teknis daerah may supervise JF and Pelaksana.' },
  kedudukanFirst: { citation: 'bengkalis pasal 6(4), lampiran BAB I §II.A', description: 'The kedudukan set by the Bupati is the basis for giving tasks.' },
  // Who appoints a Plh/Plt, and how they sign ("Plh. KEPALA DINAS …,"; the Sekretaris Daerah for the kepala daerah: "a.n. BUPATI BENGKALIS").
  delegasi: delegasiNasional('bengkalis', { citation: 'Permendagri 1/2023 (Tata Naskah Dinas di Lingkungan Pemerintah Daerah); bengkalis lampiran BAB II angka 6', atasNama: 'a.n. BUPATI BENGKALIS' }),
  // Pasal 8(3)–(4): team work, the number of teams by workload; nothing limits one employee's assignments.
  batasPenugasan: { citation: 'bengkalis pasal 8(3)–(4)', description: 'the regulation sets no limit on how often or how long an employee is assigned to a tim kerja' },
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
      suratTugas({ signatory: 'pimpinan-pd-pemilik', citation: `${P1}, lampiran BAB II form 5` }),
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
      suratTugas({ signatory: 'pimpinan-pd-tujuan', citation: `${P2}.3, lampiran BAB II form 5` }),
    ],
    acknowledgement: { citation: `${P2}.5`, description: 'The employee receives the Surat Tugas.' },
  },
  penunjukanLintasInstansi: {
    provided: false,
    citation: 'bengkalis lampiran BAB I §II.B.1',
    description: 'the regulation provides penunjukan inside and across Perangkat Daerah only; it has no procedure across agencies (a team may involve other agencies, pasal 7, but no alur is set)',
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
      suratTugas({ signatory: 'pimpinan-pd-pegawai', citation: `${P4}.b, lampiran BAB II form 5` }),
    ],
    acknowledgement: { citation: `${P4}.c`, description: 'The employee receives the Surat Tugas.' },
  },
  pengajuanSukarelaLintasUnit: {
    citation: P5,
    requester: { citation: 'bengkalis pasal 7(7), lampiran BAB I §II.B.2', description: 'pengajuan sukarela is the active request of a Pejabat Fungsional or Pelaksana with a kedudukan' },
    crossing: { scope: 'perangkat-daerah', citation: 'bengkalis lampiran BAB I §II.B.2' },
    crossAgency: { citation: 'bengkalis lampiran BAB I §II.B.2', description: 'pengajuan sukarela is done inside the Perangkat Daerah or across Perangkat Daerah within the Instansi Pemerintah only' },
    tembusanPermohonan: [{ role: 'pimpinan-pd-pegawai', citation: `${P5}.a` }],
    cv: { citation: 'bengkalis lampiran BAB II form 1', description: 'the surat permohonan pribadi encloses the Curriculum Vitae (CV) and supporting documents: give a reference to the CV' },
    steps: [
      // Form 1 is countersigned "Mengetahui Atasan Langsung" (the PPK, "selaku atasan langsung", §II.B.1) before it is sent.
      { id: 'mengetahui-atasan', kind: 'rekomendasi', actor: 'ppk-pegawai', title: 'Mengetahui Atasan Langsung atas surat permohonan', citation: 'bengkalis lampiran BAB II form 1' },
      // Decided after the Ketua Tim Kerja's verification (forms 2, 3): no Ketua Tim is in the master data, so
      // the verification is the destination's to record (notes) and the letters say it took place.
      { id: 'keputusan-pd-tujuan', kind: 'keputusan', actor: 'pimpinan-pd-pemilik', title: 'Keputusan Pimpinan Perangkat Daerah dituju, setelah verifikasi oleh Ketua Tim Kerja', citation: `${P5}.b, lampiran BAB II forms 2-3` },
      { id: 'penyampaian-persetujuan', kind: 'tindakan', actor: 'pegawai', title: 'Menyampaikan surat permohonan yang telah disetujui kepada Pimpinan Perangkat Daerah bersangkutan', citation: `${P5}.b` },
      { id: 'keputusan-pd-asal', kind: 'keputusan', actor: 'pimpinan-pd-pegawai', title: 'Keputusan Pimpinan Perangkat Daerah bersangkutan atas surat permohonan yang telah disetujui', citation: `${P5}.c` },
    ],
    balasan: [
      // Form 1, the surat permohonan pribadi: the employee's own letter with the CV, countersigned "Mengetahui Atasan
      // Langsung"; a document of the case once countersigned. It has no number of its own: the case's register numbers
      // it under the employee's unit, and the letter does not print it.
      {
        step: 'mengetahui-atasan',
        approve: {
          kind: 'permohonan-pribadi',
          title: 'SURAT PERMOHONAN MENJADI ANGGOTA TIM KERJA',
          nomor: '{n}/PERMOHONAN/{kodeUnit}/{yyyy}',
          nomorCitation: 'bengkalis lampiran BAB II form 1 (a personal letter: no Nomor line; registered here, not printed)',
          signatory: 'pegawai',
          tembusan: [{ role: 'pimpinan-pd-pegawai' }],
          penutup: 'Demikian kami sampaikan, atas perhatian dan perkenan Bapak/Ibu kami ucapkan terima kasih.',
          citation: 'bengkalis lampiran BAB II form 1',
        },
      },
      {
        step: 'keputusan-pd-tujuan',
        approve: {
          kind: 'persetujuan',
          title: 'SURAT PERSETUJUAN PERMOHONAN MENJADI ANGGOTA TIM KERJA',
          nomor: '800/{n}/{kodeUnit}/{yyyy}',
          nomorCitation: 'bengkalis lampiran BAB II form 2 (Nomor: xxx/xxx/xx/xxxx)',
          signatory: 'pimpinan-pd-pemilik',
          tembusan: [{ role: 'pimpinan-pd-pegawai' }],
          penutup: 'Demikian kami sampaikan, atas perhatian dan kerjasamanya diucapkan terima kasih.',
          citation: `${P5}.b, lampiran BAB II form 2`,
        },
        refuse: {
          kind: 'penolakan',
          title: 'SURAT PENOLAKAN USULAN MENJADI ANGGOTA TIM KERJA',
          nomor: '800/{n}/{kodeUnit}/{yyyy}',
          nomorCitation: 'bengkalis lampiran BAB II form 3 (Nomor: xxx/xxx/xx/xxxx)',
          signatory: 'pimpinan-pd-pemilik',
          tembusan: [{ role: 'pimpinan-pd-pegawai' }],
          penutup: 'Demikian disampaikan, atas perhatiannya diucapkan terima kasih.',
          citation: 'bengkalis lampiran BAB II form 3',
        },
      },
    ],
    standardReasons: {
      citation: 'bengkalis lampiran BAB II form 3',
      reasons: [
        { kode: 'kualifikasi-tidak-sesuai', text: 'Jabatan Fungsional/Pelaksana serta kualifikasi keahlian yang Saudara miliki tidak sesuai dengan kebutuhan dalam Tim Kerja yang dituju' },
        { kode: 'tim-penuh', text: 'Jabatan Fungsional/Pelaksana serta kualifikasi keahlian yang Saudara miliki sesuai dengan kebutuhan dalam Tim Kerja yang dituju, namun jumlah anggota Tim sudah mencukupi' },
      ],
    },
    refusalReasons: { citation: 'bengkalis lampiran BAB II form 3', description: 'A refusal states its reasons: one of the standard reasons (alasan) or free text.' },
    documents: [
      suratTugas({ signatory: 'pimpinan-pd-pegawai', citation: `${P5}.c, lampiran BAB II form 5`, tembusan: [{ role: 'pimpinan-pd-pemilik' }] }),
    ],
    acknowledgement: { citation: `${P5}.d`, description: 'The employee receives the Surat Penugasan.' },
  },
  rekomendasiPenilaianKinerja: rekomendasiPenilaian({
    citation: P8,
    penilai: { role: 'puo-pemilik', citation: `${P8}, §II.C.a.7`, description: 'an individual assignment is led by the Pimpinan Perangkat Daerah who assigned it (§II.C.a.7); who leads the work reports the result of the members to their Pejabat Penilai Kinerja and Pimpinan Perangkat Daerah (§II.C.d.6)' },
    penilaiTim: { kedudukan: ['ketua', 'penanggungJawab'], citation: 'bengkalis lampiran BAB II form 7', description: 'a member of a Tim Kerja is rated by the KETUA TIM/PENANGGUNG JAWAB TIM who signs form 7 (Surat Rekomendasi Penilaian Kinerja bagi Pejabat Fungsional dan Pelaksana pelibatan dalam Tim Kerja)' },
    // Form 7 is signed by the KETUA TIM/PENANGGUNG JAWAB TIM; the penanggung jawab monitors and evaluates the team's work and answers
    // for it (§II.C.b.7–8), so at the period's end he rates every member, the ketua among them, whom the ketua cannot rate himself.
    tugasTim: { kedudukan: 'penanggungJawab', citation: 'bengkalis lampiran BAB I §II.C.b.7–8, lampiran BAB II form 7', description: 'when the team\'s period ends the penanggung jawab tim, who monitors and evaluates its work and answers for it, rates each member (the ketua too) on form 7 as KETUA TIM/PENANGGUNG JAWAB TIM' },
    predikatCitation: 'bengkalis lampiran BAB II form 7',
    pimpinanPegawai: { id: 'menerima-rekomendasi-pimpinan-pd', actor: 'pimpinan-pd-pegawai', sebagai: 'Pimpinan Perangkat Daerah' },
    formulir: { nomor: '800/{n}/REK-PK/{kodeUnit}/{yyyy}', nomorCitation: 'bengkalis lampiran BAB II form 7 (no number on the form); 800 = kepegawaian', citation: `${P8}, lampiran BAB II form 7` },
  }),
  siklusKinerja: {
    citation: 'bengkalis pasal 11',
    starters: { roles: ['pegawai', 'pimpinan-pd-pemilik', 'ppk-pegawai'], citation: 'bengkalis pasal 11(1)' },
    rencana: {
      draft: { citation: 'bengkalis lampiran BAB I §II.C.1', description: 'The Pejabat Fungsional or Pelaksana drafts the rencana kegiatan (in a team the ketua: menyusun dan menetapkan rencana kegiatan).' },
      persetujuan: { actor: 'ppk-pegawai', citation: 'bengkalis lampiran BAB I §II.C.1' },
    },
    tim: {
      rincian: { citation: 'bengkalis lampiran BAB I §II.C.d.1–2', description: 'The ketua tim drafts the rincian pelaksanaan kegiatan and splits the roles of the members by competence, expertise and skill.' },
      persetujuan: { actor: 'pimpinan-pd-pemilik', citation: 'bengkalis lampiran BAB I §II.C.a.1, §II.C.d.5' },
      // Lampiran BAB I §II.C.e: "Tanggung jawab anggota tim, meliputi: 1) menyusun rencana kerja individu; 2) melaksanakan kinerja sesuai ekspektasi ketua tim".
      rencanaAnggota: {
        citation: 'bengkalis lampiran BAB I §II.C.e.1', description: 'Each member of the team drafts their own rencana kerja individu, beside the ketua\'s rincian pelaksanaan kegiatan.',
        persetujuan: { citation: 'bengkalis lampiran BAB I §II.C.e.2, §II.C.d.2', description: 'The member works to the ekspektasi of the ketua tim, who split the roles: the ketua agrees the member\'s plan.' },
      },
      laporanAnggota: { citation: 'bengkalis lampiran BAB I §II.D.b.1', description: 'A member of the team reports the work to the ketua tim.' },
      laporanKetua: { penerima: [{ actor: 'pimpinan-pd-pemilik', citation: 'bengkalis pasal 11(3)' }], citation: 'bengkalis pasal 11(3)', description: 'The ketua tim reports the work of the team to the kepala perangkat daerah or the penanggung jawab tim, berjenjang and periodically.' },
      berjenjang: { citation: 'bengkalis pasal 11(3)', description: 'secara berjenjang: the ketua tim reports to the penanggung jawab tim, who passes the report on to the kepala perangkat daerah' },
      laporanAkhirAnggota: { citation: 'bengkalis lampiran BAB II form 5 (Surat Tugas anggota Tim Kerja, Dengan Ketentuan angka 1)', description: 'after carrying out the task, each member submits a written report to their Pejabat Penilai Kinerja' },
      // A team within the Perangkat Daerah: "kepada Pimpinan Perangkat Daerah dan penanggung jawab tim"; across Perangkat
      // Daerah the text names the Pimpinan Perangkat Daerah pemilik kinerja alone (§II.C.b.3), and the members' own (b.4).
      kendalaPenanggungJawab: { lingkup: ['dalam-unit'], citation: 'bengkalis lampiran BAB I §II.C.a.2.c', description: 'a team within the Perangkat Daerah sends its permasalahan dan kendala with alternatif rekomendasi to the Pimpinan Perangkat Daerah and the penanggung jawab tim, to be decided and/or followed up: the Pimpinan Perangkat Daerah decides, the penanggung jawab receives it to follow up' },
      permintaanPenanggungJawab: { citation: 'bengkalis pasal 11(4)', description: 'the kepala perangkat daerah or the penanggung jawab tim may ask the ketua and/or the members for a report at any time' },
    },
    // Reported to the kepala perangkat daerah (pasal 11(2)) and to the PPK, the atasan langsung, who monitors it and gives feedback (lampiran BAB I §I.2.b, §II.C.f.3, §II.D.a).
    laporan: {
      penerima: [{ actor: 'pimpinan-pd-pemilik', citation: 'bengkalis pasal 11(2)' }, { actor: 'ppk-pegawai', citation: 'bengkalis lampiran BAB I §I.2.b, §II.C.f.3, §II.D.a' }],
      citation: 'bengkalis pasal 11(2)', description: 'An individual reports directly to the kepala perangkat daerah pemilik kinerja, and to the pejabat penilai kinerja (atasan langsung) who monitors the work and gives feedback.',
    },
    permintaanLaporan: { actor: 'pimpinan-pd-pemilik', citation: 'bengkalis pasal 11(4)' },
    umpanBalik: { citation: 'bengkalis lampiran BAB I §I.2.b, §II.C.2.d', description: 'The atasan langsung, the penanggung jawab tim and the Pimpinan Perangkat Daerah monitor the work and give feedback on it.' },
    kendala: {
      kepada: 'pimpinan-pd-pemilik', citation: 'bengkalis lampiran BAB I §II.C.3.3',
      lintasPuo: { kepada: 'pimpinan-pd-pegawai', citation: 'bengkalis lampiran BAB I §II.C.3.4' },
    },
    evaluasi: {
      rantai: { citation: 'bengkalis pasal 11(3)', description: 'The result is reported up the hierarchy (berjenjang) to the kepala perangkat daerah, who accepts it.' },
      perbaikan: { oleh: 'pegawai', citation: 'bengkalis pasal 11(3)', description: 'A result not accepted goes back to the employee with notes, then up again.' },
    },
  },
  pembentukanTimKerja: {
    citation: 'bengkalis pasal 7(1), 7(8)',
    requester: { role: 'pimpinan-pd-pemilik', citation: 'bengkalis pasal 7(1)' },
    // The lampiran (§II.C.4) says only "diutamakan"; the pasal prevails.
    ketuaDariPemilik: { citation: 'bengkalis pasal 8(5)', description: 'in a team with members from other Perangkat Daerah the ketua comes from the Perangkat Daerah pemilik kinerja' },
    ketua: { jenisJabatan: ['fungsional'], hasilPenyetaraanAtauKeahlian: true, citation: 'bengkalis pasal 7(6)', description: 'the ketua is a Pejabat Fungsional hasil penyetaraan, or where there is none a Pejabat Fungsional keahlian who is a PNS' },
    penanggungJawab: { jenisJabatan: ['administrator'], hasilPenyetaraan: true, citation: 'bengkalis pasal 7(6)', description: 'the penanggung jawab is a Pejabat Administrator or a Pejabat Fungsional hasil penyetaraan' },
    keputusan: {
      dalamUnit: {
        signingTitle: 'Penetapan Keputusan Kepala Perangkat Daerah tentang Tim Kerja',
        document: {
          kind: 'keputusan-kepala-pd', title: 'KEPUTUSAN {penandatangan}', nomor: '{n}/KPTS/{kodePd}/{yyyy}', nomorCitation: 'bengkalis lampiran BAB II',
          signatory: 'pimpinan-pd-pemilik', tembusan: [{ text: 'Bupati Bengkalis', citation: 'bengkalis lampiran BAB II' }, { text: 'Sekretaris Daerah Kabupaten Bengkalis', citation: 'bengkalis lampiran BAB II' }], penutup: '', citation: 'bengkalis pasal 7(8)a',
        },
      },
      // A Keputusan Bupati under the Bupati's kop and signature (form 6), who holds no key here: the
      // Sekretaris Daerah submits it for signature, records it signed, and issues it.
      lintasUnit: {
        signingTitle: 'Penyampaian Keputusan Bupati tentang Tim Kerja Lintas Perangkat Daerah kepada Bupati untuk ditandatangani',
        document: {
          kind: 'keputusan-bupati', title: 'KEPUTUSAN BUPATI BENGKALIS', nomor: '{n}/KPTS/{yyyy}', nomorCitation: 'bengkalis lampiran BAB II angka 6',
          signatory: 'sekretaris-daerah', tembusan: [], penutup: '', citation: 'bengkalis pasal 7(8)b, lampiran BAB II angka 6', kepalaDaerah: 'bengkalis pasal 7(8)b, lampiran BAB II angka 6',
        },
      },
    },
    susunan: {
      penanggungJawab: 'Pengarah', ketua: 'Ketua', sekretaris: 'Sekretaris', anggota: 'Anggota',
      kolom: [{ judul: 'NO', isi: 'no' }, { judul: 'NAMA', isi: 'nama' }, { judul: 'NIP', isi: 'nip' }, { judul: 'NAMA JABATAN', isi: 'jabatan' }, { judul: 'KEDUDUKAN DALAM TIM', isi: 'susunan' }],
      citation: 'bengkalis lampiran BAB II angka 6 (Susunan Keanggotaan Tim)',
    },
    penggantiAnggota: { citation: 'bengkalis pasal 7(4)', description: 'a member from another unit who was not approved is reported to the former, who names another or goes on without' },
    employeeMatch: { citation: 'bengkalis pasal 7(4)', description: 'a member is a JF or Pelaksana with a kedudukan' },
    refusalReasons: { citation: 'bengkalis pasal 7(4)', description: 'A decree not signed is answered with its reasons.' },
    acknowledgement: { citation: 'bengkalis pasal 7(8)', description: 'The decree is addressed to every member it assigns (ketua, sekretaris, anggota): each receives it and acknowledges their own receipt.' },
  },
};
