// P7 in the procedure registry (procedures/index.ts).
import { mulaiSiklus } from '../../demo/siklusKinerja';
import * as p7 from './plan';
import { MulaiSiklus, SiklusKinerjaSubject } from './request';
import type { Procedure } from '../procedure';

export const siklusKinerja: Procedure<p7.MulaiSiklus> = {
  id: p7.PROCEDURE,
  code: 'p7',
  title: 'Siklus kinerja (P7): perencanaan, pelaksanaan and evaluasi of an issued assignment',
  request: MulaiSiklus,
  subject: SiklusKinerjaSubject,
  example: () => mulaiSiklus(),
  related: p7.related,
  involves: p7.involves,
  mitra: p7.mitra,
  plan: p7.plan,
  workflowType: 'siklusKinerja',
};
