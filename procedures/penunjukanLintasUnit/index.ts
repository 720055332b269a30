// P2 in the procedure registry (procedures/index.ts).
import { permohonan } from '../../demo/permohonan';
import * as p2 from './plan';
import { PenunjukanLintasUnitSubject, PermohonanPelibatan } from './request';
import type { Procedure } from '../procedure';

export const penunjukanLintasUnit: Procedure<p2.PermohonanPelibatan> = {
  id: p2.PROCEDURE,
  code: 'p2',
  title: 'Penunjukan lintas unit (P2): Surat Permohonan Pelibatan',
  request: PermohonanPelibatan,
  subject: PenunjukanLintasUnitSubject,
  example: (region) => permohonan(region),
  involves: p2.involves,
  plan: p2.plan,
  workflowType: 'penunjukanLintasUnit',
  bekerja: true,
};
