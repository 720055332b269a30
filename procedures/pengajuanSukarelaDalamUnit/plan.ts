// P4 Pengajuan sukarela dalam unit: the pure plan. It checks the employee's wish against the
// region's profile and the org tree — who states or records it, that the employee may be assigned,
// that the target is in their own Unit Organisasi — and resolves every official and document once.
import type { RegionalProfile } from '../../profiles/schema';
import type { DocumentText, OfficialRef, PlannedCase, ResolvedStep } from '../../domain/kasus';
import { isWithin, type OrgSnapshot } from '../../domain/organisasi';
import { holdsRole, ROLE_TITLE } from '../../domain/pejabat';
import { eligibilityProblems, officialRef } from '../../domain/penugasan';
import { caseHeader, caseRules, dasarHukum, planKit, requestChecks, suratDasar, type PlanContext } from '../../domain/rencana';
import { refuse } from '../../domain/refusal';
import { tanggal } from '../../domain/dokumen';

export const PROCEDURE = 'pengajuan-sukarela-dalam-unit' as const;

export interface PengajuanSukarela {
  /** Whose wish it is; absent: the acting official's own. */
  pegawai?: string;
  /** Stated orally and recorded for the employee by the official they told. */
  lisan?: boolean;
  unitTarget: string;
  kinerja: string;
  kompetensi?: string[];
  jangkaWaktu: { mulai: string; selesai: string };
}

export interface PengajuanSukarelaDalamUnitSubject {
  pengajuan: PengajuanSukarela & { pegawai: string };
  pegawai: OfficialRef;
  unitTarget: { kode: string; nama: string };
  unitOrganisasi: { kode: string; nama: string };
  lisan: boolean;
  dicatatOleh?: OfficialRef;
}

export interface PengajuanSukarelaDalamUnitInput extends PlannedCase<PengajuanSukarelaDalamUnitSubject> {
  /** The laporan hasil after the receipt, where the region sets one (pasuruan). */
  laporan?: ResolvedStep;
}

export const involves = (req: PengajuanSukarela) => ({ nips: req.pegawai ? [req.pegawai] : [], staffOf: [] });

