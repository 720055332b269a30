// Peraturan Bupati Pati 36/2023. Its lampiran B.2 has two a–f lists and the "a. Penunjukan /
// b. Pengajuan sukarela" split: "B.2.a.2" below is penunjukan, lintas unit organisasi.
import type { RegionalProfile } from './schema';
import { delegasiNasional } from './delegasi';
import { formulir, type DocumentSpec } from './parts';
import { rekomendasiPenilaian } from '../procedures/rekomendasiPenilaianKinerja/profile';

const P1 = 'pati lampiran B.2.a.1';
const P2 = 'pati lampiran B.2.a.2';
const P3 = 'pati lampiran B.2.a.3';
const P4 = 'pati lampiran B.2.b.1';
const P5 = 'pati lampiran B.2.b.2';
const P8 = 'pati lampiran B.3.c.5';
// Pati gives no letter formats: classification 800 (kepegawaian), the unit's code and the year.
const suratTugas = formulir({
  kind: 'surat-tugas', title: 'SURAT TUGAS', nomor: '800/{n}/{kodeUnit}/{yyyy}', nomorCitation: 'pati: no format in the regulation; 800 = kepegawaian', tembusan: [],
  penutup: 'Demikian Surat Tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab dan melaporkan hasilnya kepada Pejabat Penilai Kinerja.',
});
/** A team's assignment: set by the PUO (pasal 8(4)) in a Surat Penugasan, the text naming no decree form for a team. */
const SURAT_PENUGASAN_TIM: { signingTitle: string; document: DocumentSpec } = {
  signingTitle: 'Penandatanganan Surat Penugasan Tim Kerja oleh Pimpinan Unit Organisasi',
  document: {
    kind: 'surat-penugasan', title: 'SURAT PENUGASAN', nomor: '800/{n}/{kodeUnit}/{yyyy}', nomorCitation: 'pati pasal 8(4)',
    signatory: 'puo-pemilik', tembusan: [], penutup: 'Melaksanakan tugas ini dengan penuh tanggung jawab dan melaporkan hasilnya kepada Pimpinan Unit Organisasi.', citation: 'pati pasal 8(4), lampiran B.3.c',
  },
};

