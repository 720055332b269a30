import { Type } from '@sinclair/typebox';
import { GOLONGAN, JENIS_JABATAN, JENJANG, PENDIDIKAN, PREDIKAT } from '../../domain/kepegawaian';
import { JENIS_UNIT } from '../../domain/organisasi';

const literals = (xs: readonly string[]) => Type.Union(xs.map((x) => Type.Literal(x)));
const Kode = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._-]+$' });

export const UnitRow = Type.Object({
  kode: Kode,
  nama: Type.String({ minLength: 1 }),
  induk: Type.Union([Kode, Type.Null()], { description: 'parent unit; null for a Perangkat Daerah' }),
  jenis: literals(JENIS_UNIT),
  kodeSurat: Type.String({ minLength: 1, description: 'code used in letter numbers' }),
  alamat: Type.Optional(Type.String()),
}, { additionalProperties: false });

export const JabatanRow = Type.Object({
  kode: Kode,
  nama: Type.String({ minLength: 1 }),
  unit: Kode,
  jenis: literals(JENIS_JABATAN),
  jenjang: Type.Optional(literals(JENJANG)),
  memimpinUnit: Type.Optional(Type.Boolean({ description: 'the position that heads its unit: a structural one, or a JF appointed to lead a unit kerja mandiri (UPTD) where the region allows it' })),
}, { additionalProperties: false });

export const PegawaiRow = Type.Object({
  // Length and digits only here: the domain check reports impossible dates row by row.
  nip: Type.String({ description: '18-digit NIP' }),
  nama: Type.String({ minLength: 1 }),
  golongan: literals(GOLONGAN),
  jabatan: Kode,
  pendidikan: literals(PENDIDIKAN),
  predikatTerakhir: Type.Optional(literals(PREDIKAT)),
  pengalamanTahun: Type.Integer({ minimum: 0, maximum: 60 }),
  hasilPenyetaraan: Type.Optional(Type.Boolean({ description: 'JF hasil penyetaraan jabatan' })),
  kedudukan: Type.Optional(Type.Object({
    ppk: Type.String({ description: 'NIP of the penilai kinerja: the PPK of a JF or Pelaksana, or the assessor of a unit leader (else their superior)' }),
    puo: Type.Optional(Type.String({ description: 'NIP of the PUO of a JF or Pelaksana' })),
  }, { additionalProperties: false })),
}, { additionalProperties: false });

export const MasterDataImport = Type.Object({
  units: Type.Optional(Type.Array(UnitRow)),
  jabatan: Type.Optional(Type.Array(JabatanRow)),
  pegawai: Type.Optional(Type.Array(PegawaiRow)),
  kepalaDaerah: Type.Optional(Type.Object({
    nama: Type.String({ minLength: 3, description: 'the Bupati or Wali Kota in office, as a decree they sign names them (e.g. H. Ahmad Rizani, S.H.)' }),
  }, { additionalProperties: false, description: 'the kepala daerah in office: a Keputusan Bupati issued from now on carries this name' })),
}, { additionalProperties: false });

const Counts = Type.Object({ inserted: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer() });
export const ImportSummary = Type.Object({ region: Type.String(), units: Counts, jabatan: Counts, pegawai: Counts, kepalaDaerah: Counts });
