// P8 Rekomendasi penilaian kinerja: the pure plan. It reads the assignment case rated (its
// projection, through the registry's `related`), checks the rater and the rating, and resolves the
// form-7 document and who receives it, once, at the start.
import type { RegionalProfile, StepSpec } from '../../profiles/schema';
import type { CaseView, PlannedCase, ResolvedStep, Rule } from '../../domain/kasus';
import type { Predikat } from '../../domain/kepegawaian';
import { pangkatGolongan } from '../../domain/kepegawaian';
import { isWithin, perangkatDaerahOf, type OrgSnapshot, type Pegawai } from '../../domain/organisasi';
import { PERAN_ASAL_PEGAWAI, ROLE_TITLE, type RoleContext } from '../../domain/pejabat';
import { nilai, type Ekspektasi, type Penilaian } from '../../domain/predikat';
import { caseHeader, caseRules, planKit, requestChecks, type PlanContext } from '../../domain/rencana';
import { refuse } from '../../domain/refusal';
import { officialRef } from '../../domain/penugasan';
import { PROCEDURE as P6, timTerbit, type AnggotaTim, type PembentukanTimKerjaSubject } from '../pembentukanTimKerja/plan';
import { mitraDipinjam, pegawaiDipinjam, PROCEDURE as P3, type Dipinjam, type PenunjukanLintasInstansiSubject } from '../penunjukanLintasInstansi/plan';
import { isiFormulir, KEDUDUKAN, MATRIKS } from './formulir';

export const PROCEDURE = 'rekomendasi-penilaian-kinerja' as const;

export interface RekomendasiPenilaian {
  penugasan: string;
  pegawai?: string;
  hasilKerja: Ekspektasi;
  perilakuKerja: Ekspektasi;
  predikat: Predikat;
  alasanDeviasi?: string;
  catatan?: string;
}

/**
 * A rating task: the member of a Tim Kerja whose period has ended, for the rater the region names
 * (`tugasTim`) to rate in their inbox; the rating comes through the task (action `penilaian`).
 */
export interface TugasPenilaian {
  penugasan: string;
  pegawai: string;
  catatan?: undefined;
}

/** The rating the rater gives in a rating task (action `penilaian`), as in a rating sent at once. */
export type Nilai = Pick<RekomendasiPenilaian, 'hasilKerja' | 'perilakuKerja' | 'predikat' | 'alasanDeviasi' | 'catatan'>;

interface UnitRef { kode: string; nama: string }
/** A party of form 7 as it names them: nama, NIP, pangkat/golongan, jabatan, Perangkat Daerah. */
export interface Pihak { nip: string; nama: string; pangkat: string; jabatan: string; unit: UnitRef; perangkatDaerah: UnitRef }

/** The assignment a member is rated on, whatever procedure issued it. */
export interface Penugasan {
  caseId: string;
  procedure: string;
  judul: string;
  unitPemilik: UnitRef;
  uraian: string;
  jangkaWaktu: { mulai: string; selesai: string };
  /** A Tim Kerja's assignment: the team, and the member's kedudukan and tugas in it (P6's susunan). */
  tim?: { nama: string; kedudukan: string; tugas: string };
}

export interface RekomendasiPenilaianKinerjaSubject {
  permohonan: RekomendasiPenilaian | TugasPenilaian;
  penugasan: Penugasan;
  pegawai: Pihak;
  penilai: Pihak;
  /** The rating; in a rating task, once the rater has given it. */
  penilaian?: Penilaian;
  /** A rating task: the PermenPANRB 6/2022 matrix the rater is shown, the predikat it suggests for each pair of ratings. */
  matriks?: typeof MATRIKS;
  lintasUnit: boolean;
}

