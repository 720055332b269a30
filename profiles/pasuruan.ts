// Peraturan Walikota Pasuruan 41/2023 (the text at hand holds lampiran I–III only). Cross-unit
// appointment is in lampiran I B.2.A.2).ii, under Penunjukan sebagai Tim Kerja.
import type { RegionalProfile } from './schema';
import { delegasiNasional } from './delegasi';
import { formulir } from './parts';
import { rekomendasiPenilaian } from '../procedures/rekomendasiPenilaianKinerja/profile';

const P1 = 'pasuruan lampiran I B.2.A.1';
const P2 = 'pasuruan lampiran I B.2.A.2.ii';
const P4 = 'pasuruan lampiran I B.2.B.1';
const P5 = 'pasuruan lampiran I B.2.B.2';
const P8 = 'pasuruan lampiran I B.2.A.2 c.5';
/** The lampiran II form: numbered in the Perangkat Daerah's register. */
const suratTugas = formulir({
  kind: 'surat-tugas', title: 'SURAT TUGAS', nomor: '800/{n}/423.{kodePd}/{yyyy}', nomorCitation: 'pasuruan lampiran II', tembusan: [],
  penutup: 'Melaksanakan Surat Tugas ini dengan seksama dan penuh tanggung jawab.',
});
/** A team, inside its unit or across units, is set by a decree of the Kepala Perangkat Daerah (lampiran III). */
const KEPUTUSAN_TIM = {
  signingTitle: 'Penetapan Keputusan Kepala Perangkat Daerah tentang Tim Kerja',
  document: formulir({
    kind: 'keputusan-kepala-pd', title: 'KEPUTUSAN {penandatangan}', nomor: '188/{n}/423.{kodePd}/{yyyy}', nomorCitation: 'pasuruan lampiran III (NOMOR : … TAHUN …)', tembusan: [], penutup: '',
  })({ signatory: 'pimpinan-pd-pemilik', citation: 'pasuruan lampiran III' }),
};

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
  // The demo ships a neutral placeholder: put the region's lambang in documents/lambang and name it here.
  lambang: { berkas: 'contoh.png', contoh: true },
  // "Kepala Dinas/Kepala Badan/Inspektur ... selaku Pimpinan Unit Organisasi".
  puo: { scope: 'perangkat-daerah', citation: 'pasuruan lampiran I B.1.b' },
  ppkMinimum: { citation: 'pasuruan lampiran I B.1', description: 'The PPK is a Kepala Bagian, Kepala Bidang, Sekretaris or Inspektur Pembantu.' },
  // The text at hand has no article on JF heads; lampiran I B.2 names the Kepala Puskesmas and Kepala Sekolah
  // beside the Kepala Perangkat Daerah as leaders of a Unit Organisasi.
  pimpinanFungsional: { jenisUnit: ['uptd'], citation: 'pasuruan lampiran I B.2', description: 'The Kepala Puskesmas and the Kepala Sekolah set the Perjanjian Kinerja of their Unit Organisasi, as a Kepala Perangkat Daerah does.' },
  kedudukanFirst: { citation: 'pasuruan lampiran I B.2', description: 'Before an assignment, each JF and Pelaksana knows their kedudukan and their PPK.' },
  // Who appoints a Plh/Plt, and how they sign ("Plh. KEPALA DINAS …,"; the Sekretaris Daerah for the kepala daerah: "a.n. WALI KOTA PASURUAN").
  delegasi: delegasiNasional('pasuruan', { citation: 'Permendagri 1/2023 (Tata Naskah Dinas di Lingkungan Pemerintah Daerah); pasuruan salinan: "Plt. KEPALA BAGIAN HUKUM,"', atasNama: 'a.n. WALI KOTA PASURUAN' }),
  // Lampiran I B.2.A.2) "Penunjukan sebagai Tim Kerja": nothing limits one employee's assignments.
  batasPenugasan: { citation: 'pasuruan lampiran I B.2.A', description: 'the regulation sets no limit on how often or how long an employee is assigned to a tim kerja' },
  penunjukanDalamUnit: {
    citation: P1,
    // "Cara penugasan ... langsung dari Pejabat Penilai Kinerja" (B.2.A); the PPK "memberikan penugasan
    // kepada Pejabat Fungsional dan Pelaksana" (B.1): the PPK's request is the appointment.
    requester: { role: 'ppk-pegawai', citation: 'pasuruan lampiran I B.2.A, B.1' },
    // The PUO is the Kepala Perangkat Daerah (B.1.b): "di dalam unit organisasi" is inside it.
    scope: { scope: 'perangkat-daerah', citation: 'pasuruan lampiran I B.2.A' },
    lintasUnit: { citation: P2, description: 'an employee of another unit organisasi is involved through penunjukan lintas unit organisasi (penunjukan-lintas-unit)' },
    steps: [],
    employeeMatch: { citation: 'pasuruan lampiran I B.2', description: 'the employee is a JF or Pelaksana of the unit organisasi and knows their PPK' },
    // No decision is taken on a direct appointment; cited should a procedure ever refuse one.
    refusalReasons: { citation: `${P2}.e`, description: 'The answer to a refused request carries its reasons.' },
    documents: [
      // Signed by the Pimpinan Unit Organisasi.
      suratTugas({ signatory: 'puo-pemilik', citation: 'pasuruan lampiran I B.2.A, lampiran II' }),
    ],
    acknowledgement: { citation: 'pasuruan lampiran II', description: 'The Surat Tugas is addressed to the employee, who receives it.' },
  },
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
      // Drafted by the employee and approved by the Kepala Unit Organisasi (c): issued on approval here.
      suratTugas({ signatory: 'puo-tujuan', citation: `${P2}.c, lampiran II` }),
    ],
    acknowledgement: { citation: `${P2}.d`, description: 'The employee receives the Surat Tugas.' },
  },
  penunjukanLintasInstansi: {
    provided: false,
    citation: 'pasuruan lampiran I B.2.A',
    description: 'the regulation provides penunjukan inside and across unit organisasi only; it has no procedure across agencies',
  },
  // Volunteering inside the unit organisasi: stated orally to the Kepala UO and/or the PPK; the
  // Kepala UO approves and assigns; the employee reports the result to the Kepala UO and/or the PPK.
  pengajuanSukarelaDalamUnit: {
    citation: P4,
    wish: { to: ['puo-pegawai', 'ppk-pegawai'], citation: `${P4}.a` },
    dalamUnit: {
      within: 'puo-pegawai', citation: 'pasuruan lampiran I B.2.B',
      description: 'pengajuan sukarela di dalam unit organisasi Pejabat Fungsional bersangkutan',
    },
    lintasUnit: { citation: 'pasuruan lampiran I B.2.B.2', description: 'pengajuan sukarela lintas unit organisasi' },
    steps: [
      { id: 'keputusan-kepala-uo', kind: 'keputusan', actor: 'puo-pegawai', title: 'Keputusan Kepala Unit Organisasi atas pengajuan sukarela', citation: `${P4}.b` },
    ],
    employeeMatch: { citation: 'pasuruan lampiran I B.2.B', description: 'pengajuan sukarela is the active request of a Pejabat Fungsional or Pelaksana' },
    // Reasons in writing, as B.2.B.2.e requires of a refused volunteer across units.
    refusalReasons: { citation: `${P4}.b, B.2.B.2.e`, description: 'A refusal is given in writing with its reasons.' },
    documents: [
      suratTugas({ signatory: 'puo-pegawai', citation: `${P4}.b, lampiran II`, penutup: 'Melaksanakan Surat Tugas ini dengan seksama dan penuh tanggung jawab, dan melaporkan hasilnya kepada Kepala Unit Organisasi dan/atau Pejabat Penilai Kinerja.' }),
    ],
    acknowledgement: { citation: `${P4}.c`, description: 'The employee receives the surat penugasan.' },
    laporan: {
      id: 'laporan-hasil',
      title: 'Laporan hasil pelaksanaan kinerja',
      to: ['puo-pegawai', 'ppk-pegawai'],
      citation: `${P4}.d`,
    },
  },
  pengajuanSukarelaLintasUnit: {
    citation: P5,
    requester: { citation: 'pasuruan lampiran I B.2.B', description: 'pengajuan sukarela is the active request of a Pejabat Fungsional or Pelaksana who knows their kedudukan' },
    // The Kepala Unit Organisasi is the Kepala Perangkat Daerah, so "lintas unit organisasi" crosses Perangkat Daerah.
    crossing: { scope: 'perangkat-daerah', citation: 'pasuruan lampiran I B.2.B, B.1.b' },
    crossAgency: { citation: 'pasuruan lampiran I B.2.B', description: 'pengajuan sukarela is done inside the unit organisasi or across unit organisasi within the Pemerintah Daerah only' },
    tembusanPermohonan: [{ role: 'ppk-pegawai', citation: 'pasuruan lampiran I B.2.B' }],
    steps: [
      // The request is sent only after the own PPK approves or recommends it ("setelah mendapatkan persetujuan
      // dan/atau rekomendasi"): without it there is no request, so it is a keputusan.
      { id: 'persetujuan-ppk', kind: 'keputusan', actor: 'ppk-pegawai', title: 'Persetujuan/rekomendasi Pejabat Penilai Kinerja bersangkutan sebelum permohonan disampaikan', citation: `${P5}.a` },
      { id: 'keputusan-kepala-uo-tujuan', kind: 'keputusan', actor: 'puo-pemilik', title: 'Keputusan Kepala Unit Organisasi dituju atas surat permohonan', citation: `${P5}.b, ${P5}.e` },
      { id: 'penyampaian-persetujuan', kind: 'tindakan', actor: 'pegawai', title: 'Menyampaikan surat permohonan yang telah disetujui kepada Kepala Unit Organisasi bersangkutan', citation: `${P5}.b` },
      { id: 'keputusan-kepala-uo-asal', kind: 'keputusan', actor: 'puo-pegawai', title: 'Keputusan Kepala Unit Organisasi bersangkutan atas surat permohonan yang telah disetujui', citation: `${P5}.c` },
    ],
    // "menyampaikan penolakan secara tertulis disertai dengan alasan" (e): a letter of the Kepala Unit Organisasi
    // dituju; the text gives no form for it, so it is a surat dinas numbered in its Perangkat Daerah's register.
    balasan: [{
      step: 'keputusan-kepala-uo-tujuan',
      refuse: {
        kind: 'penolakan-permohonan', title: 'SURAT PENOLAKAN PERMOHONAN PENGAJUAN SUKARELA', nomor: '800/{n}/423.{kodePd}/{yyyy}',
        nomorCitation: 'pasuruan: no form in the regulation; 800 = kepegawaian, numbered as lampiran II',
        signatory: 'puo-pemilik', tembusan: [{ role: 'ppk-pegawai' }], penutup: 'Demikian disampaikan, atas perhatiannya diucapkan terima kasih.',
        citation: `${P5}.e`,
      },
    }],
    refusalReasons: { citation: `${P5}.e`, description: 'A refusal is given in writing with its reasons.' },
    documents: [
      // Drafted by the employee, signed by the Kepala Unit Organisasi bersangkutan (c): issued on approval here.
      suratTugas({ signatory: 'puo-pegawai', citation: `${P5}.c, lampiran II`, tembusan: [{ role: 'ppk-pegawai' }, { role: 'puo-pemilik' }] }),
    ],
    acknowledgement: { citation: `${P5}.d`, description: 'The employee receives the Surat Penugasan.' },
  },
  rekomendasiPenilaianKinerja: rekomendasiPenilaian({
    citation: P8,
    penilai: { role: 'puo-pemilik', citation: P8, description: 'an individual assignment is led by the Pimpinan Unit Organisasi that owns the target; who leads the work reports the result of the members to their pejabat penilai kinerja and pimpinan unit organisasi' },
    tugasTim: { kedudukan: 'ketua', citation: 'pasuruan lampiran I B.2.A.2 c.5', description: 'when the team\'s period ends the ketua tim reports the result of each member to their pejabat penilai kinerja and pimpinan unit organisasi' },
    penilaiTim: { kedudukan: ['ketua'], citation: 'pasuruan lampiran I B.2.A.2 c.5', description: 'the ketua tim reports the results of the members of the team to their pejabat penilai kinerja and pimpinan unit organisasi as the basis of their rating' },
    formulir: { nomor: '800/{n}/423.{kodePd}/{yyyy}', nomorCitation: 'pasuruan: no format in the regulation (bengkalis form 7 has no number); 800 = kepegawaian' },
  }),
  siklusKinerja: {
    citation: 'pasuruan lampiran I B.2.A.1',
    starters: { roles: ['pegawai', 'puo-pemilik', 'ppk-pegawai'], citation: 'pasuruan lampiran I B.2.A.1' },
    rencana: {
      draft: { citation: 'pasuruan lampiran I B.2.A.1.i', description: 'Tahapan Perencanaan: the SKP planning steps a–i.' },
      persetujuan: { actor: 'ppk-pegawai', citation: 'pasuruan lampiran I B.2.A.1.i.i' },
      setelahDialog: { citation: 'pasuruan lampiran I B.2.A.1.i.i', description: 'the target is set (ditetapkan) after the dialog kinerja between the Pejabat Penilai Kinerja and the Pejabat Fungsional or Pelaksana' },
      perubahan: { citation: 'pasuruan lampiran I B.2', description: 'when the activity changes, the Perjanjian Kinerja Pelaksanaan Kegiatan must be changed (harus dilakukan perubahan)' },
    },
    checklist: {
      citation: 'pasuruan lampiran I B.2.A.1.i, B.2.A.2.i',
      individu: [
        { butir: 'a', uraian: 'Melihat gambaran keseluruhan organisasi pada Renstra dan Perjanjian Kinerja Unit Kerja' },
        { butir: 'b', uraian: 'Menetapkan dan mengklarifikasi ekspektasi Kepala Unit Organisasi dan PPK dalam format SKP' },
        { butir: 'c', uraian: 'Menyusun Manual Indikator Kinerja untuk SKP Kepala Unit Organisasi dan PPK' },
        { butir: 'd', uraian: 'Menyusun strategi pencapaian hasil kerja' },
        { butir: 'e', uraian: 'Membagi peran pegawai berdasarkan strategi pencapaian hasil kerja' },
        { butir: 'f', uraian: 'Menetapkan jenis rencana hasil kerja' },
        { butir: 'g', uraian: 'Menetapkan dan mengklarifikasi ekspektasi Pejabat Administrasi dan Pejabat Fungsional dalam format SKP' },
        { butir: 'h', uraian: 'Menyepakati sumber daya, skema pertanggungjawaban dan konsekuensi dalam Lampiran SKP' },
        { butir: 'i', uraian: 'Menentukan target kinerja butir kegiatan jabatan fungsional setelah dialog kinerja dengan PPK' },
      ],
      tim: [
        { butir: 'a', uraian: 'Melihat gambaran keseluruhan organisasi pada Renstra dan Perjanjian Kinerja Unit Kerja' },
        { butir: 'b', uraian: 'Menetapkan dan mengklarifikasi ekspektasi Kepala Unit Organisasi dan PPK dalam format SKP' },
        { butir: 'c', uraian: 'Menyusun Manual Indikator Kinerja untuk SKP Kepala Unit Organisasi dan PPK' },
        { butir: 'd', uraian: 'Menyusun strategi pencapaian hasil kerja tim kerja' },
        { butir: 'e', uraian: 'Membagi peran pegawai berdasarkan strategi pencapaian hasil kerja tim kerja' },
        { butir: 'f', uraian: 'Menetapkan jenis rencana hasil kerja tim kerja' },
        { butir: 'g', uraian: 'Menetapkan dan mengklarifikasi ekspektasi anggota tim kerja dalam format SKP' },
        { butir: 'h', uraian: 'Menyepakati sumber daya, skema pertanggungjawaban dan konsekuensi anggota tim dalam Lampiran SKP' },
      ],
    },
    tim: {
      rincian: { citation: 'pasuruan lampiran I B.2.A.2 c.1–2', description: 'The ketua tim drafts the rincian pelaksanaan kegiatan and splits the roles of the members by competence, expertise and/or skill.' },
      persetujuan: { actor: 'puo-pemilik', citation: 'pasuruan lampiran I B.2.A.2 a.1' },
      setelahDialog: { citation: 'pasuruan lampiran I B.2.A.2.i', description: 'a team must hold a dialog kinerja (wajib melakukan dialog kinerja) with the Kepala Unit Organisasi or the PPK to set and clarify the ekspektasi' },
      // Lampiran I B.2.A.2, pembagian tugas d: "Anggota tim bertanggungjawab untuk: 1. menyusun rencana kerja individu; 2. melaksanakan kinerja sesuai ekspektasi ketua tim".
      rencanaAnggota: {
        citation: 'pasuruan lampiran I B.2.A.2 d.1', description: 'Each member of the team drafts their own rencana kerja individu, beside the ketua\'s rincian pelaksanaan kegiatan.',
        persetujuan: { citation: 'pasuruan lampiran I B.2.A.2 d.2, c.2', description: 'The member works to the ekspektasi of the ketua tim, who split the roles: the ketua agrees the member\'s plan.' },
      },
      laporanAnggota: { citation: 'pasuruan lampiran I B.2.A.2 d.3', description: 'A member of the team reports the work to the ketua tim.' },
      laporanKetua: { penerima: [{ actor: 'puo-pemilik', citation: 'pasuruan lampiran I B.2.A.2.ii.d' }], citation: 'pasuruan lampiran I B.2.A.2.ii.d', description: 'The Kepala Unit Organisasi monitors and evaluates the work of the team periodically: the ketua tim reports it to them.' },
    },
    // The PPK evaluates the work and passes it to the Kepala Unit Organisasi (B.2.A.1.iii.a), who receives it; a report goes to the Kepala Unit Organisasi dan/atau the PPK (B.2.B.1.d).
    laporan: {
      penerima: [{ actor: 'ppk-pegawai', citation: 'pasuruan lampiran I B.2.A.1.iii.a' }, { actor: 'puo-pemilik', citation: 'pasuruan lampiran I B.2.A.1.iii.a-b, B.2.B.1.d' }],
      citation: 'pasuruan lampiran I B.2.A.1.iii.a', description: 'The Pejabat Penilai Kinerja evaluates the individual\'s work and passes it to the Kepala Unit Organisasi: both receive the report.',
    },
    permintaanLaporan: { tidakAda: { citation: 'pasuruan lampiran I B.2.A', description: 'the text sets no request for a report at any time (sewaktu-waktu): reports follow the cadence agreed for the case' } },
    umpanBalik: { citation: 'pasuruan lampiran I B.2.A.2.ii.d', description: 'The Kepala Unit Organisasi monitors and evaluates the work periodically as input to decisions and directions.' },
    dialogKinerja: { citation: 'pasuruan lampiran I B.2.A.2.i', description: 'Dialog kinerja with the Kepala Unit Organisasi or the PPK to set and clarify expectations, throughout the year.' },
    kendala: {
      kepada: 'puo-pemilik', citation: 'pasuruan lampiran I B.2.A.2.ii.c',
      lintasPuo: { tidakAda: { citation: 'pasuruan lampiran I B.2.A.2.ii.c', description: 'a kendala goes to the Kepala Unit Organisasi; the text has none to another unit\'s PUO' } },
    },
    evaluasi: {
      rantai: { citation: 'pasuruan lampiran I B.2.A.1.iii.a-b', description: 'Done once the Kepala Unit Organisasi accepts the result as meeting the target.' },
      perbaikan: { oleh: 'kepala-uo', citation: 'pasuruan lampiran I B.2.A.1.iii.c', description: 'A result not meeting the target: the Kepala Unit Organisasi makes the fix (melakukan perbaikan pencapaian target kinerja).' },
    },
  },
  pembentukanTimKerja: {
    citation: 'pasuruan lampiran I B.2.A.2.ii, lampiran III',
    requester: { role: 'pimpinan-pd-pemilik', citation: 'pasuruan lampiran III' },
    // Pasuruan's text has no pasal on the ketua of a team with members from elsewhere: the PermenPANRB rule, as the lampiran reads it.
    ketuaDariPemilik: { citation: 'pasuruan lampiran I B.2.A.2.ii', description: 'the Kepala Unit Organisasi names the ketua from the team of the owning unit' },
    ketua: { jenisJabatan: ['fungsional', 'pelaksana'], citation: 'pasuruan lampiran I B.2.A.2.ii', description: 'the ketua is a Pejabat Fungsional or a Pelaksana' },
    keputusan: {
      dalamUnit: KEPUTUSAN_TIM,
      lintasUnit: KEPUTUSAN_TIM,
    },
    susunan: {
      penanggungJawab: 'PENANGGUNG JAWAB', ketua: 'KETUA TIM', sekretaris: 'SEKRETARIS', anggota: 'ANGGOTA TIM',
      kolom: [
        { judul: 'NO', isi: 'no' }, { judul: 'SUSUNAN TIM KERJA', isi: 'susunan' }, { judul: 'NAMA/NIP', isi: 'namaNip' }, { judul: 'JABATAN', isi: 'jabatan' },
        { judul: 'TUGAS', isi: 'tugas' }, { judul: 'SASARAN KINERJA', isi: 'sasaran' }, { judul: 'INDIKATOR KINERJA', isi: 'indikator' }, { judul: 'TARGET KINERJA', isi: 'target' },
      ],
      citation: 'pasuruan lampiran III (Susunan Keanggotaan Tim Kerja)',
    },
    // Lampiran II, the Surat Tugas "bagi Pejabat Fungsional dan/atau Pemangku Jabatan Pelaksana": "Diberikan tugas
    // sebagai: a. Ketua Tim; b. Anggota Tim [apabila ditugaskan dalam Tim dan dengan disebutkan nama tim]", signed by
    // the Pimpinan Unit Organisasi. Each member the decree assigns receives one beside it, numbered as every Surat Tugas.
    suratTugasAnggota: {
      document: suratTugas({ signatory: 'puo-pemilik', citation: 'pasuruan lampiran II (Untuk angka 1 huruf a–b), lampiran I B.2.A.2.ii.d' }),
      // The form names a Ketua Tim and an Anggota Tim; a sekretaris is named after its place in the lampiran III susunan.
      sebagai: { ketua: 'Ketua Tim', sekretaris: 'Sekretaris Tim', anggota: 'Anggota Tim' },
    },
    penggantiAnggota: { citation: 'pasuruan lampiran I B.2.A.2.ii', description: 'a member from another unit who was not approved is reported to the former, who names another or goes on without' },
    employeeMatch: { citation: 'pasuruan lampiran I B.2.A.2.ii', description: 'a member is a JF or Pelaksana with a kedudukan' },
    refusalReasons: { citation: 'pasuruan lampiran I B.2.A.2.ii', description: 'A decree not signed is answered with its reasons.' },
    acknowledgement: { citation: 'pasuruan lampiran III, lampiran II', description: 'The decree is addressed to every member it assigns (ketua, sekretaris, anggota), each with their own Surat Tugas: each receives them and acknowledges their own receipt.' },
  },
};
