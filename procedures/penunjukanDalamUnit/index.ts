// P1 in the procedure registry (procedures/index.ts).
import { penunjukanDalamUnit as permintaanP1 } from '../../demo/penunjukanDalamUnit';
import * as p1 from './plan';
import { PenunjukanDalamUnitSubject, PermintaanPenunjukan } from './request';
import type { Procedure } from '../procedure';

export const penunjukanDalamUnit: Procedure<p1.PermintaanPenunjukan> = {
  id: p1.PROCEDURE,
  code: 'p1',
  title: 'Penunjukan dalam unit (P1): usulan atau penunjukan langsung',
  request: PermintaanPenunjukan,
  subject: PenunjukanDalamUnitSubject,
  example: (region) => permintaanP1(region),
  involves: p1.involves,
  plan: p1.plan,
  workflowType: 'penunjukanDalamUnit',
  bekerja: true,
};