export type RekomendasiPenilaianKinerjaInput = PlannedCase<RekomendasiPenilaianKinerjaSubject> & {
  /** The ids of `steps` by stage: a stage's steps are open at once, the next stage after all of them (planned today: one stage). */
  tahapan: string[][];
  /**
   * A rating task (opened when a team's period ends): the rater's step, whose rating comes with the
   * action `penilaian`; how form 7 names the rater; the rule of the predikat chosen. Form 7 is written then.
   */
  tugas?: { step: ResolvedStep; selaku: string; predikat: Rule };
};

/**
 * The assignment rated; once it is read (`cases`), also the P3 case that lent the team member rated,
 * where they came from another agency: it names their own officials.
 */
export const related = (req: RekomendasiPenilaian, cases?: Record<string, CaseView>) => {
  const lent = dipinjamLewatTim(req, cases?.[req.penugasan]);
  return [{ field: 'penugasan', caseId: req.penugasan }, ...(lent ? [{ field: 'pegawai', caseId: lent }] : [])];
};

/** The P3 case that brought the member rated into a team from another agency, if so. */
const dipinjamLewatTim = (req: RekomendasiPenilaian, view: CaseView | undefined) =>
  view?.procedure === P6 ? (view as CaseView<PembentukanTimKerjaSubject>).subject.susunan.find((a) => a.nip === req.pegawai && a.instansi)?.linkedCase : undefined;

/** The P3 case that lent the member rated: the assignment itself, or the one that brought them into the team. */
const kasusDipinjam = (req: RekomendasiPenilaian, cases: Record<string, CaseView>) => {
  const view = cases[req.penugasan];
  return view?.procedure === P3 ? view : cases[dipinjamLewatTim(req, view) ?? ''];
};

/** A member lent by another agency of this service: their master data there. */
export const mitra = (req: RekomendasiPenilaian, cases: Record<string, CaseView>) => {
  const lent = kasusDipinjam(req, cases);
  return lent && mitraDipinjam(lent, req.pegawai ? [req.pegawai] : undefined);
};

/** The member rated, loaded with their PPK and PUO. */
export const involves = (req: RekomendasiPenilaian, cases: Record<string, CaseView>) => {
  const nip = req.pegawai ?? cases[req.penugasan]?.assignedEmployee?.nip;
  return { nips: nip && !kasusDipinjam(req, cases) ? [nip] : [], staffOf: [] };
};

type Subjects = {
  'penunjukan-dalam-unit': { permohonan: { maksud: string; jangkaWaktu: Penugasan['jangkaWaktu'] }; unit: UnitRef };
  'penunjukan-lintas-unit': { permohonan: { maksud: string; jangkaWaktu: Penugasan['jangkaWaktu'] }; unitPemilik: UnitRef };
  'penunjukan-lintas-instansi': { permohonan: { maksud: string; jangkaWaktu: Penugasan['jangkaWaktu'] }; unitPemilik: UnitRef };
  'pengajuan-sukarela-dalam-unit': { pengajuan: { kinerja: string; jangkaWaktu: Penugasan['jangkaWaktu'] }; unitTarget: UnitRef };
  'pengajuan-sukarela-lintas-unit': { permohonan: { kinerja: string; jangkaWaktu: Penugasan['jangkaWaktu'] }; unitTujuan: UnitRef };
};
/** Where each individual assignment procedure keeps the owning unit, the work and its period. */
const ASSIGNMENTS: { [P in keyof Subjects]: (s: Subjects[P]) => Omit<Penugasan, 'caseId' | 'procedure' | 'judul'> } = {
  'penunjukan-dalam-unit': (s) => ({ unitPemilik: s.unit, uraian: s.permohonan.maksud, jangkaWaktu: s.permohonan.jangkaWaktu }),
  'penunjukan-lintas-unit': (s) => ({ unitPemilik: s.unitPemilik, uraian: s.permohonan.maksud, jangkaWaktu: s.permohonan.jangkaWaktu }),
  'penunjukan-lintas-instansi': (s) => ({ unitPemilik: s.unitPemilik, uraian: s.permohonan.maksud, jangkaWaktu: s.permohonan.jangkaWaktu }),
  'pengajuan-sukarela-dalam-unit': (s) => ({ unitPemilik: s.unitTarget, uraian: s.pengajuan.kinerja, jangkaWaktu: s.pengajuan.jangkaWaktu }),
  'pengajuan-sukarela-lintas-unit': (s) => ({ unitPemilik: s.unitTujuan, uraian: s.permohonan.kinerja, jangkaWaktu: s.permohonan.jangkaWaktu }),
};

