// P8: the rater's rekomendasi penilaian kinerja as the API takes it, and the case subject it becomes.
import { Type } from '@sinclair/typebox';
import { EKSPEKTASI } from '../../domain/predikat';
import { PREDIKAT } from '../../domain/kepegawaian';
import { Id, IsoDate, literals, Nip, Text, UnitRef } from '../schemas';

const Ekspektasi = literals(EKSPEKTASI);
const Predikat = literals(PREDIKAT);

export const RekomendasiPenilaian = Type.Object({
  penugasan: Id({ description: 'the assignment case rated: an issued Surat Tugas or Surat Penugasan (penunjukan or pengajuan sukarela, dalam or lintas unit), or a Tim Kerja (pembentukan tim kerja) in force' }),
  pegawai: Type.Optional({ ...Nip, description: 'the member rated; defaults to the employee the assignment was issued for, and must be them; for a Tim Kerja, required: a member of its susunan' }),
  hasilKerja: { ...Ekspektasi, description: 'Hasil Kerja: di atas / sesuai / di bawah ekspektasi' },
  perilakuKerja: { ...Ekspektasi, description: 'Perilaku Kerja: di atas / sesuai / di bawah ekspektasi' },
  predikat: { ...Predikat, description: "the rater's choice (bengkalis lampiran BAB II form 7: pilih salah satu); the case shows the one PermenPANRB 6/2022's matrix suggests" },
  alasanDeviasi: Type.Optional(Text({ minLength: 1, description: 'required when predikat is not the one the matrix suggests' })),
  catatan: Type.Optional(Text({ minLength: 1, description: "the rater's notes to the PPK" })),
}, { additionalProperties: false });

/** The rating the rater gives in a rating task (POST /cases/{caseId}/actions/penilaian), as a rating sent at once gives it. */
export const Nilai = Type.Object({
  hasilKerja: RekomendasiPenilaian.properties.hasilKerja,
  perilakuKerja: RekomendasiPenilaian.properties.perilakuKerja,
  predikat: RekomendasiPenilaian.properties.predikat,
  alasanDeviasi: RekomendasiPenilaian.properties.alasanDeviasi,
  catatan: RekomendasiPenilaian.properties.catatan,
}, { additionalProperties: false, title: 'Nilai', description: 'penilaian (rekomendasi-penilaian-kinerja): the rating of a rating task, the matrix\'s suggestion shown on the case', examples: [{ hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'di-atas-ekspektasi', predikat: 'Baik' }] });

const Pihak = Type.Object({ nip: Nip, nama: Type.String(), pangkat: Type.String(), jabatan: Type.String(), unit: UnitRef, perangkatDaerah: UnitRef });

export const RekomendasiPenilaianKinerjaSubject = Type.Object({
  permohonan: Type.Union([RekomendasiPenilaian, Type.Object({ penugasan: Type.String(), pegawai: Nip }, { description: 'a rating task: the member of a team whose period ended' })]),
  penugasan: Type.Object({
    caseId: Type.String(), procedure: Type.String(), judul: Type.String(), unitPemilik: UnitRef, uraian: Type.String(),
    jangkaWaktu: Type.Object({ mulai: IsoDate, selesai: IsoDate }),
    tim: Type.Optional(Type.Object({ nama: Type.String(), kedudukan: Type.String(), tugas: Type.String() }, { description: 'a Tim Kerja (P6): the team, and the member\'s kedudukan and tugas in it' })),
  }),
  pegawai: Pihak,
  penilai: Pihak,
  penilaian: Type.Optional(Type.Object({
    hasilKerja: Ekspektasi, perilakuKerja: Ekspektasi, predikat: Predikat,
    saran: { ...Predikat, description: "PermenPANRB 6/2022's matrix" },
    alasanDeviasi: Type.Optional(Type.String()),
  }, { description: 'the rating; in a rating task, once the rater has given it' })),
  matriks: Type.Optional(Type.Array(Type.Object({ hasilKerja: Ekspektasi, perilakuKerja: Ekspektasi, predikat: Predikat }), {
    description: 'a rating task: the PermenPANRB 6/2022 matrix the rater is shown, the predikat it suggests for each Hasil Kerja and Perilaku Kerja',
  })),
  lintasUnit: Type.Boolean({ description: "the member is of another unit: the recommendation goes to their home PPK" }),
}, { title: 'rekomendasi-penilaian-kinerja' });