export function plan(profile: RegionalProfile, org: OrgSnapshot, req: PengajuanSukarela, ctx: PlanContext): PengajuanSukarelaDalamUnitInput {
  const p4 = profile.pengajuanSukarelaDalamUnit;
  const check = requestChecks(profile, org);
  const pegawai = check.employee('pegawai', req.pegawai ?? ctx.actorNip);
  const roles = { unitPemilik: req.unitTarget, pegawai };
  const kit = planKit(profile, org, roles);

  // Who states the wish comes first: the employee, or an official it was stated to, recording it for them.
  let pencatat: PengajuanSukarelaDalamUnitInput['pencatat'];
  if (ctx.actorNip !== pegawai.nip) {
    const role = p4.wish.to.find((r) => holdsRole(r, profile, org, roles, ctx.actorNip));
    if (!role)
      refuse({
        code: 'NOT_REQUESTER_ROLE', kind: 'forbidden', citation: p4.wish.citation,
        message: `${pegawai.nama} states the wish to volunteer themself, or it is recorded for them by the official they stated it to: ${p4.wish.to.map((r) => `the ${ROLE_TITLE[r]} (${kit.holder(r, p4.wish.citation).nama})`).join(' or ')}`,
      });
    if (!req.lisan)
      refuse({
        code: 'LISAN_REQUIRED', kind: 'invalid', citation: p4.wish.citation,
        message: `a wish recorded for ${pegawai.nama} is one they stated orally to you: say so with lisan: true`,
        fields: [{ field: 'lisan', message: 'must be true when another official records the wish', citation: p4.wish.citation }],
      });
    pencatat = { ...officialRef(org, org.pegawai[ctx.actorNip]), role: ROLE_TITLE[role], citation: p4.wish.citation };
  }

  const target = check.unit('unitTarget', req.unitTarget);
  check.period('jangkaWaktu', req.jangkaWaktu);
  const rules = caseRules(profile, p4);
  const problems = eligibilityProblems(rules, org, { unit: pegawai.unit }, pegawai);
  if (problems.length)
    refuse({
      code: 'EMPLOYEE_NOT_ELIGIBLE', kind: 'unprocessable', citation: problems[0].citation,
      message: problems.map((x) => x.message).join('; '),
      fields: problems.map((x) => ({ field: 'pegawai', message: x.message })),
    });
  // Dalam unit: the target is inside the Unit Organisasi the employee's own leader leads.
  const unitOrganisasi = org.units[kit.holder(p4.dalamUnit.within, p4.dalamUnit.citation).unit];
  if (!isWithin(org.units, target.kode, unitOrganisasi.kode))
    refuse({
      code: 'NOT_WITHIN_UNIT', kind: 'unprocessable', citation: p4.dalamUnit.citation,
      message: `${target.nama} is not inside ${unitOrganisasi.nama}, the Unit Organisasi of ${pegawai.nama} (${p4.dalamUnit.description}): a wish for another unit's target is pengajuan sukarela lintas unit (${p4.lintasUnit.citation})`,
      fields: [{ field: 'unitTarget', message: `outside ${unitOrganisasi.nama}`, citation: p4.dalamUnit.citation }],
    });

  const pegawaiRef = officialRef(org, pegawai);
  const subject: PengajuanSukarelaDalamUnitSubject = {
    pengajuan: { ...req, pegawai: pegawai.nip },
    pegawai: pegawaiRef,
    unitTarget: { kode: target.kode, nama: target.nama },
    unitOrganisasi: { kode: unitOrganisasi.kode, nama: unitOrganisasi.nama },
    lisan: req.lisan ?? false,
    ...(pencatat ? { dicatatOleh: { nip: pencatat.nip, nama: pencatat.nama, jabatan: pencatat.jabatan } } : {}),
  };
  const laporan = p4.laporan && {
    id: p4.laporan.id, kind: 'tindakan' as const, isiWajib: true, title: p4.laporan.title, citation: p4.laporan.citation, role: 'Pejabat Fungsional atau Pelaksana yang ditugaskan', assignee: pegawaiRef,
    to: [...new Map(p4.laporan.to.map((r) => officialRef(org, kit.holder(r, p4.laporan!.citation))).map((o) => [o.nip, o])).values()],
  };
  return {
    ...caseHeader(profile, ctx, { procedure: PROCEDURE, procedureCitation: p4.citation, judul: `Pengajuan sukarela ${pegawai.nama} pada ${target.nama}: ${req.kinerja}` }),
    pemohon: { ...pegawaiRef, role: 'Pejabat Fungsional atau Pelaksana yang mengajukan diri', citation: p4.wish.citation },
    ...(pencatat ? { pencatat } : {}),
    subject,
    pegawai: kit.candidate(pegawai),
    // The employee named themself: the deciding official approves or refuses them, chooses no one.
    steps: kit.steps(p4.steps, () => false),
    documents: kit.documents(p4.documents, () => isi(profile, subject, ctx.today)),
    rules,
    ...(laporan ? { laporan } : {}),
  };
}

/** What the Surat Tugas says. */
function isi(profile: Pick<RegionalProfile, 'regulation'>, s: PengajuanSukarelaDalamUnitSubject, hariMasuk?: string): DocumentText {
  const p = s.pengajuan;
  const periode = `${tanggal(p.jangkaWaktu.mulai, 'UTC')} sampai dengan ${tanggal(p.jangkaWaktu.selesai, 'UTC')}`; // plain dates
  return {
    dasar: [...dasarHukum(profile), `${suratDasar(s.lisan ? 'Pengajuan sukarela secara lisan' : 'Pengajuan sukarela', s.pegawai.nama, undefined, hariMasuk)}`],
    untuk: [
      `Melaksanakan kinerja pada ${s.unitTarget.nama}: ${p.kinerja}`,
      ...(p.kompetensi?.length ? [`Kompetensi yang disumbangkan: ${p.kompetensi.join(', ')}`] : []),
      `Jangka waktu penugasan: ${periode}`,
    ],
  };
}
