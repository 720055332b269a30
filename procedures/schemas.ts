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

/** The tim kerja a request puts the employee into, where it is for one: limited per performance year (banjar pasal 9(5)). */
export const TimKerja = Type.Object({
  nama: Type.String({ minLength: 3, description: 'the tim kerja the employee joins, e.g. Tim Kerja Dashboard Perencanaan' }),
  peran: Type.Union([Type.Literal('ketua'), Type.Literal('sekretaris'), Type.Literal('anggota')], { description: 'the role in it; banjar counts it against pasal 9(5)' }),
}, { additionalProperties: false, description: 'the team the employee is involved in, where the request is for one: limited per performance year (banjar pasal 9(5))' });
