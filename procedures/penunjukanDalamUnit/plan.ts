// P1 Penunjukan dalam unit: the pure plan. It checks a request to appoint a JF or Pelaksana of the
// unit against the region's profile and the org tree, and resolves every official and document once.
// The request is the proposal (bengkalis: the PPK's; pati: the PUO's) or, where the requester
// appoints directly (banjar: the PUO; pasuruan: the PPK), the appointment itself.
import type { RegionalProfile } from '../../profiles/schema';
import type { DocumentText, PlannedCase, SuratRef } from '../../domain/kasus';
import { isWithin, perangkatDaerahOf, type OrgSnapshot } from '../../domain/organisasi';
import { eligibilityProblems, matchingPpk } from '../../domain/penugasan';
import type { Kriteria } from '../../domain/kepegawaian';
import { caseHeader, caseRules, dasarHukum, planKit, requestChecks, suratDasar, dalamKalimat, type PlanContext } from '../../domain/rencana';
import { refuse } from '../../domain/refusal';
import { tanggal } from '../../domain/dokumen';

export const PROCEDURE = 'penunjukan-dalam-unit' as const;

export interface PermintaanPenunjukan {
  /** The usulan's number and date, cited in the Dasar of the Surat Tugas. */
  surat?: SuratRef;
  unit: string;
  maksud: string;
  target: string;
  jangkaWaktu: { mulai: string; selesai: string };
  kompetensi?: string[];
  pegawai?: string;
  kriteria?: Kriteria;
  ppk?: string;
}

export interface PenunjukanDalamUnitSubject {
  permohonan: PermintaanPenunjukan;
  unit: { kode: string; nama: string };
  /** Why the case has no decision step, where the requester also holds the appointing role. */
  catatan?: string;
}

export type PenunjukanDalamUnitInput = PlannedCase<PenunjukanDalamUnitSubject>;

/** The NIPs the plan reads, and whose staff: a request by criteria looks at the unit's people. */
export const involves = (req: PermintaanPenunjukan) => ({
  nips: [...(req.pegawai ? [req.pegawai] : []), ...(req.ppk ? [req.ppk] : [])],
  staffOf: req.kriteria ? [req.unit] : [],
});

