// Schema pieces the procedures' request and subject schemas share (TypeBox, as the API validates them).
import { Type } from '@sinclair/typebox';
import { GOLONGAN, JENJANG, PENDIDIKAN } from '../domain/kepegawaian';

export const literals = (xs: readonly string[]) => Type.Union(xs.map((x) => Type.Literal(x)));

export const Nip = Type.String({ pattern: '^\\d{18}$', description: '18-digit NIP', examples: ['198703152010011002'] });
export const IsoDate = Type.String({ format: 'date', examples: ['2027-01-04'] });
export const UnitKode = Type.String({ minLength: 1, maxLength: 64 });
export const UnitRef = Type.Object({ kode: Type.String(), nama: Type.String() });

export const JangkaWaktu = Type.Object({ mulai: IsoDate, selesai: IsoDate }, { additionalProperties: false });

export const Kriteria = Type.Object({
  jenisJabatan: Type.Optional(Type.Union([Type.Literal('fungsional'), Type.Literal('pelaksana')])),
  namaJabatan: Type.Optional(Type.String({ minLength: 1, examples: ['Pranata Komputer'] })),
  jenjang: Type.Optional(Type.Array(literals(JENJANG), { minItems: 1 })),
  golonganMin: Type.Optional(literals(GOLONGAN)),
  pendidikanMin: Type.Optional(literals(PENDIDIKAN)),
}, { additionalProperties: false });