/** The individual assignment an issued case made, or a refusal naming the request's field. */
export function penugasanOf(profile: RegionalProfile, view: CaseView): { penugasan: Penugasan; anggota: string } {
  const rule = profile.rekomendasiPenilaianKinerja.penugasanTerbit;
  const read = ASSIGNMENTS[view.procedure as keyof Subjects] as ((s: unknown) => Omit<Penugasan, 'caseId' | 'procedure' | 'judul'>) | undefined;
  if (!read || view.status !== 'issued' || !view.assignedEmployee)
    refuse({
      code: 'NOT_AN_ISSUED_ASSIGNMENT', kind: 'unprocessable', citation: rule.citation,
      message: `case ${view.caseId} (${view.procedure}, ${view.status}) is not an issued assignment: ${rule.description}`,
      fields: [{ field: 'penugasan', message: 'not an issued Surat Tugas or Surat Penugasan', citation: rule.citation }],
    });
  return { penugasan: { caseId: view.caseId, procedure: view.procedure, judul: view.judul, ...read(view.subject) }, anggota: view.assignedEmployee.nip };
}


/**
 * A member of an issued Tim Kerja (the P6 susunan as it stands, linked members included), rated by
 * the holder of a kedudukan the region names (the ketua; bengkalis form 7: or the penanggung jawab).
 */
function planTim(profile: RegionalProfile, org: OrgSnapshot, req: RekomendasiPenilaian | TugasPenilaian, ctx: PlanContext, view: CaseView<PembentukanTimKerjaSubject>): RekomendasiPenilaianKinerjaInput {
  const p8 = profile.rekomendasiPenilaianKinerja;
  const rule = p8.penugasanTerbit;
  if (!timTerbit(view))
    refuse({
      code: 'NOT_AN_ISSUED_ASSIGNMENT', kind: 'unprocessable', citation: rule.citation,
      message: `team case ${view.caseId} (${view.status}) has no decree in force yet: ${rule.description}`,
      fields: [{ field: 'penugasan', message: 'not an issued Tim Kerja', citation: rule.citation }],
    });
  const { susunan, permintaan, unitPemilik } = view.subject;
  const rated = susunan.find((a) => a.nip === req.pegawai && a.kedudukan !== 'penanggungJawab');
  if (!rated)
    refuse({
      code: 'NOT_A_MEMBER', kind: 'unprocessable', citation: rule.citation,
      message: `${req.pegawai ?? 'no one'} is not a member of ${permintaan.nama} (case ${view.caseId}); name the member rated, one of ${susunan.filter((a) => a.kedudukan !== 'penanggungJawab').map((a) => a.nip).join(', ')}`,
      fields: [{ field: 'pegawai', message: req.pegawai ? 'not a member of the team' : 'required: the member of the team rated' }],
    });
  // A member from another agency is rated here and received by their own officials there, as the P3 case that brought them in names them.
  const lent = rated.linkedCase && ctx.related?.[rated.linkedCase]?.procedure === P3
    ? pegawaiDipinjam(ctx.related[rated.linkedCase] as CaseView<PenunjukanLintasInstansiSubject>, rated.nip, ctx, rule.citation) : undefined;
  const member = lent ? undefined : requestChecks(profile, org).employee('pegawai', rated.nip);
  return planRekomendasi(profile, org, req, ctx, {
    penugasan: {
      caseId: view.caseId, procedure: view.procedure, judul: view.judul, unitPemilik, uraian: permintaan.sasaran,
      jangkaWaktu: permintaan.periode, tim: { nama: permintaan.nama, kedudukan: rated.kedudukan, tugas: rated.tugas },
    },
    anggota: lent ?? member!,
    penilai: { ...p8.penilaiTim, pimpinan: susunan.filter((a) => (p8.penilaiTim.kedudukan as string[]).includes(a.kedudukan) && a.nip !== rated.nip) },
    roles: { unitPemilik: unitPemilik.kode, pegawai: member },
  });
}

