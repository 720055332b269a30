// P7: the start of a work cycle as the API takes it, and the case subject it becomes (its live state).
import { Type } from '@sinclair/typebox';
import { Id, IsoDate, Nip, UnitRef } from '../schemas';

/** The shortest cadence or period in days (about a second): a smaller positive number would be a timer loop. */
const SHORTEST_DAY = 0.00001;

export const MulaiSiklus = Type.Object({
  penugasan: Id({ description: 'the case id of the issued assignment (P1, P2, P3, P4, P5) whose work this cycle runs, or of a Tim Kerja (P6) in force: its ketua leads the cycle' }),
  /** P3 assigns a list: one cycle per employee on it. */
  pegawai: Type.Optional({ ...Nip, description: 'whose work, where the assignment lists several employees (P3): one of them, by NIP' }),
  laporan: Type.Object({
    // Fractions of a day are accepted so that a demo or a test can run a short cycle (0.0002 ≈ 17 s).
    setiapHari: Type.Number({ minimum: SHORTEST_DAY, maximum: 366, description: 'report cadence in days (e.g. 30: monthly; fractions allowed for a short demo cycle)' }),
    batasHari: Type.Number({ minimum: SHORTEST_DAY, maximum: 60, description: 'days a due report stays open before it is recorded as missed; reminders while it is late' }),
  }, { additionalProperties: false }),
  /** Optional: a period shorter than the assignment's (or one for an assignment that states none). */
  hariKerja: Type.Optional(Type.Number({ minimum: SHORTEST_DAY, maximum: 1100, description: 'length of the work period in days; default the assignment\'s jangka waktu' })),
  /** The case continues as new after this many reports (its history stays bounded). */
  laporanPerRiwayat: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  /** A text's "dan/atau" between the receivers of a report (an individual's, banjar pasal 16; a team's ketua's, pasal 17(1)b): which of them. */
  penerimaLaporan: Type.Optional(Type.String({
    minLength: 1, maxLength: 40,
    description: 'who receive the reports and give feedback on them, where the region\'s text names them "X dan/atau Y" (an individual\'s: banjar pasal 16; a team\'s, from its ketua: banjar pasal 17(1)b): `keduanya` (both, the default) or one of them by role (`puo-pemilik`, `ppk-pegawai`)',
  })),
});

/**
 * What a request for an assignment (P1, P2, P4, P5, P6) may say of the work cycle its issued
 * assignment continues into; what it leaves out is the deployment's default (REPORT_EVERY, REPORT_WITHIN).
 */
export const PengaturanSiklus = Type.Object({
  laporan: Type.Optional(MulaiSiklus.properties.laporan),
  hariKerja: Type.Optional(MulaiSiklus.properties.hariKerja),
  laporanPerRiwayat: Type.Optional(MulaiSiklus.properties.laporanPerRiwayat),
  penerimaLaporan: MulaiSiklus.properties.penerimaLaporan,
}, { additionalProperties: false, description: 'the work cycle (P7) the issued assignment continues into: report cadence and period, who receive the reports where the text gives a choice; absent, the deployment\'s defaults' });

const Official = Type.Object({ nip: Type.String(), nama: Type.String(), jabatan: Type.String() });

export const SiklusKinerjaSubject = Type.Object({
  penugasan: Type.Object({ caseId: Type.String(), judul: Type.String(), procedure: Type.String() }),
  pegawai: Official,
  instansiPegawai: Type.Optional(Type.Object({ region: Type.String(), pemerintah: Type.String() }, { description: 'an employee lent by another agency (P3): their government; they act through its key' })),
  unit: UnitRef,
  periode: Type.Object({ mulai: Type.Optional(IsoDate), selesai: Type.Optional(IsoDate), hari: Type.Number() }),
  tahap: Type.Union([Type.Literal('perencanaan'), Type.Literal('pelaksanaan'), Type.Literal('evaluasi'), Type.Literal('selesai')]),
  rencana: Type.Object({ versi: Type.Integer(), isi: Type.Optional(Type.String()), disepakati: Type.Boolean() }),
  checklist: Type.Optional(Type.Array(Type.Object({ butir: Type.String(), uraian: Type.String(), selesai: Type.Boolean() }))),
  laporan: Type.Object({
    setiapHari: Type.Number(), batasHari: Type.Number(), ke: Type.Integer({ description: 'reports on cadence so far' }),
    jumlah: Type.Integer({ description: 'reports on cadence over the period' }), terlewat: Type.Integer(), sewaktuWaktu: Type.Integer(),
    berikutnya: Type.Optional(Type.String({ description: 'when the next report on cadence is due' })),
  }),
  tim: Type.Optional(Type.Object({
    caseId: Type.String(), nama: Type.String(),
    anggota: Type.Array(Type.Object({ ...Official.properties, unit: Type.String(), tugas: Type.String({ description: 'the role split: what this member does' }) })),
    terlewat: Type.Integer({ description: 'members\' reports to the ketua missed so far' }),
    rencanaAnggota: Type.Optional(Type.Array(Type.Object({
      nip: Type.String(), nama: Type.String(), versi: Type.Integer(), isi: Type.Optional(Type.String()), disepakati: Type.Boolean(),
    }), { description: 'each member\'s own rencana kerja individu, as drafted and agreed by the ketua (where the region\'s text sets one)' })),
  }, { description: 'a Tim Kerja: the ketua (pegawai) leads; members report to the ketua' })),
  kendala: Type.Integer({ description: 'kendala raised so far' }),
  reviu: Type.Object({ putaran: Type.Integer({ description: 'round: 0, then one more after each perbaikan' }), tingkat: Type.Integer(), rantai: Type.Array(Official) }),
  riwayat: Type.Integer({ description: 'how many times the case continued as new' }),
}, { title: 'siklus-kinerja' });
