// P2 Penunjukan lintas unit: the pure rules. planCase checks a Surat Permohonan Pelibatan against
// the region's profile and the org tree and resolves every official and document once, at the
// start; the check* functions are the synchronous validators of the workflow's Updates.
import type { OfficialRole, RegionalProfile } from '../profiles/schema';
import { golonganAtLeast, isStruktural, pendidikanAtLeast } from './kepegawaian';
import type {
  ActorInput, Candidate, CaseView, DecisionInput, Deadlines, Kriteria, OfficialRef,
  PenunjukanLintasUnitInput, PermohonanPelibatan, ResolvedDocument,
} from './kasus';
import { isWithin, jabatanLengkap, perangkatDaerahOf, type OrgSnapshot, type Pegawai } from './organisasi';
import { atasanOf, holdsRole, resolveRole, ROLE_TITLE, type RoleContext } from './pejabat';
import { refuse } from './refusal';

export const PROCEDURE = 'penunjukan-lintas-unit' as const;

const ref = (org: OrgSnapshot, p: Pegawai): OfficialRef => ({ nip: p.nip, nama: p.nama, jabatan: jabatanLengkap(org, p) });

export const asCandidate = (org: OrgSnapshot, p: Pegawai): Candidate => ({
  ...ref(org, p), golongan: p.golongan, pendidikan: p.pendidikan, unit: p.unit,
});

/** Why an employee cannot be assigned by this request; empty when they can. */
export function eligibilityProblems(
  profile: RegionalProfile,
  org: OrgSnapshot,
  req: Pick<PermohonanPelibatan, 'unitTujuan' | 'kriteria'>,
  p: Pegawai,
): { message: string; citation: string }[] {
  const match = profile.penunjukanLintasUnit.employeeMatch.citation;
  const problems: { message: string; citation: string }[] = [];
  if (!isWithin(org.units, p.unit, req.unitTujuan))
    problems.push({ message: `${p.nama} (${p.nip}) is not in the destination unit ${req.unitTujuan}`, citation: match });
  if (isStruktural(p.jenisJabatan))
    problems.push({ message: `${p.nama} holds a structural position; only a JF or Pelaksana is assigned`, citation: match });
  if (!p.ppk) problems.push({ message: `${p.nama} has no kedudukan (PPK) yet`, citation: profile.kedudukanFirst.citation });
  for (const m of kriteriaMismatches(p, req.kriteria)) problems.push({ message: `${p.nama}: ${m}`, citation: match });
  return problems;
}

export function kriteriaMismatches(p: Pegawai, k: Kriteria | undefined): string[] {
  if (!k) return [];
  const out: string[] = [];
  if (k.jenisJabatan && p.jenisJabatan !== k.jenisJabatan) out.push(`jabatan is ${p.jenisJabatan}, not ${k.jenisJabatan}`);
  if (k.namaJabatan && !p.namaJabatan.toLowerCase().includes(k.namaJabatan.toLowerCase()))
    out.push(`jabatan ${p.namaJabatan} is not ${k.namaJabatan}`);
  if (k.jenjang?.length && (!p.jenjang || !k.jenjang.includes(p.jenjang)))
    out.push(`jenjang ${p.jenjang ?? '-'} is not one of ${k.jenjang.join(', ')}`);
  if (k.golonganMin && !golonganAtLeast(p.golongan, k.golonganMin)) out.push(`golongan ${p.golongan} is below ${k.golonganMin}`);
  if (k.pendidikanMin && !pendidikanAtLeast(p.pendidikan, k.pendidikanMin))
    out.push(`pendidikan ${p.pendidikan} is below ${k.pendidikanMin}`);
  return out;
}

export interface PlanContext {
  caseId: string;
  actorNip: string;
  deadlines: Deadlines;
}

