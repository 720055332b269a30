// P1: the request for a penunjukan inside one unit as the API takes it, and the case subject it becomes.
import { Type } from '@sinclair/typebox';
import { IsoDate, JangkaWaktu, Kompetensi, Kriteria, Nip, SuratPermohonan, Text, UnitKode, UnitRef } from '../schemas';

export const PermintaanPenunjukan = Type.Object({
  surat: Type.Optional({ ...SuratPermohonan, description: 'the usulan penunjukan letter\'s number and date, where another official proposes the appointment' }),
  unit: { ...UnitKode, description: 'the unit whose target the employee is appointed to; the employee is of this unit (of its Perangkat Daerah where the region says so)' },
  maksud: Text({ minLength: 3, description: 'purpose of the assignment' }),
  target: Text({ minLength: 1, description: 'expected target' }),
  jangkaWaktu: JangkaWaktu,
  kompetensi: Type.Optional({ ...Kompetensi, description: 'competencies the assignment needs' }),
  pegawai: Type.Optional({ ...Nip, description: 'the JF or Pelaksana appointed' }),
  kriteria: Type.Optional({ ...Kriteria, description: 'instead of pegawai, where the region has an appointing official other than the requester: they choose among the JF and Pelaksana of the unit who match' }),
  ppk: Type.Optional({ ...Nip, description: 'a request by criteria whose matching employees have different PPKs names the PPK who appoints' }),
});

export const PenunjukanDalamUnitSubject = Type.Object({
  permohonan: Type.Object({ ...PermintaanPenunjukan.properties, jangkaWaktu: Type.Object({ mulai: IsoDate, selesai: IsoDate }) }),
  unit: UnitRef,
  catatan: Type.Optional(Type.String({ description: 'why the case has no decision step, where the requester also holds the appointing role' })),
}, { title: 'penunjukan-dalam-unit' });
