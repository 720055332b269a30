import { Type } from '@sinclair/typebox';
import { GOLONGAN, JENIS_JABATAN, JENJANG, PENDIDIKAN, PREDIKAT } from '../../domain/kepegawaian';
import { JENIS_UNIT } from '../../domain/organisasi';
import { LIMITS, Line, List, Text } from '../../procedures/schemas';

const literals = (xs: readonly string[]) => Type.Union(xs.map((x) => Type.Literal(x)));
const Kode = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._-]+$' });

export const UnitRow = Type.Object({
  kode: Kode,
  nama: Line({ minLength: 1 }),
  induk: Type.Union([Kode, Type.Null()], { description: 'parent unit; null for a Perangkat Daerah' }),
  jenis: literals(JENIS_UNIT),
  kodeSurat: Line({ minLength: 1, maxLength: LIMITS.code, description: 'code used in letter numbers' }),
  alamat: Type.Optional(Text({ maxLength: 1000, description: 'a Perangkat Daerah\'s street address, on the kop of what it issues' })),
  telepon: Type.Optional(Line({ minLength: 1, maxLength: LIMITS.code, examples: ['(0511) 4721234'] })),
  laman: Type.Optional(Line({ minLength: 1, examples: ['diskominfo.banjarkab.go.id'] })),
  surel: Type.Optional(Line({ minLength: 3, pattern: '^[^\\s@]+@[^\\s@]+$', examples: ['diskominfo@banjarkab.go.id'] })),
  kodePos: Type.Optional(Type.String({ pattern: '^\\d{5}$', maxLength: 5, examples: ['70614'] })),
}, { additionalProperties: false });

export const JabatanRow = Type.Object({
  kode: Kode,
  nama: Line({ minLength: 1 }),
  unit: Kode,
  jenis: literals(JENIS_JABATAN),
  jenjang: Type.Optional(literals(JENJANG)),
  memimpinUnit: Type.Optional(Type.Boolean({ description: 'the position that heads its unit: a structural one, or a JF appointed to lead a unit kerja mandiri (UPTD) where the region allows it' })),
}, { additionalProperties: false });

export const PegawaiRow = Type.Object({
  // Length and digits only here: the domain check reports impossible dates row by row.
  nip: Line({ maxLength: 18, description: '18-digit NIP' }),
  nama: Line({ minLength: 1 }),
  golongan: literals(GOLONGAN),
  jabatan: Kode,
  pendidikan: literals(PENDIDIKAN),
  predikatTerakhir: Type.Optional(literals(PREDIKAT)),
  pengalamanTahun: Type.Integer({ minimum: 0, maximum: 60 }),
  hasilPenyetaraan: Type.Optional(Type.Boolean({ description: 'JF hasil penyetaraan jabatan' })),
  kedudukan: Type.Optional(Type.Object({
    ppk: Line({ maxLength: 18, description: 'NIP of the penilai kinerja: the PPK of a JF or Pelaksana, or the assessor of a unit leader (else their superior)' }),
    puo: Type.Optional(Line({ maxLength: 18, description: 'NIP of the PUO of a JF or Pelaksana' })),
  }, { additionalProperties: false })),
}, { additionalProperties: false });

/** Rows per sheet of one import: a regency's whole staff fits (the body limit of the route is 50 MB). */
const MAX_ROWS = 50_000;

export const MasterDataImport = Type.Object({
  units: Type.Optional(List(UnitRow, { maxItems: MAX_ROWS })),
  jabatan: Type.Optional(List(JabatanRow, { maxItems: MAX_ROWS })),
  pegawai: Type.Optional(List(PegawaiRow, { maxItems: MAX_ROWS })),
  kepalaDaerah: Type.Optional(Type.Object({
    nama: Line({ minLength: 3, description: 'the Bupati or Wali Kota in office, as a decree they sign names them (e.g. H. Ahmad Rizani, S.H.)' }),
  }, { additionalProperties: false, description: 'the kepala daerah in office: a Keputusan Bupati issued from now on carries this name' })),
}, { additionalProperties: false });

const Counts = Type.Object({ inserted: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer() });
export const ImportSummary = Type.Object({ region: Type.String(), version: Type.Integer({ description: "the version of the region's master data this import made (GET /master-data/{region}/changes)" }), units: Counts, jabatan: Counts, pegawai: Counts, kepalaDaerah: Counts });