/** Checks a new request and resolves the whole case: who acts at each step, who signs, who is copied. */
export function planCase(
  profile: RegionalProfile,
  org: OrgSnapshot,
  req: PermohonanPelibatan,
  ctx: PlanContext,
): PenunjukanLintasUnitInput {
  const p2 = profile.penunjukanLintasUnit;
  for (const [field, kode] of [['unitPemilik', req.unitPemilik], ['unitTujuan', req.unitTujuan]] as const)
    if (!org.units[kode])
      refuse({ code: 'UNIT_NOT_FOUND', kind: 'unprocessable', message: `unit ${kode} is not in the ${profile.id} master data`, fields: [{ field, message: 'unknown unit' }] });
  if (!req.pegawai === !req.kriteria)
    refuse({
      code: 'EMPLOYEE_OR_CRITERIA', kind: 'invalid', citation: p2.citation,
      message: 'name either an employee (pegawai) or the criteria (kriteria) the destination will choose by, not both',
      fields: [{ field: 'pegawai', message: 'exactly one of pegawai or kriteria' }],
    });
  if (req.jangkaWaktu.selesai <= req.jangkaWaktu.mulai)
    refuse({ code: 'PERIOD_INVALID', kind: 'invalid', message: 'jangkaWaktu.selesai must be after jangkaWaktu.mulai', fields: [{ field: 'jangkaWaktu.selesai', message: 'must be after mulai' }] });

  const named = req.pegawai ? org.pegawai[req.pegawai] : undefined;
  if (req.pegawai && !named)
    refuse({ code: 'EMPLOYEE_NOT_FOUND', kind: 'unprocessable', message: `no employee with NIP ${req.pegawai} in the ${profile.id} master data`, fields: [{ field: 'pegawai', message: 'unknown NIP' }] });
  const roleCtx: RoleContext = { unitPemilik: req.unitPemilik, unitTujuan: req.unitTujuan, pegawai: named };
  const holder = (role: OfficialRole, citation: string): Pegawai => {
    const p = resolveRole(role, profile, org, roleCtx);
    if (!p)
      refuse({
        code: 'OFFICIAL_NOT_FOUND', kind: 'unprocessable', citation,
        message: `the master data names no ${ROLE_TITLE[role]} for this case: load the head of the unit or the employee's kedudukan first`,
      });
    return p;
  };

  // Who asks comes first: an official without the role learns that before any other rule.
  const expected = holder(p2.requester.role, p2.requester.citation);
  if (!holdsRole(p2.requester.role, profile, org, roleCtx, ctx.actorNip))
    refuse({
      code: 'NOT_REQUESTER_ROLE', kind: 'forbidden', citation: p2.requester.citation,
      message: `the Surat Permohonan Pelibatan for ${org.units[req.unitPemilik].nama} is sent by its ${ROLE_TITLE[p2.requester.role]} (${expected.nama}, ${expected.nip})`,
    });
  const pemohon = org.pegawai[ctx.actorNip];

  const pdPemilik = perangkatDaerahOf(org.units, req.unitPemilik)!;
  const pdTujuan = perangkatDaerahOf(org.units, req.unitTujuan)!;
  const crossing = p2.crossing;
  const sameSide = crossing.scope === 'perangkat-daerah'
    ? pdPemilik.kode === pdTujuan.kode
    : isWithin(org.units, req.unitTujuan, req.unitPemilik) || isWithin(org.units, req.unitPemilik, req.unitTujuan);
  if (sameSide)
    refuse({
      code: 'NOT_CROSS_UNIT', kind: 'unprocessable', citation: crossing.citation,
      message: crossing.scope === 'perangkat-daerah'
        ? `both units are in ${pdPemilik.nama}: this procedure is for another Perangkat Daerah; inside one, use penunjukan dalam unit`
        : `${req.unitTujuan} is not another unit than ${req.unitPemilik}: use penunjukan dalam unit`,
    });

  if (named) {
    const problems = eligibilityProblems(profile, org, req, named);
    if (problems.length)
      refuse({
        code: 'EMPLOYEE_NOT_ELIGIBLE', kind: 'unprocessable', citation: problems[0].citation,
        message: problems.map((x) => x.message).join('; '),
        fields: problems.map((x) => ({ field: 'pegawai', message: x.message })),
      });
  }

  const steps = p2.steps.map((s) => {
    const assignee = holder(s.actor, s.citation);
    const atasan = atasanOf(org, assignee);
    return {
      id: s.id, kind: s.kind, title: s.title, citation: s.citation, role: ROLE_TITLE[s.actor],
      assignee: ref(org, assignee), atasan: atasan && ref(org, atasan),
    };
  });

  const documents: ResolvedDocument[] = p2.documents.map((d) => {
    const signer = holder(d.signatory, d.citation);
    const unit = org.units[signer.unit];
    const pd = perangkatDaerahOf(org.units, signer.unit)!;
    const tembusan = d.tembusan.map((t) => ('text' in t ? t.text : jabatanLengkap(org, holder(t.role, d.citation))));
    return {
      kind: d.kind, title: d.title, nomorTemplate: d.nomor, nomorCitation: d.nomorCitation, citation: d.citation,
      signatory: { ...ref(org, signer), golongan: signer.golongan },
      issuingUnit: { kode: unit.kode, nama: unit.nama, kodeSurat: unit.kodeSurat, kodePd: pd.kodeSurat, namaPd: pd.nama, alamat: pd.alamat },
      tembusan: [...new Set(tembusan)],
      penutup: d.penutup,
    };
  });

  const tembusanPermohonan = p2.tembusanPermohonan.map((t) => jabatanLengkap(org, holder(t.role, t.citation)));

  return {
    caseId: ctx.caseId,
    procedure: PROCEDURE,
    region: profile.id,
    pemerintah: profile.pemerintah,
    kepalaDaerah: profile.kepalaDaerah,
    tempat: profile.tempat,
    zonaWaktu: profile.zonaWaktu,
    regulation: profile.regulation,
    procedureCitation: p2.citation,
    permohonan: req,
    pemohon: { ...ref(org, pemohon), role: ROLE_TITLE[p2.requester.role], citation: p2.requester.citation },
    unitPemilik: { kode: req.unitPemilik, nama: org.units[req.unitPemilik].nama },
    unitTujuan: { kode: req.unitTujuan, nama: org.units[req.unitTujuan].nama },
    pegawai: named && asCandidate(org, named),
    tembusanPermohonan,
    steps,
    documents,
    rules: {
      employeeMatch: p2.employeeMatch,
      refusalReasons: p2.refusalReasons,
      acknowledgement: p2.acknowledgement,
      kedudukanFirst: profile.kedudukanFirst,
    },
    deadlines: ctx.deadlines,
  };
}