export function plan(profile: RegionalProfile, org: OrgSnapshot, req: RekomendasiPenilaian, ctx: PlanContext): RekomendasiPenilaianKinerjaInput {
  const view = ctx.related![req.penugasan];
  if (view.procedure === P6) return planTim(profile, org, req, ctx, view as CaseView<PembentukanTimKerjaSubject>);
  const { penugasan, anggota } = penugasanOf(profile, view);
  // An employee lent by another agency (P3, one of its list): rated here, received by their own officials there.
  if (view.procedure === P3) {
    const lent = pegawaiDipinjam(view as CaseView<PenunjukanLintasInstansiSubject>, req.pegawai, ctx, profile.rekomendasiPenilaianKinerja.penugasanTerbit.citation);
    return planRekomendasi(profile, org, req, ctx, { penugasan, anggota: lent, penilai: profile.rekomendasiPenilaianKinerja.penilai, roles: { unitPemilik: penugasan.unitPemilik.kode } });
  }
  if (req.pegawai !== undefined && req.pegawai !== anggota)
    refuse({
      code: 'NOT_A_MEMBER', kind: 'unprocessable', citation: profile.rekomendasiPenilaianKinerja.penugasanTerbit.citation,
      message: `${req.pegawai} was not assigned by case ${penugasan.caseId}; its Surat Tugas names ${anggota}`,
      fields: [{ field: 'pegawai', message: 'not the employee assigned' }],
    });
  const member = requestChecks(profile, org).employee('pegawai', anggota);
  return planRekomendasi(profile, org, req, ctx, {
    penugasan, anggota: member, penilai: profile.rekomendasiPenilaianKinerja.penilai,
    roles: { unitPemilik: penugasan.unitPemilik.kode, pegawai: member },
  });
}

/** Who rates: the holder of an org role, or one of a team's leaders (`pimpinan`: those of the kedudukan the region names). */
type Penilai = { role: StepSpec['actor']; citation: string } | { pimpinan: AnggotaTim[]; citation: string; description: string };

/** The acting official must be one of the team's leaders who rate, as the team's decree names them. */
function pimpinanTim(org: OrgSnapshot, p: Extract<Penilai, { pimpinan: unknown }>, actorNip: string, what: string) {
  const own = p.pimpinan.find((x) => x.nip === actorNip);
  if (!own || !org.pegawai[actorNip])
    refuse({
      code: 'NOT_REQUESTER_ROLE', kind: 'forbidden', citation: p.citation,
      message: `${what} is sent by ${p.pimpinan.map((x) => `the ${KEDUDUKAN[x.kedudukan]} (${x.nama}, ${x.nip})`).join(' or ')}: ${p.description}`,
    });
  return { ...officialRef(org, org.pegawai[actorNip]), role: KEDUDUKAN[own.kedudukan], citation: p.citation, pegawai: org.pegawai[actorNip] };
}

/**
 * The recommendation for one member, whoever rates them: an individual assignment's leader (the
 * region's `penilai`), or, for a team, its ketua (a team case passes its own rater role and roles).
 */