export function plan(profile: RegionalProfile, org: OrgSnapshot, req: PermintaanPenunjukan, ctx: PlanContext): PenunjukanDalamUnitInput {
  const p1 = profile.penunjukanDalamUnit;
  const check = requestChecks(profile, org);
  const unit = check.unit('unit', req.unit);
  if (!req.pegawai === !req.kriteria)
    refuse({
      code: 'EMPLOYEE_OR_CRITERIA', kind: 'invalid', citation: p1.citation,
      message: 'name either the employee (pegawai) or the criteria (kriteria) the appointing official chooses by, not both',
      fields: [{ field: 'pegawai', message: 'exactly one of pegawai or kriteria' }],
    });
  check.period('jangkaWaktu', req.jangkaWaktu);

  // Which procedure applies comes first: an employee of another unit is not appointed here at all.
  const dalam = p1.scope.scope === 'perangkat-daerah' ? perangkatDaerahOf(org.units, req.unit)! : unit;
  const named = req.pegawai ? check.employee('pegawai', req.pegawai) : undefined;
  if (named && !isWithin(org.units, named.unit, dalam.kode))
    refuse({
      code: 'NOT_SAME_UNIT', kind: 'unprocessable', citation: p1.scope.citation,
      message: `${named.nama} (${named.nip}) is not of ${dalam.nama}: penunjukan dalam unit appoints the unit's own JF and Pelaksana; ${p1.lintasUnit.description} (${p1.lintasUnit.citation})`,
      fields: [{ field: 'pegawai', message: `not of ${dalam.nama}`, citation: p1.scope.citation }],
    });

  const rules = caseRules(profile, p1);
  // Where the PPK proposes (bengkalis), the proposing PPK chooses among their own staff.
  const ppk = req.kriteria
    ? matchingPpk(caseRules(profile, p1), org, { unit: req.unit, kriteria: req.kriteria }, { field: 'ppk', nip: req.ppk }, p1.employeeMatch.citation,
      p1.requester.role === 'ppk-pegawai' ? ctx.actorNip : undefined)
    : undefined;
  const kit = planKit(profile, org, { unitPemilik: req.unit, pemohon: org.pegawai[ctx.actorNip], pegawai: named, ppkKriteria: ppk });
  const pemohon = kit.requester(p1.requester, ctx.actorNip, `a penunjukan in ${unit.nama}`);

  if (named) {
    const problems = eligibilityProblems(rules, org, { unit: dalam.kode }, named);
    if (problems.length)
      refuse({
        code: 'EMPLOYEE_NOT_ELIGIBLE', kind: 'unprocessable', citation: problems[0].citation,
        message: problems.map((x) => x.message).join('; '),
        fields: problems.map((x) => ({ field: 'pegawai', message: x.message })),
      });
  }

  // A proposal to oneself is the decision: where the requester also holds the appointing role (a
  // Kepala Bagian who is PUO and PPK, pati lampiran B.1), the appointment is made by the request.
  const steps = kit.steps(p1.steps).filter((s) => s.assignee.nip !== pemohon.nip);
  const dropped = p1.steps.length - steps.length;
  if (req.kriteria && !steps.some((s) => s.choosesEmployee))
    refuse({
      code: 'EMPLOYEE_REQUIRED', kind: 'invalid', citation: p1.requester.citation,
      message: `the ${pemohon.role} appoints directly, so the request names the employee appointed; criteria are for a proposal another official decides on`,
      fields: [{ field: 'pegawai', message: 'required: the employee appointed' }],
    });

  const { pegawai: _p, ...pemohonRef } = pemohon;
  const subject: PenunjukanDalamUnitSubject = {
    permohonan: req,
    unit: { kode: unit.kode, nama: unit.nama },
    ...(dropped ? { catatan: `${pemohonRef.nama} also holds the role of ${p1.steps.map((s) => s.title).join('; ')}: the request is the appointment` } : {}),
  };
  // A direct appointment rests on the regulation alone; a proposal on the letter that proposed it.
  const dasar = steps.length ? [suratDasar('Surat usulan penunjukan', pemohonRef.jabatan, req.surat ?? (ctx.today ? { tanggal: ctx.today } : undefined))] : [];
  return {
    ...caseHeader(profile, ctx, { procedure: PROCEDURE, procedureCitation: p1.citation, judul: `Penunjukan dalam unit ${unit.nama}: ${req.maksud}` }),
    pemohon: pemohonRef,
    subject,
    pegawai: named && kit.candidate(named),
    // By criteria the candidates are the unit's own (and its sub-units'), assessed by the appointing PPK where one appoints.
    asal: { unit: req.kriteria ? req.unit : dalam.kode, kriteria: req.kriteria, ppk: ppk?.nip },
    steps,
    documents: kit.documents(p1.documents, () => isi(profile, subject, dasar)),
    rules,
  };
}

/** What the Surat Tugas says. */
function isi(profile: Pick<RegionalProfile, 'regulation'>, s: PenunjukanDalamUnitSubject, dasar: string[]): DocumentText {
  const p = s.permohonan;
  const periode = `${tanggal(p.jangkaWaktu.mulai, 'UTC')} sampai dengan ${tanggal(p.jangkaWaktu.selesai, 'UTC')}`; // plain dates
  return {
    dasar: [...dasarHukum(profile), ...dasar],
    untuk: [
      `Melaksanakan tugas pada ${s.unit.nama} dalam rangka ${dalamKalimat(p.maksud)}`,
      `Target yang diharapkan: ${p.target}`,
      ...(p.kompetensi?.length ? [`Kompetensi yang dibutuhkan: ${p.kompetensi.join(', ')}`] : []),
      `Jangka waktu penugasan: ${periode}`,
    ],
  };
}