export const pati: RegionalProfile = {
  id: 'pati',
  pemerintah: 'PEMERINTAH KABUPATEN PATI',
  kepalaDaerah: 'Bupati Pati',
  tempat: 'Pati',
  zonaWaktu: 'Asia/Jakarta',
  regulation: { short: 'Perbup Pati 36/2023', title: 'Peraturan Bupati Pati Nomor 36 Tahun 2023 tentang Sistem Kerja' },
  // The demo ships a neutral placeholder: put the region's lambang in documents/lambang and name it here.
  lambang: { berkas: 'contoh.png', contoh: true },
  // PUO: the JPT Pratama, Administrator, Pengawas or JF appointed to lead a Unit Organisasi.
  puo: { scope: 'unit', citation: 'pati pasal 1 angka 13' },
  ppkMinimum: { citation: 'pati pasal 1 angka 15', description: 'A PPK is at least a Pejabat Pengawas.' },
  // Also pasal 1 angka 12-13 (such a JF is a Pimpinan Unit Organisasi) and lampiran B.1 b (a PPK).
  pimpinanFungsional: { jenisUnit: ['uptd', 'unit'], citation: 'pati pasal 6(2), lampiran B.1 struktur d', description: 'A JF appointed to lead a unit kerja mandiri (UPTD Puskesmas, UPTD Sekolah) is the PPK and PUO of its JF and Pelaksana (also lampiran D.6).' },
  kedudukanFirst: { citation: 'pati lampiran B.2', description: 'Penugasan dilakukan setelah penetapan kedudukan.' },
  // Who appoints a Plh/Plt, and how they sign ("Plh. KEPALA DINAS …,"; the Sekretaris Daerah for the kepala daerah: "a.n. BUPATI PATI").
  delegasi: delegasiNasional('pati', { citation: 'Permendagri 1/2023 (Tata Naskah Dinas di Lingkungan Pemerintah Daerah); pati lampiran (blok tanda tangan)', atasNama: 'a.n. BUPATI PATI' }),
  // Pasal 7: team work inside and across units, PD and agencies; nothing limits one employee's assignments.
  batasPenugasan: { citation: 'pati pasal 7', description: 'the regulation sets no limit on how often or how long an employee is assigned to a tim kerja' },
  penunjukanDalamUnit: {
    citation: P1,
    // "Atas usulan dari Pimpinan Unit Organisasi, Pejabat Penilai Kinerja menugaskan" (B.2), inside
    // the same unit (B.2.a.1); set by the PPK (pasal 8(4)).
    requester: { role: 'puo-pemilik', citation: `pati lampiran B.2, ${P1}` },
    scope: { scope: 'unit', citation: P1 },
    lintasUnit: { citation: P2, description: 'an employee of another unit organisasi is involved through penunjukan lintas unit organisasi (penunjukan-lintas-unit)' },
    steps: [
      { id: 'keputusan-ppk', kind: 'keputusan', actor: 'ppk-pegawai', title: 'Penugasan oleh Pejabat Penilai Kinerja atas usulan Pimpinan Unit Organisasi', citation: 'pati lampiran B.2, pasal 8(4)' },
    ],
    employeeMatch: { citation: 'pati lampiran B.2.a', description: 'the employee is a JF or Pelaksana of the unit, has a kedudukan, and matches the proposal' },
    // B.2.a.1 says nothing of a refusal; the regulation's rule for an unapproved penunjukan is B.2.a.2.d.
    refusalReasons: { citation: `${P2}.d`, description: 'An unapproved penunjukan is answered with the reasons it cannot be approved.' },
    documents: [
      suratTugas({ signatory: 'ppk-pegawai', citation: 'pati pasal 8(4), lampiran B.2' }),
    ],
    acknowledgement: { citation: 'pati lampiran B.2', description: 'The employee is given the surat penugasan, physical or electronic.' },
  },
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
      // The destination PPK drafts and sets it, with no PUO step (c); pasal 8(4).
      suratTugas({ signatory: 'ppk-tujuan', citation: `${P2}.c, pasal 8(4)`, tembusan: [{ role: 'ppk-pemohon' }] }),
    ],
    acknowledgement: { citation: `${P2}.e`, description: 'The employee receives the Surat Tugas, physical or electronic (lampiran B.2).' },
  },
  // Penunjukan lintas instansi (lampiran B.2.a.3 a-e; e has four bullets, cited e.1-e.4).
  penunjukanLintasInstansi: {
    provided: true,
    citation: P3,
    // The text names the office, not its holder; the Sekretaris Daerah is the Pejabat yang Berwenang who
    // acts for the Bupati, the Pejabat Pembina Kepegawaian who sets kedudukan (lampiran B.1.d).
    pejabatBerwenang: { role: 'sekretaris-daerah', citation: `${P3}.a-c, lampiran B.1.d`, description: 'the Pejabat yang Berwenang is the Sekretaris Daerah, acting for the Bupati as Pejabat Pembina Kepegawaian' },
    requester: { role: 'puo-pemilik', citation: `${P3}.a` },
    tembusanPermohonan: [{ role: 'ppk-pemohon', citation: `${P3}.a` }],
    // The closing paragraph of B.2.a (after Gambar 20) sets them for the lintas unit and the lintas instansi request.
    minimumContents: { citation: 'pati lampiran B.2.a (surat permohonan pelibatan lintas instansi, angka 1-4)', description: 'maksud dan tujuan, kompetensi yang dibutuhkan, ekspektasi/target kinerja, dan durasi pelibatan' },
    stepsPemohon: [
      { id: 'persetujuan-pyb-pemohon', kind: 'keputusan', actor: 'sekretaris-daerah', title: 'Persetujuan Pejabat yang Berwenang instansi pemohon dan pengiriman surat permohonan pelibatan kepada instansi yang dituju', citation: `${P3}.b` },
    ],
    stepsTujuan: [
      { id: 'persetujuan-pyb-tujuan', kind: 'keputusan', actor: 'sekretaris-daerah', title: 'Persetujuan Pejabat yang Berwenang instansi yang dituju dan instruksi kepada Pejabat Penilai Kinerja', citation: `${P3}.c` },
      { id: 'rekomendasi-puo-tujuan', kind: 'rekomendasi', actor: 'puo-tujuan', title: 'Rekomendasi Pimpinan Unit Organisasi tempat Pejabat Fungsional atau pelaksana berada', citation: `${P3}.d` },
      { id: 'jawaban-ppk-tujuan', kind: 'keputusan', actor: 'ppk-tujuan', title: 'Surat jawaban Pejabat Penilai Kinerja atas ketersediaan, beserta daftar Pejabat Fungsional atau pelaksana yang ditugaskan', citation: `${P3}.d, ${P3}.e.1` },
      { id: 'persetujuan-jawaban-pyb-tujuan', kind: 'keputusan', actor: 'sekretaris-daerah', title: 'Persetujuan Pejabat yang Berwenang atas surat jawaban dan pengirimannya kepada Pejabat yang Berwenang pemohon', citation: `${P3}.e.1` },
    ],
    daftarPegawai: { step: 'jawaban-ppk-tujuan', citation: `${P3}.e.1-2` },
    employeeMatch: { citation: `${P3}.c-d`, description: 'the employees are JF or Pelaksana of the unit asked, have a kedudukan, and match the criteria of the surat permohonan pelibatan' },
    refusalReasons: { citation: `${P3}.b-e`, description: 'A refusal at any hop (not approved, or no employee available) answers with its reasons.' },
    documentsTujuan: [
      {
        kind: 'surat-penugasan',
        title: 'SURAT PENUGASAN',
        // Pati gives no letter formats: classification 800 (kepegawaian), the unit's code and the year.
        nomor: '800/{n}/{kodeUnit}/{yyyy}',
        nomorCitation: 'pati: no format in the regulation; 800 = kepegawaian',
        signatory: 'puo-tujuan',
        tembusan: [{ role: 'sekretaris-daerah' }, { role: 'ppk-tujuan' }],
        penutup: 'Demikian Surat Penugasan ini dibuat untuk dilaksanakan dengan penuh tanggung jawab dan melaporkan hasilnya kepada Pejabat Penilai Kinerja.',
        citation: `${P3}.e.3`,
      },
    ],
    // The answer of the PyB asked to the requesting PyB (e.1): between governments, so signed by the Sekretaris
    // Daerah, who is the Pejabat yang Berwenang for the Bupati as Pejabat Pembina Kepegawaian, "a.n. BUPATI PATI".
    suratJawaban: {
      kind: 'surat-jawaban-pelibatan',
      title: 'SURAT JAWABAN PERMOHONAN PELIBATAN',
      nomor: '800/{n}/{kodePd}/{yyyy}',
      nomorCitation: 'Permendagri 1/2023 (nomor surat dinas: kode klasifikasi, nomor urut, kode unit, tahun); klasifikasi 800 Kepegawaian',
      signatory: 'sekretaris-daerah',
      tembusan: [{ role: 'ppk-tujuan' }],
      penutup: 'Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.',
      citation: `${P3}.e.1`,
      atasNamaKepalaDaerah: `${P3}.e.1 (the Pejabat yang Berwenang: the Sekretaris Daerah for the Bupati as Pejabat Pembina Kepegawaian, ${P3}.a-c); Permendagri 1/2023 (a.n.)`,
    },
    penetapan: [],
    acknowledgement: { citation: `${P3}.e.4`, description: 'Each employee assigned receives the surat penugasan.' },
    // The alur sets what the agency asked does, whichever it is: one not on this service takes those hops
    // through its own key, and its PUO gives the surat penugasan, whose number it reports here.
    instansiLuar: {
      laporanPenugasan: { id: 'laporan-surat-penugasan', kind: 'tindakan', actor: 'puo-tujuan', title: 'Laporan nomor dan tanggal surat penugasan yang diberikan Pimpinan Unit Organisasi instansi yang dituju', citation: `${P3}.e.3` },
      suratPenugasan: { kind: 'surat-penugasan', title: 'SURAT PENUGASAN' },
    },
  },
  // Volunteering inside the unit organisasi: stated orally to the PUO, who assigns (B.2.b.1).
  pengajuanSukarelaDalamUnit: {
    citation: P4,
    wish: { to: ['puo-pegawai'], citation: `${P4}.a` },
    dalamUnit: {
      within: 'puo-pegawai', citation: 'pati lampiran B.2.b',
      description: 'pengajuan sukarela didalam unit organisasi Pejabat Fungsional bersangkutan',
    },
    lintasUnit: { citation: 'pati lampiran B.2.b.2', description: 'pengajuan sukarela yang bersifat lintas unit organisasi' },
    steps: [
      { id: 'keputusan-puo', kind: 'keputusan', actor: 'puo-pegawai', title: 'Keputusan PUO atas pengajuan sukarela', citation: `${P4}.b` },
    ],
    employeeMatch: { citation: 'pati pasal 8(3)', description: 'pengajuan sukarela is the active request of a Pejabat Fungsional or Pelaksana' },
    // The text says only "apabila PUO menyetujui"; a refusal answers with reasons, as in B.2.a.2.d.
    refusalReasons: { citation: `${P4}.b, lampiran B.2.a.2.d`, description: 'A refusal answers with the reasons the wish is not approved.' },
    documents: [
      suratTugas({ signatory: 'puo-pegawai', citation: `${P4}.b` }),
    ],
    acknowledgement: { citation: `${P4}.c`, description: 'The employee receives the surat penugasan, physical or electronic (lampiran B.2).' },
  },
  pengajuanSukarelaLintasUnit: {
    citation: P5,
    requester: { citation: 'pati pasal 8(3), lampiran B.2.b', description: 'pengajuan sukarela is the active request of a Pejabat Fungsional or Pelaksana with a kedudukan' },
    crossing: { scope: 'unit', citation: 'pati lampiran B.2.b' },
    crossAgency: { citation: 'pati lampiran B.2.b', description: 'pengajuan sukarela is done inside the unit organisasi or across unit organisasi within the Instansi Pemerintah only' },
    tembusanPermohonan: [{ role: 'ppk-pegawai', citation: `${P5}.a` }, { role: 'puo-pegawai', citation: `${P5}.a` }],
    steps: [
      { id: 'keputusan-puo-tujuan', kind: 'keputusan', actor: 'puo-pemilik', title: 'Keputusan Pimpinan Unit Organisasi dituju atas surat permohonan', citation: `${P5}.b` },
      { id: 'penyampaian-persetujuan', kind: 'tindakan', actor: 'pegawai', title: 'Menyampaikan surat permohonan yang telah disetujui kepada Pejabat Penilai Kinerja, tembusan Pimpinan Unit Organisasi bersangkutan', citation: `${P5}.b` },
      { id: 'keputusan-ppk', kind: 'keputusan', actor: 'ppk-pegawai', title: 'Keputusan Pejabat Penilai Kinerja bersangkutan atas surat permohonan yang telah disetujui', citation: `${P5}.c` },
    ],
    balasan: [],
    refusalReasons: { citation: `${P5}.b, B.2.a.2.d`, description: 'A refusal answers with the reasons the request is not approved, as a refused request to involve an employee is answered.' },
    documents: [
      suratTugas({ signatory: 'ppk-pegawai', citation: `${P5}.c`, tembusan: [{ role: 'puo-pegawai' }, { role: 'puo-pemilik' }] }),
    ],
    acknowledgement: { citation: `${P5}.d`, description: 'The employee receives the Surat Penugasan, physical or electronic (lampiran B.2).' },
  },
  rekomendasiPenilaianKinerja: rekomendasiPenilaian({
    citation: P8,
    penilai: { role: 'puo-pemilik', citation: P8, description: 'an individual assignment is led by a Pimpinan Unit Organisasi over the unit that owns the target; who leads the work reports the result of the members to their pejabat penilai kinerja and pimpinan unit organisasi' },
    tugasTim: { kedudukan: 'ketua', citation: 'pati lampiran B.3.c.5', description: 'when the team\'s period ends the ketua tim reports the result of each member to their pejabat penilai kinerja and pimpinan unit organisasi' },
    penilaiTim: { kedudukan: ['ketua'], citation: 'pati lampiran B.3.c.5', description: 'the ketua tim reports the results of the members of the team to their pejabat penilai kinerja and pimpinan unit organisasi as the basis of their rating' },
    formulir: { nomor: '800/{n}/REK-PK/{kodeUnit}/{yyyy}', nomorCitation: 'pati: no format in the regulation (bengkalis form 7 has no number); 800 = kepegawaian' },
  }),
  siklusKinerja: {
    citation: 'pati pasal 10',
    starters: { roles: ['pegawai', 'puo-pemilik', 'ppk-pegawai'], citation: 'pati pasal 10' },
    rencana: {
      draft: { citation: 'pati lampiran D.4.a', description: 'The Pejabat Fungsional or Pelaksana drafts the rencana kegiatan with the Pejabat Pengawas.' },
      // In every structure of lampiran D the JF or Pelaksana drafts it "bersama" the Pimpinan Unit Organisasi who sets the
      // ekspektasi (the Pejabat Administrator, Pengawas, Asisten or Kepala Bagian; the Kepala Puskesmas), not the PPK above.
      persetujuan: { actor: 'puo-pemilik', citation: 'pati lampiran D.1.a–D.9.a' },
    },
    tim: {
      rincian: { citation: 'pati lampiran B.3.c.1–2', description: 'The Ketua Tim drafts the rincian pelaksanaan kegiatan and splits the roles of the members by competence, expertise and/or skill.' },
      persetujuan: { actor: 'puo-pemilik', citation: 'pati lampiran B.3.b.1' },
      // Lampiran B.3.d: "Tanggung jawab anggota tim meliputi: 1) Menyusun rencana kerja individu; 2) Melaksanakan kinerja sesuai ekspektasi ketua tim".
      rencanaAnggota: {
        citation: 'pati lampiran B.3.d.1', description: 'Each member of the team drafts their own rencana kerja individu, beside the Ketua Tim\'s rincian pelaksanaan kegiatan.',
        persetujuan: { citation: 'pati lampiran B.3.d.2, B.3.c.2', description: 'The member works to the ekspektasi of the Ketua Tim, who split the roles: the Ketua Tim agrees the member\'s plan.' },
      },
      laporanAnggota: { citation: 'pati pasal 11(1)', description: 'A member of the team reports the work to the Ketua Tim.' },
      laporanKetua: { penerima: [{ actor: 'puo-pemilik', citation: 'pati pasal 11(2)' }], citation: 'pati pasal 11(2)', description: 'The Ketua Tim reports the work of the team to the Pimpinan Unit Organisasi periodically.' },
    },
    // Reported to the PPK/atasan langsung (pasal 10) and to the Pimpinan Unit Organisasi (lampiran B.4.a); both monitor and give feedback.
    laporan: {
      penerima: [{ actor: 'ppk-pegawai', citation: 'pati pasal 10' }, { actor: 'puo-pemilik', citation: 'pati lampiran B.4.a' }],
      citation: 'pati pasal 10', description: 'An individual reports directly to the Pejabat Penilai Kinerja/atasan langsung and to the Pimpinan Unit Organisasi.',
    },
    permintaanLaporan: { actor: 'puo-pemilik', citation: 'pati pasal 11(3)' },
    umpanBalik: { citation: 'pati lampiran D.4.b', description: 'Monitoring perkembangan dan pemberian umpan balik dilakukan secara berkala atau sewaktu-waktu.' },
    kendala: {
      kepada: 'puo-pemilik', citation: 'pati lampiran B.3.b.3',
      lintasPuo: { kepada: 'puo-pegawai', citation: 'pati lampiran B.3.b.4' },
    },
    evaluasi: {
      rantai: { citation: 'pati lampiran D.4.c, D.5.c, D.6.c', description: 'Each level reviews the result; the activity is done when the top leader accepts it as meeting the target.' },
      // Lampiran B.1 struktur c–d: the Camat, the Lurah and the JF heading a UPTD Puskesmas are PPK and PUO of a one-level
      // unit; D.4–D.6: that head reviews and accepts the result, nobody above.
      selesaiDiUnit: { jenisUnit: ['uptd', 'kecamatan', 'kelurahan'], citation: 'pati lampiran B.1 struktur c–d, D.4.c, D.5.c, D.6.c' },
      perbaikan: { oleh: 'pegawai', citation: 'pati lampiran D.4.c', description: 'A result not meeting the target is returned to the individual or team to be adjusted (disesuaikan kembali).' },
    },
  },
  pembentukanTimKerja: {
    citation: 'pati pasal 7, lampiran B.3',
    requester: { role: 'puo-pemilik', citation: 'pati lampiran B.3.c' },
    // The lampiran (B.3.d) says only "diutamakan"; the pasal prevails.
    ketuaDariPemilik: { citation: 'pati pasal 7(3)', description: 'in a team with members from other Unit Organisasi, Perangkat Daerah or agencies the ketua comes from the Unit Organisasi pemilik kinerja' },
    ketua: { jenisJabatan: ['fungsional', 'pelaksana'], citation: 'pati pasal 1 angka 17, lampiran B.3.c', description: 'the ketua is a Pejabat Fungsional or a Pelaksana' },
    // The text names no decree form for a team: the penugasan is set by the PUO (pasal 8(4)) in a Surat Penugasan.
    keputusan: {
      // One form for a team inside the unit and across units: the PUO's Surat Penugasan.
      dalamUnit: SURAT_PENUGASAN_TIM,
      lintasUnit: SURAT_PENUGASAN_TIM,
    },
    susunan: {
      penanggungJawab: 'Penanggung Jawab', ketua: 'Ketua Tim', sekretaris: 'Sekretaris', anggota: 'Anggota',
      kolom: [{ judul: 'NO', isi: 'no' }, { judul: 'NAMA/NIP', isi: 'namaNip' }, { judul: 'JABATAN', isi: 'jabatan' }, { judul: 'KEDUDUKAN DALAM TIM', isi: 'susunan' }, { judul: 'TUGAS', isi: 'tugas' }],
      citation: 'pati lampiran B.3.c (the text sets no lampiran format)',
    },
    penggantiAnggota: { citation: 'pati lampiran B.3.c', description: 'a member from another unit who was not approved is reported to the former, who names another or goes on without' },
    employeeMatch: { citation: 'pati lampiran B.3.c', description: 'a member is a JF or Pelaksana with a kedudukan' },
    refusalReasons: { citation: 'pati lampiran B.3.c', description: 'A decree not signed is answered with its reasons.' },
    acknowledgement: { citation: 'pati pasal 8(4)', description: 'The decree is addressed to every member it assigns (ketua, sekretaris, anggota): each receives it and acknowledges their own receipt.' },
  },
};