export function planRekomendasi(
  profile: RegionalProfile, org: OrgSnapshot, req: RekomendasiPenilaian | TugasPenilaian, ctx: PlanContext,
  a: { penugasan: Penugasan; anggota: Pegawai | Dipinjam; penilai: Penilai; roles: RoleContext },
): RekomendasiPenilaianKinerjaInput {
  const p8 = profile.rekomendasiPenilaianKinerja;
  const kit = planKit(profile, org, a.roles);
  const lent = 'instansi' in a.anggota ? a.anggota : undefined;
  const anggota = lent?.pegawai ?? (a.anggota as Pegawai);
  // Who rates comes first: another official learns that before any rule of the rating.
  const what = `the rekomendasi penilaian kinerja of ${anggota.nama} on ${a.penugasan.judul}`;
  const { pegawai: raterPegawai, ...pemohon } = 'role' in a.penilai ? kit.requester(a.penilai, ctx.actorNip, what) : pimpinanTim(org, a.penilai, ctx.actorNip, what);
  // A rating task is rated later, through its task; a rating sent at once is checked now.
  const penilaian = 'predikat' in req ? nilai(req, p8.predikat) : undefined;

  const pihak = (p: Pegawai, o = org, pemerintah?: string): Pihak => {
    const pd = perangkatDaerahOf(o.units, p.unit)!;
    return {
      nip: p.nip, nama: p.nama, pangkat: pangkatGolongan(p.golongan), jabatan: p.namaJabatan, unit: { kode: p.unit, nama: o.units[p.unit].nama },
      perangkatDaerah: { kode: pd.kode, nama: pemerintah ? `${pd.nama}, ${pemerintah}` : pd.nama },
    };
  };
  /** A member lent by another agency, as its master data has them, or (an agency not on this service) as the answer named them. */
  const pihakDipinjam = ({ pegawai: e, home, instansi }: Dipinjam): Pihak => (home
    ? pihak(home.pegawai, home.org, instansi.pemerintah)
    : { nip: e.nip, nama: e.nama, pangkat: pangkatGolongan(e.golongan), jabatan: e.jabatan, unit: { kode: e.unit, nama: e.unit }, perangkatDaerah: { kode: instansi.region, nama: instansi.pemerintah } });
  const subject: RekomendasiPenilaianKinerjaSubject = {
    permohonan: req, penugasan: a.penugasan, pegawai: lent ? pihakDipinjam(lent) : pihak(anggota as Pegawai), penilai: pihak(raterPegawai),
    ...(penilaian ? { penilaian } : { matriks: MATRIKS }),
    lintasUnit: !!lent || !isWithin(org.units, anggota.unit, perangkatDaerahOf(org.units, a.penugasan.unitPemilik.kode)!.kode),
  };

  // The member's own PPK and PUO receive it (a member of another unit: their home ones; lent by another
  // agency: theirs there, through its key), each once, at once; for some jenjang another official acts
  // beside them (banjar: the Administrator's recommendation to the PPT, delivered to the recipients).
  const jenjang = lent ? lent.home?.pegawai.jenjang : (anggota as Pegawai).jenjang;
  const stepOf = (spec: StepSpec): ResolvedStep => {
    if (!lent || !PERAN_ASAL_PEGAWAI.includes(spec.actor)) return kit.steps([spec], () => false)[0];
    const { region, ...assignee } = lent.pejabat(spec.actor, spec.citation);
    return { id: spec.id, kind: spec.kind, title: spec.title, citation: spec.citation, role: ROLE_TITLE[spec.actor], assignee, region };
  };
  // Not the rater, who signed it: a leader who is also the member's PPK or PUO (pati: a Kepala Puskesmas
  // rating his perawat) already holds it, and is not asked to confirm receiving his own letter.
  const seen = new Set<string>([pemohon.nip]);
  const once = (s: ResolvedStep) => !seen.has(s.assignee.nip) && !!seen.add(s.assignee.nip);
  const penerimaSteps = p8.penerima.map(stepOf).filter(once);
  const penerima = penerimaSteps.map((s) => s.assignee);
  // A receipt says nothing more than that it was received; the step beside it says what it recommends.
  const bersama = p8.menurutJenjang.filter((j) => jenjang && j.jenjang.includes(jenjang)).flatMap((j) => j.bersama).map(stepOf).filter(once)
    .map((s) => ({ ...s, to: penerima, isiWajib: true }));
  const steps: ResolvedStep[] = [...penerimaSteps, ...bersama];
  const tahapan = steps.length ? [steps.map((s) => s.id)] : [];

  // A rating task's form 7 is written once rated (the workflow, with isiFormulir).
  const [document] = kit.documents([p8.document], () => (penilaian ? isiFormulir(p8.penandatanganSelaku, { ...subject, penilaian }) : {}));
  const pd = perangkatDaerahOf(org.units, raterPegawai.unit)!;
  const unit = org.units[raterPegawai.unit];
  return {
    ...caseHeader(profile, ctx, { procedure: PROCEDURE, procedureCitation: p8.citation, judul: `Rekomendasi penilaian kinerja ${anggota.nama}: ${a.penugasan.uraian}` }),
    ...(lent ? { regions: [profile.id, lent.instansi.region] } : {}),
    pemohon,
    subject,
    pegawai: lent ? lent.pegawai : kit.candidate(anggota as Pegawai),
    steps,
    tahapan,
    // Signed by the rater, who may be any leader the region lets rate (pati: any head over the unit).
    documents: [{
      ...document,
      signatory: { nip: pemohon.nip, nama: pemohon.nama, jabatan: pemohon.jabatan, golongan: raterPegawai.golongan },
      issuingUnit: { kode: unit.kode, nama: unit.nama, kodeSurat: unit.kodeSurat, kodePd: pd.kodeSurat, namaPd: pd.nama, alamat: pd.alamat },
    }],
    // Nothing is refused or acknowledged by the member here: the kernel's rules cite the rating and the assignment.
    rules: caseRules(profile, { refusalReasons: p8.predikat, acknowledgement: p8.penugasanTerbit, employeeMatch: p8.penugasanTerbit }),
    // A rating task: the rater rates in their inbox, the matrix's suggestions on the case (subject.matriks).
    ...(penilaian ? {} : { tugas: {
      step: {
        id: TUGAS_PENILAIAN, kind: 'tindakan', role: pemohon.role, citation: p8.tugasTim.citation, assignee: { nip: pemohon.nip, nama: pemohon.nama, jabatan: pemohon.jabatan },
        title: `Penilaian kinerja ${anggota.nama}${a.penugasan.tim ? ` (${KEDUDUKAN[a.penugasan.tim.kedudukan as AnggotaTim['kedudukan']]})` : ''} pada akhir periode ${a.penugasan.judul}: Hasil Kerja, Perilaku Kerja dan predikat (saran matriks PermenPANRB 6/2022)`,
      },
      selaku: p8.penandatanganSelaku, predikat: p8.predikat,
    } }),
  };
}