// ---- Validators of the workflow's Updates: synchronous, they throw a RuleViolation to refuse ----

export function checkDecision(input: PenunjukanLintasUnitInput, view: CaseView, d: DecisionInput): void {
  const task = view.tasks.find((t) => t.id === d.taskId);
  const step = input.steps.find((s) => s.id === d.taskId);
  if (!task && step)
    refuse({ code: 'STEP_NOT_OPEN', kind: 'conflict', citation: step.citation, message: `${step.title} is not open yet: an earlier step is pending; read the case for its open tasks` });
  if (!task || task.kind === 'tanda-terima')
    refuse({ code: 'TASK_NOT_FOUND', kind: 'not-found', message: `case ${view.caseId} has no decision task ${d.taskId}` });
  if (task.status !== 'open')
    refuse({ code: 'STEP_CLOSED', kind: 'conflict', citation: task.citation, message: `task ${task.id} is ${task.status}; it can no longer be decided` });
  if (task.assignee.nip !== d.actorNip)
    refuse({
      code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: task.citation,
      message: `${task.title} is decided by the ${task.role}, ${task.assignee.nama} (${task.assignee.nip})`,
    });
  if (d.decision === 'refuse' && !d.reasons?.trim())
    refuse({
      code: 'REASONS_REQUIRED', kind: 'invalid', citation: input.rules.refusalReasons.citation,
      message: `reasons are required to refuse: ${input.rules.refusalReasons.description}`, fields: [{ field: 'reasons', message: 'required when refusing' }],
    });
  if (d.decision === 'approve' && task.kind === 'keputusan') {
    const nip = d.employeeNip ?? input.permohonan.pegawai;
    if (!nip)
      refuse({
        code: 'EMPLOYEE_REQUIRED', kind: 'invalid', citation: input.rules.employeeMatch.citation,
        message: 'approving a request made by criteria names the employee to assign', fields: [{ field: 'employeeNip', message: 'required when approving' }],
      });
    if (input.permohonan.pegawai && nip !== input.permohonan.pegawai)
      refuse({
        code: 'EMPLOYEE_NOT_REQUESTED', kind: 'unprocessable', citation: input.rules.employeeMatch.citation,
        message: `the request names ${input.permohonan.pegawai}; approve that employee or refuse with reasons`, fields: [{ field: 'employeeNip', message: 'not the employee named in the request' }],
      });
    if (!task.candidates?.some((c) => c.nip === nip))
      refuse({
        code: 'EMPLOYEE_NOT_ELIGIBLE', kind: 'unprocessable', citation: input.rules.employeeMatch.citation,
        message: `${nip} is not an eligible employee of ${input.unitTujuan.nama} for this request (${input.rules.employeeMatch.description})`,
        fields: [{ field: 'employeeNip', message: 'not among the task candidates' }],
      });
  }
}

export function checkWithdraw(input: PenunjukanLintasUnitInput, view: CaseView, a: ActorInput): void {
  if (a.actorNip !== input.pemohon.nip)
    refuse({ code: 'NOT_REQUESTER', kind: 'forbidden', citation: input.pemohon.citation, message: `only the requester, ${input.pemohon.nama} (${input.pemohon.nip}), may withdraw the request` });
  if (view.status !== 'awaiting-decision')
    refuse({ code: 'NOT_WITHDRAWABLE', kind: 'conflict', citation: input.procedureCitation, message: `the case is ${view.status}; a request can be withdrawn only while a decision is pending` });
}

export function checkAcknowledge(input: PenunjukanLintasUnitInput, view: CaseView, a: ActorInput): void {
  const task = view.tasks.find((t) => t.kind === 'tanda-terima' && t.status === 'open');
  if (!task)
    refuse({ code: 'NOT_AWAITING_ACKNOWLEDGEMENT', kind: 'conflict', citation: input.rules.acknowledgement.citation, message: `the case is ${view.status}; there is no Surat Tugas awaiting receipt` });
  if (task.assignee.nip !== a.actorNip)
    refuse({ code: 'NOT_ADDRESSEE', kind: 'forbidden', citation: input.rules.acknowledgement.citation, message: `the Surat Tugas is addressed to ${task.assignee.nama} (${task.assignee.nip}); only they acknowledge receipt` });
}
