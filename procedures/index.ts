// The procedure registry: procedure id → request schema, pure plan, workflow type. The API starts
// cases through it and documents its request bodies from it; the worker runs the workflow types it
// names (workflows/index.ts). Adding a procedure: see README "Adding a procedure".
import type { TObject, TSchema } from '@sinclair/typebox';
import type { CaseView, PlannedCase } from '../domain/kasus';
import type { OrgSnapshot } from '../domain/organisasi';
import type { PlanContext } from '../domain/rencana';
import type { RegionalProfile, Region } from '../profiles/schema';
import type { WorkflowType } from '../workflows/shared';
import { penunjukanDalamUnit as permintaanP1 } from '../demo/penunjukanDalamUnit';
import { permohonan } from '../demo/permohonan';
import * as p1 from './penunjukanDalamUnit/plan';
import { PenunjukanDalamUnitSubject, PermintaanPenunjukan } from './penunjukanDalamUnit/request';
import { pengajuanSukarela } from '../demo/pengajuanSukarelaDalamUnit';
import * as p4 from './pengajuanSukarelaDalamUnit/plan';
import { PengajuanSukarela, PengajuanSukarelaDalamUnitSubject } from './pengajuanSukarelaDalamUnit/request';
import { pengajuanSukarela as permohonanP5 } from '../demo/pengajuanSukarelaLintasUnit';
import * as p5 from './pengajuanSukarelaLintasUnit/plan';
import { PengajuanSukarelaLintasUnitSubject, PermohonanSukarela } from './pengajuanSukarelaLintasUnit/request';
import { penunjukanLintasInstansi as permohonanP3 } from '../demo/penunjukanLintasInstansi';
import * as p3 from './penunjukanLintasInstansi/plan';
import { PenunjukanLintasInstansiSubject, PermohonanLintasInstansi } from './penunjukanLintasInstansi/request';
import { rekomendasiPenilaian } from '../demo/rekomendasiPenilaianKinerja';
import * as p8 from './rekomendasiPenilaianKinerja/plan';
import { RekomendasiPenilaian, RekomendasiPenilaianKinerjaSubject } from './rekomendasiPenilaianKinerja/request';
import { mulaiSiklus } from '../demo/siklusKinerja';
import * as p7 from './siklusKinerja/plan';
import { MulaiSiklus, SiklusKinerjaSubject } from './siklusKinerja/request';
import { pembentukanTim } from '../demo/pembentukanTimKerja';
import * as p6 from './pembentukanTimKerja/plan';
import { PembentukanTim, PembentukanTimKerjaSubject, PermintaanPerubahan } from './pembentukanTimKerja/request';
import { planPerubahan, type PermintaanPerubahan as Perubahan } from './pembentukanTimKerja/perubahan';
import * as p2 from './penunjukanLintasUnit/plan';
import { PenunjukanLintasUnitSubject, PermohonanPelibatan } from './penunjukanLintasUnit/request';

/**
 * A procedure action whose body the API plans against the master data before the case validates it
 * (POST /cases/{caseId}/actions/{action}): its body schema, whom planning reads, and the plan, which
 * becomes the action's `data`. Actions without one take the generic body (taskId, isi, ...).
 */
export interface ActionPlan<B = any> {
  body: TObject;
  involves: (body: B) => string[];
  plan: (profile: RegionalProfile, org: OrgSnapshot, view: CaseView, body: B, actorNip: string) => unknown;
}

export interface Procedure<R = any> {
  id: string;
  /** Short code in case ids: <region>-<code>-<uuid>. */
  code: string;
  title: string;
  /** The request body's fields besides procedure and region. */
  request: TObject;
  /** What the case's `subject` holds. */
  subject: TSchema;
  /** The demo request of a region, for the OpenAPI example and the README. */
  example: (region: Region) => R;
  /**
   * Cases the plan reads (e.g. the assignment a work cycle runs for): ids in the request, and the field
   * naming each; asked again with the cases read (`cases`) for those they point to.
   */
  related?: (req: R, cases?: Record<string, CaseView>) => { field: string; caseId: string }[];
  /** Whom the plan reads: named NIPs (with their PPK and PUO) and units whose whole staff it needs. */
  involves: (req: R, related: Record<string, CaseView>) => { nips: string[]; staffOf: string[] };
  /** Where a case spans another region of this service: which, and whom the plan reads there (PlanContext.mitra). */
  mitra?: (req: R, related: Record<string, CaseView>) => { region: string; nips: string[]; staffOf: string[] } | undefined;
  plan: (profile: RegionalProfile, org: OrgSnapshot, req: R, ctx: PlanContext) => PlannedCase;
  workflowType: WorkflowType;
  /** Its issued assignment continues into a work cycle (P7) of its own; the request may set it (`siklusKinerja`). */
  bekerja?: true;
  /** Its own actions that are planned in the API (by action name). */
  actions?: Record<string, ActionPlan>;
}

const penunjukanDalamUnit: Procedure<p1.PermintaanPenunjukan> = {
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

const penunjukanLintasUnit: Procedure<p2.PermohonanPelibatan> = {
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

const pengajuanSukarelaDalamUnit: Procedure<p4.PengajuanSukarela> = {
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

const pengajuanSukarelaLintasUnit: Procedure<p5.PermohonanSukarela> = {
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

const penunjukanLintasInstansi: Procedure<p3.PermohonanLintasInstansi> = {
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

const rekomendasiPenilaianKinerja: Procedure<p8.RekomendasiPenilaian> = {
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
};

const siklusKinerja: Procedure<p7.MulaiSiklus> = {
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

const pembentukanTimKerja: Procedure<p6.PembentukanTim> = {
  id: p6.PROCEDURE,
  code: 'p6',
  title: 'Pembentukan Tim Kerja (P6): the team, its linked P2 (other units) and P3 (another agency) cases, and the decree with its lampiran',
  request: PembentukanTim,
  subject: PembentukanTimKerjaSubject,
  example: (region) => pembentukanTim(region),
  involves: p6.involves,
  mitra: p6.mitra,
  plan: p6.plan,
  workflowType: 'pembentukanTimKerja',
  bekerja: true,
  actions: {
    // A change while the decree stands: whoever comes in is read from the master data and checked by the formation's rules.
    'ubah-tim': {
      body: PermintaanPerubahan,
      involves: (b: Perubahan) => (b.baru ? [b.baru.nip] : []),
      plan: (profile, org, view, b: Perubahan, actorNip) => planPerubahan(profile, org, view.subject as p6.PembentukanTimKerjaSubject, b, actorNip),
    } satisfies ActionPlan<Perubahan>,
  },
};

export const PROCEDURES: Record<string, Procedure> = Object.fromEntries(
  [
    penunjukanDalamUnit, penunjukanLintasUnit, penunjukanLintasInstansi, pengajuanSukarelaDalamUnit, pengajuanSukarelaLintasUnit,
    pembentukanTimKerja, siklusKinerja, rekomendasiPenilaianKinerja,
  ].map((p) => [p.id, p]),
);
