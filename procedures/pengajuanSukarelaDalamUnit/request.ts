// P4: the wish of a JF or Pelaksana to take part in a target of their own unit, as the API takes it
// (stated by the employee, or recorded for them by the official they told), and the case subject.
import { Type } from '@sinclair/typebox';
import { JangkaWaktu, Kompetensi, Nip, Text, UnitKode, UnitRef } from '../schemas';

const Official = Type.Object({ nip: Type.String(), nama: Type.String(), jabatan: Type.String() });

export const PengajuanSukarela = Type.Object({
  pegawai: Type.Optional({ ...Nip, description: 'whose wish it is; absent: the acting official\'s own' }),
  lisan: Type.Optional(Type.Boolean({ description: 'stated orally and recorded for the employee by the official they told: required when that official sends it' })),
  unitTarget: { ...UnitKode, description: 'the unit that owns the target: the employee\'s own Unit Organisasi (another unit: pengajuan sukarela lintas unit)' },
  kinerja: Text({ minLength: 3, description: 'the kinerja tertentu the employee wishes to take part in' }),
  kompetensi: Type.Optional({ ...Kompetensi, description: 'the competence, expertise or skills the employee brings' }),
  jangkaWaktu: JangkaWaktu,
});

export const PengajuanSukarelaDalamUnitSubject = Type.Object({
  pengajuan: Type.Object({ ...PengajuanSukarela.properties, pegawai: Nip }),
  pegawai: Official,
  unitTarget: UnitRef,
  /** The Unit Organisasi the target is inside. */
  unitOrganisasi: UnitRef,
  lisan: Type.Boolean(),
  dicatatOleh: Type.Optional(Official),
}, { title: 'pengajuan-sukarela-dalam-unit' });
