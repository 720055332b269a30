// Peraturan Bupati Banjar 39/2024.
import type { RegionalProfile } from './schema';
import { delegasiNasional } from './delegasi';
import { formulir } from './parts';
import { rekomendasiPenilaian } from '../procedures/rekomendasiPenilaianKinerja/profile';

const P1 = 'banjar lampiran II.B.1.a';
const P2 = 'banjar lampiran II.B.1.b';
const P3 = 'banjar lampiran II.B.1.c';
const P4 = 'banjar lampiran II.B.2.a';
const P5 = 'banjar lampiran II.B.2.b';
const P8 = 'banjar lampiran III.B.3';
// The forms of lampiran IV, each numbered NOMOR … TAHUN ….
const suratTugas = formulir({
  kind: 'surat-tugas', title: 'SURAT TUGAS', nomor: '{n} TAHUN {yyyy}', nomorCitation: 'banjar lampiran IV (Surat Tugas: NOMOR … TAHUN …)', tembusan: [],
  penutup: 'Melaksanakan perintah ini dengan penuh tanggung jawab dan melaporkan hasilnya kepada Pejabat Penilai Kinerja.',
});
const keputusanSekda = formulir({
  kind: 'keputusan-sekda', title: 'KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BANJAR', nomor: '{n} TAHUN {yyyy}', nomorCitation: 'banjar lampiran IV (Keputusan Sekretaris Daerah: NOMOR … TAHUN …)', tembusan: [], penutup: '',
});
/** Signed by the Bupati ("BUPATI BANJAR, NAMA"), who holds no key here: the Sekretaris Daerah submits it, records it signed, and issues it. */
const keputusanBupati = formulir({
  kind: 'keputusan-bupati', title: 'KEPUTUSAN BUPATI BANJAR', nomor: '{n} TAHUN {yyyy}', nomorCitation: 'banjar lampiran IV (Keputusan: NOMOR … TAHUN …)', tembusan: [], penutup: '',
  kepalaDaerah: 'banjar pasal 14(1), lampiran IV.A',
});

