// The shape of a regional profile: the rules in which the four regulations differ, as data — the
// region's own facts, then one section per procedure (its schema beside the procedure's plan).
// Every rule carries the article it comes from; the service shows that citation to whoever is refused.
import { Type, type Static } from '@sinclair/typebox';
import { PenunjukanDalamUnitProfile } from '../procedures/penunjukanDalamUnit/profile';
import { PengajuanSukarelaDalamUnitProfile } from '../procedures/pengajuanSukarelaDalamUnit/profile';
import { PengajuanSukarelaLintasUnitProfile } from '../procedures/pengajuanSukarelaLintasUnit/profile';
import { JENIS_UNIT } from '../domain/organisasi';
import { BatasPenugasanProfile } from './batasPenugasan';
import { DelegasiProfile } from './delegasi';
import { PenunjukanLintasUnitProfile } from '../procedures/penunjukanLintasUnit/profile';
import { PenunjukanLintasInstansiProfile } from '../procedures/penunjukanLintasInstansi/profile';
import { RekomendasiPenilaianKinerjaProfile } from '../procedures/rekomendasiPenilaianKinerja/profile';
import { SiklusKinerjaProfile } from '../procedures/siklusKinerja/profile';
import { PembentukanTimKerjaProfile } from '../procedures/pembentukanTimKerja/profile';
import { Citation, Rule } from './parts';

export * from './parts';

export const RegionalProfile = Type.Object({
  id: Type.Union([Type.Literal('bengkalis'), Type.Literal('banjar'), Type.Literal('pati'), Type.Literal('pasuruan')]),
  pemerintah: Type.String({ description: 'Kop line, e.g. PEMERINTAH KABUPATEN BANJAR' }),
  kepalaDaerah: Type.String({ description: 'Bupati Banjar / Wali Kota Pasuruan' }),
  tempat: Type.String({ description: 'Place in the signature block' }),
  /** Letters are dated, and numbered by year, in local time (WIB, WITA). */
  zonaWaktu: Type.Union([Type.Literal('Asia/Jakarta'), Type.Literal('Asia/Makassar')]),
  regulation: Type.Object({ short: Type.String(), title: Type.String() }),
  /**
   * The region's lambang on the kop of its naskah dinas (Permendagri 1/2023, kop naskah dinas): a PNG or
   * JPEG in documents/lambang. `contoh`: the neutral placeholder the demo ships, not the region's own.
   */
  lambang: Type.Object({ berkas: Type.String({ pattern: '^[a-z0-9-]+\\.(png|jpg)$' }), contoh: Type.Optional(Type.Boolean()) }),
  /** Who is the Pimpinan Unit Organisasi of a unit. */
  puo: Type.Object({
    scope: Type.Union([Type.Literal('perangkat-daerah'), Type.Literal('unit')]),
    citation: Citation,
  }),
  /** A PPK is at least a Pengawas. */
  ppkMinimum: Rule,
  /**
   * A Pejabat Fungsional appointed to lead a unit kerja mandiri heads it, and is PPK and PUO of its
   * JF and Pelaksana: the kinds of unit where the region's text allows it.
   */
  pimpinanFungsional: Type.Object({
    jenisUnit: Type.Array(Type.Union(JENIS_UNIT.map((j) => Type.Literal(j))), { minItems: 1 }),
    citation: Citation,
    description: Type.String(),
  }),
  /** No assignment before the employee's kedudukan (PPK) is set. */
  kedudukanFirst: Rule,
  /** How often and how long an employee may be put into a tim kerja (none where the regulation sets none). */
  batasPenugasan: BatasPenugasanProfile,
  /** Plt/Plh: who appoints, how long a chain may be, how a delegate signs. */
  delegasi: DelegasiProfile,
  // One section per procedure.
  penunjukanDalamUnit: PenunjukanDalamUnitProfile,
  penunjukanLintasUnit: PenunjukanLintasUnitProfile,
  penunjukanLintasInstansi: PenunjukanLintasInstansiProfile,
  pengajuanSukarelaDalamUnit: PengajuanSukarelaDalamUnitProfile,
  pengajuanSukarelaLintasUnit: PengajuanSukarelaLintasUnitProfile,
  rekomendasiPenilaianKinerja: RekomendasiPenilaianKinerjaProfile,
  siklusKinerja: SiklusKinerjaProfile,
  pembentukanTimKerja: PembentukanTimKerjaProfile,
});
export type RegionalProfile = Static<typeof RegionalProfile>;
export type Region = RegionalProfile['id'];
