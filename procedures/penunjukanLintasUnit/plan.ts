// P2 Penunjukan lintas unit: the pure plan. It checks a Surat Permohonan Pelibatan against the
// region's profile and the org tree and resolves every official and document once, at the start.
import type { RegionalProfile } from '../../profiles/schema';
import type { Candidate, DocumentText, PlannedCase, ResolvedDocument, ResolvedStep, SuratRef } from '../../domain/kasus';
import { isWithin, perangkatDaerahOf, type OrgSnapshot } from '../../domain/organisasi';
import { eligibilityProblems, matchingPpk } from '../../domain/penugasan';
import type { Kriteria } from '../../domain/kepegawaian';
import { caseHeader, caseRules, dasarHukum, pasalHukum, planKit, requestChecks, suratDasar, dalamKalimat, withinAgency, type PlanContext } from '../../domain/rencana';
import { refuse } from '../../domain/refusal';
import { tanggal } from '../../domain/dokumen';
import { PERAN_TIM, reservasiLintas, type PeranTim } from '../../domain/batasPenugasan';

export const PROCEDURE = 'penunjukan-lintas-unit' as const;

/** Surat Permohonan Pelibatan: minimum contents per banjar lampiran II.B.1.b and pati lampiran B.2.a.2. */
export interface PermohonanPelibatan {
  unitPemilik: string;
  unitTujuan: string;
  /** The government the destination belongs to, where the request names one: it must be this one. */
  instansiTujuan?: string;
  /** The request letter's number and date, cited in the Dasar of what is issued. */
  surat?: SuratRef;
  maksud: string;
  kompetensi: string[];
  target: string;
  jangkaWaktu: { mulai: string; selesai: string };
  pegawai?: string;
  kriteria?: Kriteria;
  /** A request by criteria whose matching employees have different PPKs names the one it is addressed to. */
  ppkTujuan?: string;
  /** The tim kerja the employee is involved in, where the request is for one. */
  timKerja?: { nama: string; peran: PeranTim };
}

export interface PenunjukanLintasUnitSubject {
  permohonan: PermohonanPelibatan;
  unitPemilik: { kode: string; nama: string };
  unitTujuan: { kode: string; nama: string };
  /** Copied on the request (tembusan PPK bersangkutan) where the region says so. */
  tembusan: string[];
}

export type PenunjukanLintasUnitInput = PlannedCase<PenunjukanLintasUnitSubject>;

/** The NIPs the plan reads, and whose staff: a request by criteria looks at the destination's people. */
export const involves = (req: PermohonanPelibatan) => ({
  nips: [...(req.pegawai ? [req.pegawai] : []), ...(req.ppkTujuan ? [req.ppkTujuan] : [])],
  staffOf: req.kriteria ? [req.unitTujuan] : [],
});

export function plan(profile: RegionalProfile, org: OrgSnapshot, req: PermohonanPelibatan, ctx: PlanContext): PenunjukanLintasUnitInput {
  const p2 = profile.penunjukanLintasUnit;
  const check = requestChecks(profile, org);
  withinAgency(profile, org, p2.crossAgency, 'penunjukan lintas unit', req, ctx.unitInstansiLain);
  check.unit('unitPemilik', req.unitPemilik);
  check.unit('unitTujuan', req.unitTujuan);
  if (!req.pegawai === !req.kriteria)
    refuse({
      code: 'EMPLOYEE_OR_CRITERIA', kind: 'invalid', citation: p2.citation,
      message: 'name either an employee (pegawai) or the criteria (kriteria) the destination will choose by, not both',
      fields: [{ field: 'pegawai', message: 'exactly one of pegawai or kriteria' }],
    });
  if (p2.minimumContents) {
    const missing = [['maksud', req.maksud.trim()], ['kompetensi', req.kompetensi.join('').trim()], ['target', req.target.trim()]].filter(([, v]) => !v);
    if (missing.length)
      refuse({
        code: 'MINIMUM_CONTENTS', kind: 'invalid', citation: p2.minimumContents.citation,
        message: `a Surat Permohonan Pelibatan states at least: ${p2.minimumContents.description}`,
        fields: missing.map(([field]) => ({ field: field!, message: 'required', citation: p2.minimumContents!.citation })),
      });
  }
  check.period('jangkaWaktu', req.jangkaWaktu);

  const named = req.pegawai ? check.employee('pegawai', req.pegawai) : undefined;
  const pemohonPegawai = org.pegawai[ctx.actorNip];
  const roles = { unitPemilik: req.unitPemilik, unitTujuan: req.unitTujuan, pegawai: named, pemohon: pemohonPegawai };
  // Who asks comes first: an official without the role learns that before any other rule.
  const pemohon = planKit(profile, org, roles).requester(p2.requester, ctx.actorNip, `the Surat Permohonan Pelibatan for ${org.units[req.unitPemilik].nama}`);

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

  // Paling lama 6 bulan dalam sekali penugasan: refused before anyone is asked.
  const reserves = req.timKerja && reservasiLintas(profile.batasPenugasan, req.timKerja, req.jangkaWaktu, 'jangkaWaktu');
  const rules = caseRules(profile, p2);
  if (named) {
    const problems = eligibilityProblems(rules, org, { unit: req.unitTujuan, kriteria: req.kriteria }, named);
    if (problems.length)
      refuse({
        code: 'EMPLOYEE_NOT_ELIGIBLE', kind: 'unprocessable', citation: problems[0].citation,
        message: problems.map((x) => x.message).join('; '),
        fields: problems.map((x) => ({ field: 'pegawai', message: x.message })),
      });
  }
  const ppkStep = p2.steps.find((s) => s.actor === 'ppk-tujuan');
  const ppkTujuan = !named && ppkStep
    ? matchingPpk(rules, org, { unit: req.unitTujuan, kriteria: req.kriteria }, { field: 'ppkTujuan', nip: req.ppkTujuan }, ppkStep.citation)
    : undefined;

  const kit = planKit(profile, org, { ...roles, ppkKriteria: ppkTujuan });
  const subject: PenunjukanLintasUnitSubject = {
    permohonan: req,
    unitPemilik: { kode: req.unitPemilik, nama: org.units[req.unitPemilik].nama },
    unitTujuan: { kode: req.unitTujuan, nama: org.units[req.unitTujuan].nama },
    tembusan: p2.tembusanPermohonan.flatMap((t) => kit.tembusan([t], t.citation)),
  };
  const { pegawai: _p, ...pemohonRef } = pemohon;
  return {
    ...caseHeader(profile, ctx, { procedure: PROCEDURE, procedureCitation: p2.citation, judul: judulOf(subject) }),
    pemohon: pemohonRef,
    subject,
    pegawai: named && kit.candidate(named),
    asal: { unit: req.unitTujuan, kriteria: req.kriteria, ppk: ppkTujuan?.nip },
    // The deciding official's approval names the employee, so it is the one that takes the team slot.
    steps: kit.steps(p2.steps).map((s) => (reserves && s.choosesEmployee ? { ...s, reserves: [reserves] } : s)),
    documents: kit.documents(p2.documents, (d) => isi(profile, subject, pemohonRef.jabatan, req.surat ?? (ctx.today ? { tanggal: ctx.today } : undefined), d)),
    rules,
  };
}

