// P5 in the procedure registry (procedures/index.ts).
import { pengajuanSukarela as permohonanP5 } from '../../demo/pengajuanSukarelaLintasUnit';
import * as p5 from './plan';
import { PengajuanSukarelaLintasUnitSubject, PermohonanSukarela } from './request';
import type { Procedure } from '../procedure';

export const pengajuanSukarelaLintasUnit: Procedure<p5.PermohonanSukarela> = {
  id: p5.PROCEDURE,
  code: 'p5',
  title: 'Pengajuan sukarela lintas unit (P5): surat permohonan of the employee',
  request: PermohonanSukarela,
  subject: PengajuanSukarelaLintasUnitSubject,
  example: () => permohonanP5(),
  involves: p5.involves,
  plan: p5.plan,
  workflowType: 'pengajuanSukarelaLintasUnit',
  bekerja: true,
};
