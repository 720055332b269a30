// P3 in the procedure registry (procedures/index.ts).
import { penunjukanLintasInstansi as permohonanP3 } from '../../demo/penunjukanLintasInstansi';
import * as p3 from './plan';
import { PenunjukanLintasInstansiSubject, PermohonanLintasInstansi } from './request';
import type { Procedure } from '../procedure';

export const penunjukanLintasInstansi: Procedure<p3.PermohonanLintasInstansi> = {
  id: p3.PROCEDURE,
  code: 'p3',
  title: 'Penunjukan lintas instansi (P3): Surat Permohonan Pelibatan to another agency',
  request: PermohonanLintasInstansi,
  subject: PenunjukanLintasInstansiSubject,
  example: (region) => permohonanP3(region),
  involves: p3.involves,
  mitra: p3.mitra,
  plan: p3.plan,
  workflowType: 'penunjukanLintasInstansi',
  bekerja: true,
};