const judulOf = (s: PenunjukanLintasUnitSubject) => `Permohonan pelibatan ${s.unitTujuan.nama} oleh ${s.unitPemilik.nama}: ${s.permohonan.maksud}`;

/** What the Surat Tugas and the Keputusan Sekretaris Daerah say. */
function isi(profile: Pick<RegionalProfile, 'regulation'>, s: PenunjukanLintasUnitSubject, jabatanPemohon: string, surat: { nomor?: string; tanggal?: string } | undefined, d: { kind: string; citation: string }): DocumentText {
  const p = s.permohonan;
  const periode = `${tanggal(p.jangkaWaktu.mulai, 'UTC')} sampai dengan ${tanggal(p.jangkaWaktu.selesai, 'UTC')}`; // plain dates
  const tugas = [
    `Melaksanakan tugas pada ${s.unitPemilik.nama} dalam rangka ${dalamKalimat(p.maksud)}`,
    ...(p.timKerja ? [`Sebagai ${PERAN_TIM[p.timKerja.peran]} ${p.timKerja.nama}`] : []),
    `Target yang diharapkan: ${p.target}`,
    ...(p.kompetensi.length ? [`Kompetensi yang dibutuhkan: ${p.kompetensi.join(', ')}`] : []),
    `Jangka waktu penugasan: ${periode}`,
  ];
  if (d.kind === 'keputusan-sekda')
    return {
      tentang: `Penugasan Pegawai Lintas Unit Organisasi pada ${s.unitPemilik.nama}`,
      menimbang: [
        `bahwa ${s.unitPemilik.nama} membutuhkan keterlibatan pegawai dari ${s.unitTujuan.nama} dalam rangka ${dalamKalimat(p.maksud)}`,
        `bahwa sesuai dengan ketentuan ${pasalHukum(profile, d.citation)}, penugasan lintas Unit Organisasi ditetapkan dengan Keputusan Sekretaris Daerah`,
      ],
      mengingat: dasarHukum(profile),
      diktum: [`Menugaskan {pegawai}, pada ${s.unitPemilik.nama}.`, ...tugas.slice(1).map((t) => `${t}.`), 'Keputusan ini mulai berlaku pada tanggal ditetapkan.'],
    };
  return { dasar: [...dasarHukum(profile), `${suratDasar('Surat', jabatanPemohon, surat)} hal Permohonan Pelibatan`], untuk: tugas };
}

/** The input of P2 cases started before the kernel (its fields at the top level): read as today's. */
export interface LegacyInput extends Omit<PenunjukanLintasUnitInput, 'subject' | 'judul' | 'zonaWaktu' | 'documents' | 'steps'> {
  permohonan: PermohonanPelibatan;
  unitPemilik: { kode: string; nama: string };
  unitTujuan: { kode: string; nama: string };
  tembusanPermohonan: string[];
  zonaWaktu?: string;
  steps: Omit<ResolvedStep, 'choosesEmployee'>[];
  documents: Omit<ResolvedDocument, 'isi'>[];
  pegawai?: Candidate;
}

export function upgradeInput(i: PenunjukanLintasUnitInput | LegacyInput): PenunjukanLintasUnitInput {
  if ('subject' in i) return i;
  const { permohonan, unitPemilik, unitTujuan, tembusanPermohonan, ...rest } = i;
  const subject = { permohonan, unitPemilik, unitTujuan, tembusan: tembusanPermohonan };
  return {
    ...rest,
    judul: judulOf(subject),
    asal: { unit: permohonan.unitTujuan, kriteria: permohonan.kriteria },
    zonaWaktu: i.zonaWaktu ?? 'Asia/Jakarta', // cases started before it was recorded: WIB
    subject,
    steps: i.steps.map((s) => ({ ...s, ...(s.kind === 'keputusan' ? { choosesEmployee: true } : {}) })),
    documents: i.documents.map((d) => ({ ...d, isi: isi(i, subject, i.pemohon.jabatan, permohonan.surat, d) })),
  };
}
