// The procedure registry: procedure id → its entry (procedures/<name>/index.ts: request schema, pure plan,
// workflow type). The API starts cases through it and documents its request bodies from it; the worker
// runs the workflow types it names (workflows/index.ts). Adding a procedure: see README "Adding a procedure".
import { penunjukanDalamUnit } from './penunjukanDalamUnit';
import { penunjukanLintasUnit } from './penunjukanLintasUnit';
import { pengajuanSukarelaDalamUnit } from './pengajuanSukarelaDalamUnit';
import { pengajuanSukarelaLintasUnit } from './pengajuanSukarelaLintasUnit';
import { penunjukanLintasInstansi } from './penunjukanLintasInstansi';
import { rekomendasiPenilaianKinerja } from './rekomendasiPenilaianKinerja';
import { siklusKinerja } from './siklusKinerja';
import { pembentukanTimKerja } from './pembentukanTimKerja';
import type { Procedure } from './procedure';

export type { ActionPlan, Procedure } from './procedure';

export const PROCEDURES: Record<string, Procedure> = Object.fromEntries(
  [
    penunjukanDalamUnit, penunjukanLintasUnit, penunjukanLintasInstansi, pengajuanSukarelaDalamUnit, pengajuanSukarelaLintasUnit,
    pembentukanTimKerja, siklusKinerja, rekomendasiPenilaianKinerja,
  ].map((p) => [p.id, p]),
);
