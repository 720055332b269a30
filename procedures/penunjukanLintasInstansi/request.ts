// P3: the Surat Permohonan Pelibatan to another agency as the API takes it, and the case subject it becomes.
import { Type } from '@sinclair/typebox';
import { IsoDate, JangkaWaktu, Kriteria, Nip, TimKerja, UnitKode, UnitRef } from '../schemas';

export const PermohonanLintasInstansi = Type.Object({
  unitPemilik: Type.String({ minLength: 1, description: 'unit that owns the target (the requester leads it)' }),
  instansiTujuan: Type.String({ minLength: 1, description: 'the agency asked: a region of this service (e.g. pati); its officials act through its own e-office key' }),
  unitTujuan: { ...UnitKode, description: 'the unit of the agency asked whose JF or Pelaksana are wanted, in its master data' },
  maksud: Type.String({ minLength: 3, description: 'maksud dan tujuan' }),
  kompetensi: Type.Array(Type.String({ minLength: 1 }), { description: 'kompetensi, keahlian, dan/atau keterampilan yang dibutuhkan' }),
  target: Type.String({ minLength: 1, description: 'ekspektasi/target kinerja' }),
  jangkaWaktu: JangkaWaktu,
  kriteria: Type.Optional(Kriteria),
  ppkTujuan: Type.Optional({ ...Nip, description: 'where the matching employees have different PPKs: the PPK the instruction goes to' }),
  timKerja: Type.Optional(TimKerja),
});

export const PenunjukanLintasInstansiSubject = Type.Object({
  permohonan: Type.Object({ ...PermohonanLintasInstansi.properties, jangkaWaktu: Type.Object({ mulai: IsoDate, selesai: IsoDate }) }),
  instansiPemohon: Type.Object({ region: Type.String(), pemerintah: Type.String() }),
  instansiTujuan: Type.Object({ region: Type.String(), pemerintah: Type.String() }),
  unitPemilik: UnitRef,
  unitTujuan: UnitRef,
  tembusan: Type.Array(Type.String(), { description: 'copied on the request: the requester\'s own PPK' }),
}, { title: 'penunjukan-lintas-instansi' });
