// P8 in the procedure registry (procedures/index.ts).
import { rekomendasiPenilaian } from '../../demo/rekomendasiPenilaianKinerja';
import * as p8 from './plan';
import { Nilai, RekomendasiPenilaian, RekomendasiPenilaianKinerjaSubject } from './request';
import type { ActionPlan, Procedure } from '../procedure';

export const rekomendasiPenilaianKinerja: Procedure<p8.RekomendasiPenilaian> = {
  id: p8.PROCEDURE,
  code: 'p8',
  title: 'Rekomendasi penilaian kinerja (P8): the rater rates a member of an issued assignment for their PPK',
  request: RekomendasiPenilaian,
  subject: RekomendasiPenilaianKinerjaSubject,
  example: (region) => rekomendasiPenilaian(`${region}-p2-00000000-0000-4000-8000-000000000000`),
  related: p8.related,
  involves: p8.involves,
  mitra: p8.mitra,
  plan: p8.plan,
  workflowType: 'rekomendasiPenilaianKinerja',
  actions: {
    // A rating task's rating: checked by the case (the rater's open task, the matrix's suggestion or a reason).
    penilaian: { body: Nilai, involves: () => [], plan: (_profile, _org, _view, b: p8.Nilai) => b } satisfies ActionPlan<p8.Nilai>,
  },
};