export const banjar: RegionalProfile = {
  id: 'banjar',
  pemerintah: 'PEMERINTAH KABUPATEN BANJAR',
  kepalaDaerah: 'Bupati Banjar',
  tempat: 'Martapura',
  zonaWaktu: 'Asia/Makassar',
  regulation: { short: 'Perbup Banjar 39/2024', title: 'Peraturan Bupati Banjar Nomor 39 Tahun 2024 tentang Sistem Kerja' },
  // The demo ships a neutral placeholder: put the region's lambang in documents/lambang and name it here.
  lambang: { berkas: 'contoh.png', contoh: true },
  // "Kepala Dinas/Kepala Badan/... selaku Pimpinan Unit Organisasi"; in a Kecamatan the Camat (I.E.2.a).
  puo: { scope: 'perangkat-daerah', citation: 'banjar lampiran I.B.2.a' },
  ppkMinimum: { citation: 'banjar pasal 1 angka 23', description: 'A PPK is the direct superior, at least a Pejabat Pengawas.' },
  // "Unit Organisasi ... dapat dipimpin oleh ... Pejabat Fungsional yang diangkat untuk memimpin suatu unit kerja mandiri".
  pimpinanFungsional: { jenisUnit: ['uptd', 'unit'], citation: 'banjar pasal 8(2), pasal 1 angka 21', description: 'A Pejabat Fungsional appointed to lead a Unit Kerja mandiri (e.g. a UPTD Puskesmas) may supervise JF and Pelaksana.' },
  kedudukanFirst: { citation: 'banjar lampiran II.A.2', description: 'Penugasan dilakukan setelah penetapan kedudukan.' },
  // Who appoints a Plh/Plt, and how they sign ("Plh. KEPALA DINAS …,"; the Sekretaris Daerah for the kepala daerah: "a.n. BUPATI BANJAR").
  delegasi: delegasiNasional('banjar', { citation: 'Permendagri 1/2023 (Tata Naskah Dinas di Lingkungan Pemerintah Daerah); banjar lampiran IV (blok tanda tangan)', atasNama: 'a.n. BUPATI BANJAR' }),
  batasPenugasan: {
    citation: 'banjar pasal 9(4)–(5)',
    description: 'Penugasan ke dalam tim kerja: di dalam Unit Organisasi paling banyak 3 kali dan paling lama 12 bulan; anggota lintas Unit Organisasi atau Instansi Pemerintah paling banyak 3 kali dan paling lama 6 bulan, dalam sekali penugasan.',
    dalamUnit: { maksimalKali: 3, maksimalBulan: 12, citation: 'banjar pasal 9(4)', description: 'di dalam Unit Organisasi ke dalam tim kerja paling banyak 3 (tiga) kali dan paling lama 12 (dua belas) bulan dalam sekali Penugasan' },
    lintas: { maksimalKali: 3, maksimalBulan: 6, citation: 'banjar pasal 9(5)', description: 'anggota tim dari lintas Unit Organisasi dan/atau lintas Instansi Pemerintah paling banyak 3 (tiga) kali dan paling lama 6 (enam) bulan dalam sekali penugasan' },
    // The text names no window for "3 kali": the Perjanjian Kinerja is set "selama satu tahun".
    periodeKinerja: { citation: 'banjar lampiran I.A.3.a.1', description: 'counted per performance year: the Perjanjian Kinerja sets the targets for one year' },
  },
  penunjukanDalamUnit: {
    citation: P1,
    // "dilakukan langsung oleh Pimpinan Unit Organisasi bersangkutan": the PUO's request is the appointment.
    requester: { role: 'puo-pemilik', citation: `${P1}, pasal 14(3)` },
    // The PUO leads a whole Perangkat Daerah (lampiran I.B.2.a): "dalam Unit Organisasi" is inside it.
    scope: { scope: 'perangkat-daerah', citation: `${P1}, pasal 14(3)` },
    lintasUnit: { citation: P2, description: 'an employee of another Unit Organisasi is involved through penunjukan lintas Unit Organisasi (penunjukan-lintas-unit), set by Keputusan Sekretaris Daerah (pasal 14(2))' },
    steps: [],
    employeeMatch: { citation: P1, description: 'the employee is a JF or Pelaksana of the Unit Organisasi and has a kedudukan' },
    // No decision is taken on a direct appointment; cited should a procedure ever refuse one.
    refusalReasons: { citation: `${P2}.4`, description: 'A refusal answers with the reasons the request cannot be approved.' },
    documents: [
      suratTugas({ signatory: 'puo-pemilik', citation: 'banjar pasal 14(3), lampiran IV' }),
    ],
    acknowledgement: { citation: 'banjar pasal 14(3), lampiran IV', description: 'The Surat Tugas of the PUO is addressed to the employee, who receives it.' },
  },
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
      suratTugas({ signatory: 'puo-tujuan', citation: `${P2}.3, lampiran IV`, tembusan: [{ role: 'ppk-pemohon' }] }),
      keputusanSekda({ signatory: 'sekretaris-daerah', citation: 'banjar pasal 14(2)', tembusan: [{ role: 'puo-pemilik' }, { role: 'puo-tujuan' }] }),
    ],
    acknowledgement: { citation: `${P2}.5`, description: 'The employee receives the Surat Tugas.' },
  },
  // Penunjukan lintas Instansi Pemerintah (lampiran II.B.1.c; the OCR lost the numbers after 1): the
  // hops are numbered here 1-6 as the text runs, 5.a-5.c for the three things done "apabila tersedia".
  penunjukanLintasInstansi: {
    provided: true,
    citation: P3,
    // The text names the office, not its holder; the Sekretaris Daerah is the Pejabat yang Berwenang who
    // acts for the Bupati (the Pejabat Pembina Kepegawaian) on staffing and already sets cross-unit assignments.
    pejabatBerwenang: { role: 'sekretaris-daerah', citation: `${P3}.1-3, pasal 14(2)`, description: 'the Pejabat yang Berwenang is the Sekretaris Daerah, acting for the Bupati as Pejabat Pembina Kepegawaian' },
    requester: { role: 'puo-pemilik', citation: `${P3}.1` },
    tembusanPermohonan: [{ role: 'ppk-pemohon', citation: `${P3}.1` }],
    minimumContents: { citation: `${P3}.1`, description: 'maksud dan tujuan, kompetensi yang dibutuhkan, ekspektasi/target kinerja, dan durasi pelibatan' },
    stepsPemohon: [
      { id: 'persetujuan-pyb-pemohon', kind: 'keputusan', actor: 'sekretaris-daerah', title: 'Persetujuan Pejabat yang Berwenang instansi pemohon dan pengiriman surat permohonan pelibatan kepada instansi yang dituju', citation: `${P3}.2` },
    ],
    stepsTujuan: [
      { id: 'persetujuan-pyb-tujuan', kind: 'keputusan', actor: 'sekretaris-daerah', title: 'Persetujuan Pejabat yang Berwenang instansi yang dituju dan instruksi kepada Pejabat Penilai Kinerja', citation: `${P3}.3` },
      { id: 'rekomendasi-puo-tujuan', kind: 'rekomendasi', actor: 'puo-tujuan', title: 'Rekomendasi Pimpinan Unit Organisasi tempat Pejabat Fungsional atau Pelaksana berada', citation: `${P3}.4` },
      { id: 'jawaban-ppk-tujuan', kind: 'keputusan', actor: 'ppk-tujuan', title: 'Surat jawaban Pejabat Penilai Kinerja atas ketersediaan, beserta daftar Pejabat Fungsional atau Pelaksana yang ditugaskan', citation: `${P3}.4, ${P3}.5.a` },
      { id: 'persetujuan-jawaban-pyb-tujuan', kind: 'keputusan', actor: 'sekretaris-daerah', title: 'Persetujuan Pejabat yang Berwenang atas surat jawaban dan pengirimannya kepada Pejabat yang Berwenang pemohon', citation: `${P3}.5.a` },
    ],
    daftarPegawai: { step: 'jawaban-ppk-tujuan', citation: `${P3}.5.a-b` },
    employeeMatch: { citation: `${P3}.3-4`, description: 'the employees are JF or Pelaksana of the unit asked, have a kedudukan, and match the criteria of the surat permohonan pelibatan' },
    refusalReasons: { citation: `${P3}.2-5, ${P2}.4`, description: 'A refusal at any hop (not approved, or no employee available) answers with its reasons.' },
    documentsTujuan: [
      {
        kind: 'surat-penugasan',
        title: 'SURAT TUGAS',
        nomor: '{n} TAHUN {yyyy}',
        nomorCitation: 'banjar lampiran IV (Surat Tugas: NOMOR … TAHUN …)',
        signatory: 'puo-tujuan',
        // The requesting agency's Pejabat yang Berwenang is added by the plan: it is the other agency's.
        tembusan: [{ role: 'sekretaris-daerah' }, { role: 'ppk-tujuan' }],
        penutup: 'Melaksanakan perintah ini dengan penuh tanggung jawab dan melaporkan hasilnya kepada Pejabat Penilai Kinerja.',
        citation: `${P3}.5.c, lampiran IV`,
      },
    ],
    // The answer of the PyB asked to the requesting PyB (5.a): between governments, so signed by the Sekretaris
    // Daerah, who is the Pejabat yang Berwenang for the Bupati as Pejabat Pembina Kepegawaian, "a.n. BUPATI BANJAR".
    suratJawaban: {
      kind: 'surat-jawaban-pelibatan',
      title: 'SURAT JAWABAN PERMOHONAN PELIBATAN',
      nomor: '800/{n}/{kodePd}/{yyyy}',
      nomorCitation: 'Permendagri 1/2023 (nomor surat dinas: kode klasifikasi, nomor urut, kode unit, tahun); klasifikasi 800 Kepegawaian',
      signatory: 'sekretaris-daerah',
      tembusan: [{ role: 'ppk-tujuan' }],
      penutup: 'Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.',
      citation: `${P3}.5.a`,
      atasNamaKepalaDaerah: `${P3}.5.a (the Pejabat yang Berwenang: the Sekretaris Daerah for the Bupati as Pejabat Pembina Kepegawaian, ${P3}.1-3); Permendagri 1/2023 (a.n.)`,
    },
    // The plan copies the other agency's Pejabat yang Berwenang: its officials are not in this master data.
    penetapan: [keputusanBupati({ signatory: 'sekretaris-daerah', citation: 'banjar pasal 14(1)' })],
    acknowledgement: { citation: `${P3}.6`, description: 'Each employee assigned receives the surat penugasan.' },
    // The alur sets what the agency asked does, whichever it is: one not on this service takes those hops
    // through its own key, and its PUO gives the surat penugasan, whose number it reports here.
    instansiLuar: {
      laporanPenugasan: { id: 'laporan-surat-penugasan', kind: 'tindakan', actor: 'puo-tujuan', title: 'Laporan nomor dan tanggal surat penugasan yang diberikan Pimpinan Unit Organisasi instansi yang dituju', citation: `${P3}.5.c` },
      suratPenugasan: { kind: 'surat-penugasan', title: 'SURAT PENUGASAN' },
    },
  },
  // Volunteering inside the Unit Organisasi: stated orally to the PUO, who assigns (II.B.2.a).
  pengajuanSukarelaDalamUnit: {
    citation: P4,
    wish: { to: ['puo-pegawai'], citation: `${P4}.1` },
    dalamUnit: {
      within: 'puo-pegawai', citation: 'banjar lampiran II.B.2',
      description: 'pengajuan sukarela di dalam Unit Organisasi Pejabat Fungsional atau Pelaksana bersangkutan',
    },
    lintasUnit: { citation: 'banjar lampiran II.B.2.b', description: 'pengajuan sukarela lintas Unit Organisasi' },
    steps: [
      { id: 'keputusan-puo', kind: 'keputusan', actor: 'puo-pegawai', title: 'Keputusan PUO atas pengajuan sukarela', citation: `${P4}.2` },
    ],
    employeeMatch: { citation: 'banjar pasal 13', description: 'pengajuan sukarela is the active request of a Pejabat Fungsional or Pelaksana' },
    // The text says only "apabila PUO menyetujui"; a refusal answers with reasons, as in II.B.1.b.4.
    refusalReasons: { citation: `${P4}.2, lampiran II.B.1.b.4`, description: 'A refusal answers with the reasons the wish is not approved.' },
    documents: [
      suratTugas({ signatory: 'puo-pegawai', citation: `${P4}.2, pasal 14(3), lampiran IV` }),
    ],
    acknowledgement: { citation: `${P4}.3`, description: 'The employee receives the surat penugasan.' },
  },
  pengajuanSukarelaLintasUnit: {
    citation: P5,
    requester: { citation: 'banjar pasal 13, lampiran II.B.2', description: 'pengajuan sukarela is the active request of a Pejabat Fungsional or Pelaksana with a kedudukan' },
    // The PUO leads a whole Perangkat Daerah, so "lintas Unit Organisasi" crosses Perangkat Daerah.
    crossing: { scope: 'perangkat-daerah', citation: `${P5}, pasal 9(2)` },
    crossAgency: { citation: 'banjar lampiran II.B.2', description: 'pengajuan sukarela is done inside the Unit Organisasi or across Unit Organisasi within the Instansi Pemerintah only' },
    tembusanPermohonan: [{ role: 'ppk-pegawai', citation: `${P5}.1` }, { role: 'puo-pegawai', citation: `${P5}.1` }],
    steps: [
      { id: 'keputusan-puo-tujuan', kind: 'keputusan', actor: 'puo-pemilik', title: 'Keputusan Pimpinan Unit Organisasi dituju atas surat permohonan', citation: `${P5}.2` },
      // Sent to the PPK with tembusan to the own PUO, who decides (b.3).
      { id: 'penyampaian-persetujuan', kind: 'tindakan', actor: 'pegawai', title: 'Menyampaikan surat permohonan yang telah disetujui kepada Pejabat Penilai Kinerja, tembusan Pimpinan Unit Organisasi bersangkutan', citation: `${P5}.2` },
      { id: 'keputusan-puo-asal', kind: 'keputusan', actor: 'puo-pegawai', title: 'Keputusan Pimpinan Unit Organisasi bersangkutan atas surat permohonan yang telah disetujui', citation: `${P5}.3` },
    ],
    balasan: [],
    refusalReasons: { citation: `${P5}.2, II.B.1.b.4`, description: 'A refusal answers with the reasons the request is not approved, as a refused request to involve an employee is answered.' },
    documents: [
      suratTugas({ signatory: 'puo-pegawai', citation: `${P5}.3, lampiran IV`, tembusan: [{ role: 'ppk-pegawai' }, { role: 'puo-pemilik' }] }),
      keputusanSekda({ signatory: 'sekretaris-daerah', citation: 'banjar pasal 14(2)', tembusan: [{ role: 'puo-pegawai' }, { role: 'puo-pemilik' }] }),
    ],
    acknowledgement: { citation: `${P5}.4`, description: 'The employee receives the Surat Penugasan.' },
  },
  rekomendasiPenilaianKinerja: rekomendasiPenilaian({
    citation: P8,
    penilai: { role: 'puo-pemilik', citation: P8, description: 'an individual assignment is led by the Pimpinan Unit Organisasi that owns the target; who leads the work reports the result of the members to their Pejabat Penilai Kinerja and/or Pimpinan Unit Organisasi' },
    tugasTim: { kedudukan: 'ketua', citation: 'banjar lampiran III.B.3.e', description: 'when the team\'s period ends the ketua tim reports the result of each member to their Pejabat Penilai Kinerja and/or Pimpinan Unit Organisasi' },
    penilaiTim: { kedudukan: ['ketua'], citation: 'banjar lampiran III.B.3.e', description: 'the ketua tim reports the results of the members of the team to their Pejabat Penilai Kinerja and/or Pimpinan Unit Organisasi as the basis of their rating' },
    menurutJenjang: [
      // An ahli madya is assessed by the PPT Pratama "dengan rekomendasi penilaian berasal dari" their unit's Administrator:
      // the rating reaches the PPT at once, the Administrator's recommendation beside it.
      {
        jenjang: ['madya'],
        bersama: [
          { id: 'rekomendasi-administrator', kind: 'tindakan', actor: 'kepala-unit-pegawai', title: 'Menyampaikan rekomendasi penilaian kepada Pejabat Pimpinan Tinggi Pratama selaku Pejabat Penilai Kinerja Pejabat Fungsional Ahli Madya', citation: 'banjar lampiran I.A.2.d, I.B.2.c' },
        ],
        citation: 'banjar lampiran I.A.2.d, I.B.2.c',
      },
    ],
    formulir: { nomor: '800/{n}/REK-PK/{kodeUnit}/{yyyy}', nomorCitation: 'banjar: no format in the regulation (bengkalis form 7 has no number); 800 = kepegawaian' },
  }),
  siklusKinerja: {
    citation: 'banjar pasal 16',
    starters: { roles: ['pegawai', 'puo-pemilik', 'ppk-pegawai'], citation: 'banjar pasal 16' },
    rencana: {
      draft: { citation: 'banjar lampiran I.A.1.c', description: 'Penyusunan rencana pelaksanaan kegiatan dan anggaran untuk pencapaian target kinerja.' },
      persetujuan: { actor: 'ppk-pegawai', citation: 'banjar lampiran I.A.1.c' },
      perubahan: { citation: 'banjar pasal 10(2)', description: 'when the activity changes, the rencana pelaksanaan kegiatan must be changed (harus dilakukan perubahan)' },
    },
    tim: {
      rincian: { citation: 'banjar lampiran III.B.3.a–b', description: 'The ketua tim drafts the rincian pelaksanaan kegiatan and splits the roles of the members by competence, expertise and/or skill.' },
      // Lampiran I.B: the Administrator (Kepala Bagian/Kepala Bidang) the PPT names "penanggung jawab pencapaian target
      // kinerja" sets the team's target, as the decree's Penanggungjawab (lampiran IV); not the head of the Perangkat Daerah.
      persetujuan: { kedudukan: 'penanggungJawab', citation: 'banjar lampiran I.B (penanggung jawab pencapaian target kinerja), lampiran IV (Penanggungjawab)' },
      // Lampiran III.B.4: "Tanggung jawab anggota tim meliputi: a. menyusun rencana kerja individu; b. melaksanakan kinerja sesuai ekspektasi Ketua tim".
      rencanaAnggota: {
        citation: 'banjar lampiran III.B.4.a', description: 'Each member of the team drafts their own rencana kerja individu, beside the ketua\'s rincian pelaksanaan kegiatan.',
        persetujuan: { citation: 'banjar lampiran III.B.4.b, III.B.3.b', description: 'The member works to the ekspektasi of the ketua tim, who split the roles: the ketua agrees the member\'s plan.' },
      },
      laporanAnggota: { citation: 'banjar pasal 17(1)a', description: 'A member of the team reports the work to the ketua tim.' },
      laporanKetua: {
        // "melaporkan pelaksanaan tugas tim kerja kepada Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja secara berkala";
        // lampiran III.B.3.e the same of the members' results ("kepada Pejabat Penilai Kinerja dan/atau Pimpinan Unit Organisasi").
        penerima: [{ actor: 'puo-pemilik', citation: 'banjar pasal 17(1)b' }, { actor: 'ppk-pegawai', citation: 'banjar pasal 17(1)b, lampiran III.B.3.e' }],
        citation: 'banjar pasal 17(1)b', description: 'The ketua tim reports the work of the team to the Pimpinan Unit Organisasi and/or the Pejabat Penilai Kinerja periodically (both, by default).',
        danAtau: { citation: 'banjar pasal 17(1)b, lampiran III.B.3.e', description: '"kepada Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja": the assignment says which receive the team\'s reports, both or one of them (keduanya by default)' },
      },
    },
    // "pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja": a choice of the text; both, the default.
    laporan: {
      penerima: [{ actor: 'puo-pemilik', citation: 'banjar pasal 16' }, { actor: 'ppk-pegawai', citation: 'banjar pasal 16' }],
      citation: 'banjar pasal 16', description: 'An individual reports directly to the Pimpinan Unit Organisasi and/or the Pejabat Penilai Kinerja (both, by default).',
      danAtau: { citation: 'banjar pasal 16', description: '"kepada pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja": the assignment says which receive the reports, both or one of them (keduanya by default)' },
    },
    permintaanLaporan: { actor: 'puo-pemilik', citation: 'banjar pasal 17(2)' },
    umpanBalik: { citation: 'banjar lampiran I.A.2.b', description: 'Pemantauan perkembangan dan pemberian umpan balik atas pelaksanaan kegiatan.' },
    kendala: {
      kepada: 'puo-pemilik', citation: 'banjar lampiran III.A.b.3',
      lintasPuo: { kepada: 'puo-pegawai', citation: 'banjar lampiran III.A.b.4' },
    },
    evaluasi: {
      rantai: { citation: 'banjar lampiran I.A.3', description: 'The result goes up to the leader of the unit owning the target, each level reviewing it (e.g. Kepala Bagian, Asisten, Sekretaris Daerah).' },
      perbaikan: { oleh: 'pegawai', citation: 'banjar lampiran I.A.3', description: 'A result not accepted goes back to the employee with notes, then up again.' },
    },
  },
  pembentukanTimKerja: {
    citation: 'banjar pasal 9, pasal 14',
    // "Dalam Tim Kerja, Pimpinan Unit Organisasi dapat menunjuk ... Ketua Tim Kerja".
    requester: { role: 'puo-pemilik', citation: 'banjar lampiran III.A.3' },
    ketuaDariPemilik: { citation: 'banjar pasal 9(3)', description: 'in a team with members from other Unit Organisasi or agencies the ketua is required (diwajibkan) to come from the owning Unit Organisasi' },
    ketua: { jenisJabatan: ['fungsional', 'pelaksana'], citation: 'banjar lampiran III.A.3, II.A.9', description: 'the ketua is a Pejabat Fungsional or a Pelaksana' },
    syaratKetuaLintas: { pendidikanMin: 'S1', golonganMin: 'III/a', predikatMin: 'Baik', pengalamanTahunMin: 2, citation: 'banjar pasal 9(6)' },
    keputusan: {
      dalamUnit: {
        signingTitle: 'Penandatanganan Surat Tugas Tim Kerja oleh Pimpinan Unit Organisasi',
        document: suratTugas({ signatory: 'puo-pemilik', citation: 'banjar pasal 14(3), lampiran IV' }),
      },
      lintasUnit: {
        signingTitle: 'Penetapan Keputusan Sekretaris Daerah tentang Pembentukan Tim',
        document: keputusanSekda({ signatory: 'sekretaris-daerah', citation: 'banjar pasal 14(2), lampiran IV (Surat Keputusan Sekretaris Daerah)' }),
      },
      lintasInstansi: {
        signingTitle: 'Penyampaian Keputusan Bupati tentang Pembentukan Tim kepada Bupati untuk ditandatangani',
        document: keputusanBupati({ signatory: 'sekretaris-daerah', citation: 'banjar pasal 14(1), lampiran IV' }),
      },
    },
    susunan: {
      penanggungJawab: 'Penanggungjawab', ketua: 'Ketua', sekretaris: 'Sekretaris', anggota: 'Anggota',
      kolom: [
        { judul: 'NO.', isi: 'no' }, { judul: 'NAMA', isi: 'nama' }, { judul: 'NIP', isi: 'nip' }, { judul: 'KEDUDUKAN DALAM TIM', isi: 'susunan' },
        { judul: 'INSTANSI', isi: 'instansi' }, { judul: 'UNIT ORGANISASI/ PERANGKAT DAERAH', isi: 'unit' }, { judul: 'JABATAN', isi: 'jabatan' },
      ],
      citation: 'banjar lampiran IV (Daftar Susunan Keanggotaan Tim)',
    },
    penggantiAnggota: { citation: 'banjar lampiran III.A.3', description: 'a member from another unit who was not approved is reported to the former, who names another or goes on without' },
    employeeMatch: { citation: 'banjar lampiran III.A.3', description: 'a member is a JF or Pelaksana with a kedudukan' },
    refusalReasons: { citation: 'banjar lampiran III.A.3', description: 'A decree not signed is answered with its reasons.' },
    acknowledgement: { citation: 'banjar pasal 14(3), lampiran IV', description: 'The decree is addressed to every member it assigns (ketua, sekretaris, anggota): each receives it and acknowledges their own receipt.' },
  },
};