/** The rater's task in a rating task; the rating comes with the action of the same name. */
export const TUGAS_PENILAIAN = 'penilaian';

/**
 * When a Tim Kerja's period ends: who rates (the holder of the kedudukan the region names, `tugasTim`)
 * and whom (every other member but the penanggung jawab), as its decree now stands.
 */
export function tugasPenilaianTim(profile: RegionalProfile, view: CaseView<PembentukanTimKerjaSubject>) {
  const { kedudukan } = profile.rekomendasiPenilaianKinerja.tugasTim;
  const penilai = view.subject.susunan.find((a) => a.kedudukan === kedudukan);
  return { penilai, dinilai: view.subject.susunan.filter((a) => a.kedudukan !== 'penanggungJawab' && a.nip !== penilai?.nip) };
}

/** A rating task's case id, one per team and member: starting it again finds the one already open. */
export const idTugasPenilaian = (timCaseId: string, nip: string) => `${timCaseId.replace(/^([a-z]+)-p6-/, '$1-p8-')}-${nip}`;

/** A rating task (a member of a team whose period has ended), planned for the rater as `ctx.actorNip`. */
export function planTugas(profile: RegionalProfile, org: OrgSnapshot, req: TugasPenilaian, ctx: PlanContext): RekomendasiPenilaianKinerjaInput {
  return planTim(profile, org, req, ctx, ctx.related![req.penugasan] as CaseView<PembentukanTimKerjaSubject>);
}
