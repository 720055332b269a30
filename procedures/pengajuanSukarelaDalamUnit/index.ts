// P4 in the procedure registry (procedures/index.ts).
import { pengajuanSukarela } from '../../demo/pengajuanSukarelaDalamUnit';
import * as p4 from './plan';
import { PengajuanSukarela, PengajuanSukarelaDalamUnitSubject } from './request';
import type { Procedure } from '../procedure';

export const pengajuanSukarelaDalamUnit: Procedure<p4.PengajuanSukarela> = {
  id: p4.PROCEDURE,
  code: 'p4',
  title: 'Pengajuan sukarela dalam unit (P4): the employee volunteers for a target of their own unit',
  request: PengajuanSukarela,
  subject: PengajuanSukarelaDalamUnitSubject,
  example: (region) => pengajuanSukarela(region),
  involves: p4.involves,
  plan: p4.plan,
  workflowType: 'pengajuanSukarelaDalamUnit',
  bekerja: true,
};
