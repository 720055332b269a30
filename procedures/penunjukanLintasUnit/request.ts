// P2: the Surat Permohonan Pelibatan as the API takes it, and the case subject it becomes.
import { Type } from '@sinclair/typebox';
import { IsoDate, JangkaWaktu, Kompetensi, Kriteria, LIMITS, Line, Nip, SuratPermohonan, Text, TimKerja, UnitKode, UnitRef } from '../schemas';

export const PermohonanPelibatan = Type.Object({
  unitPemilik: Line({ minLength: 1, maxLength: LIMITS.code, description: 'unit that owns the target (the requester leads it)' }),
  unitTujuan: UnitKode,
  instansiTujuan: Type.Optional(Line({ minLength: 1, description: 'the government of the destination, e.g. PEMERINTAH KABUPATEN BANJAR; another agency is refused (use penunjukan lintas instansi)' })),
  surat: Type.Optional(SuratPermohonan),
  maksud: Text({ minLength: 3, description: 'purpose of the involvement' }),
  kompetensi: { ...Kompetensi, description: 'required competencies' },
  target: Text({ minLength: 1, description: 'expected target' }),
  jangkaWaktu: JangkaWaktu,
  pegawai: Type.Optional(Nip),
  kriteria: Type.Optional(Kriteria),
  ppkTujuan: Type.Optional({ ...Nip, description: 'a request by criteria whose matching employees have different PPKs names the PPK it is addressed to' }),
  timKerja: Type.Optional(TimKerja),
});

export const PenunjukanLintasUnitSubject = Type.Object({
  permohonan: Type.Object({ ...PermohonanPelibatan.properties, jangkaWaktu: Type.Object({ mulai: IsoDate, selesai: IsoDate }) }),
  unitPemilik: UnitRef,
  unitTujuan: UnitRef,
  tembusan: Type.Optional(Type.Array(Type.String(), { description: 'copied on the request (absent on cases recorded before it was kept)' })),
}, { title: 'penunjukan-lintas-unit' });
