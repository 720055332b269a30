// P3 Penunjukan lintas instansi: the pure plan. The case runs in the requesting region and spans the
// agency asked: another region of this service, whose hops are resolved from its profile and master
// data (ctx.mitra), or an agency not on it that the deployment declares (ctx.instansiLuar), whose hops
// are the requesting regulation's alur for the agency asked, taken by the officials the request names.
// Each hop carries the agency whose officials take it, so each agency's e-office key acts on its own side only.
import type { OfficialRole, RegionalProfile, StepSpec } from '../../profiles/schema';
import type { CaseView, DocumentText, OfficialRef, PlannedCase, Receivable, ResolvedDocument, ResolvedStep, SuratRef } from '../../domain/kasus';
import { nipProblems } from '../../domain/nip';
import { ROLE_TITLE } from '../../domain/pejabat';
import type { OrgSnapshot, Pegawai } from '../../domain/organisasi';
import { matchingPpk, officialRef } from '../../domain/penugasan';
import type { Kriteria } from '../../domain/kepegawaian';
import { caseHeader, caseRules, dasarHukum, planKit, requestChecks, pasalHukum, suratDasar, dalamKalimat, judulDalamKalimat, type PlanContext } from '../../domain/rencana';
import { refuse, type FieldError } from '../../domain/refusal';
import { tanggal } from '../../domain/dokumen';
import { PERAN_TIM, reservasiLintas, type PeranTim, type Reservasi } from '../../domain/batasPenugasan';
import type { PenunjukanLintasInstansiProfile, PenunjukanLintasInstansiRules } from './profile';

export const PROCEDURE = 'penunjukan-lintas-instansi' as const;

/** Surat Permohonan Pelibatan to another agency: minimum contents per banjar lampiran II.B.1.c.1. */
export interface PermohonanLintasInstansi {
  /** The request letter's number and date, cited in the Dasar of what is issued. */
  surat?: SuratRef;
  unitPemilik: string;
  instansiTujuan: string;
  unitTujuan: string;
  maksud: string;
  kompetensi: string[];
  target: string;
  jangkaWaktu: { mulai: string; selesai: string };
  kriteria?: Kriteria;
  ppkTujuan?: string;
  /** The agency asked, where it is not on this service: who it is and who takes its hops. */
  instansiLuar?: InstansiLuar;
  /** The tim kerja the employees are put into, where the request is for one (banjar pasal 9(5)). */
  timKerja?: { nama: string; peran: PeranTim };
}

export interface InstansiLuar {
  pemerintah: string;
  namaUnitTujuan: string;
  pejabatBerwenang: OfficialRef;
  ppk: OfficialRef;
  puo: OfficialRef;
}

/**
 * Where a P6 team asks (its plan plans this case): the kind of the team's own decree, which sets these
 * members' assignment on the requesting side, so that a decree of that kind is not issued twice.
 */
export interface UntukTim { keputusan: string }

export interface PenunjukanLintasInstansiSubject {
  permohonan: PermohonanLintasInstansi;
  instansiPemohon: { region: string; pemerintah: string };
  instansiTujuan: { region: string; pemerintah: string; luarLayanan?: true };
  unitPemilik: { kode: string; nama: string };
  unitTujuan: { kode: string; nama: string };
  tembusan: string[];
}

export type PenunjukanLintasInstansiInput = PlannedCase<PenunjukanLintasInstansiSubject> & {
  /** Where the agency asked is not on this service: the Surat Penugasan it issued (and reported), which the employees receive. */
  suratPenugasanLuar?: Receivable;
};

/** The requester is read in the own region; the agency asked, its unit's staff (for its PPK) in its own. */
export const involves = (_req: PermohonanLintasInstansi) => ({ nips: [], staffOf: [] });
export const mitra = (req: PermohonanLintasInstansi) => ({ region: req.instansiTujuan, nips: req.ppkTujuan ? [req.ppkTujuan] : [], staffOf: [req.unitTujuan] });

/** An employee a P3 case lent, where the agency asked is on this service: their master data is read there (PlanContext.mitra). */
export const mitraDipinjam = (view: CaseView | undefined, nips = (view?.assignedEmployees ?? []).map((e) => e.nip)) => {
  if (view?.procedure !== PROCEDURE) return undefined;
  const { instansiTujuan } = (view as CaseView<PenunjukanLintasInstansiSubject>).subject;
  return instansiTujuan.luarLayanan ? undefined : { region: instansiTujuan.region, nips, staffOf: [] };
};

/**
 * One employee an issued P3 case lent (`nip`; may be left out where its list has one), as the work
 * and the rating of that assignment (P7, P8) read them: their identity as the answer recorded it, their
 * master data where their agency is on this service, and their own officials there (PPK, PUO: the roles
 * of PERAN_ASAL_PEGAWAI), each with that agency as the side they act on. Their PPK stays theirs: an
 * assignment sets no new kedudukan. An agency not on this service: its PPK and PUO as the request named them.
 */
export function pegawaiDipinjam(view: CaseView<PenunjukanLintasInstansiSubject>, nip: string | undefined, ctx: PlanContext, citation: string) {
  const list = view.assignedEmployees ?? [];
  const chosen = nip ?? (list.length === 1 ? list[0].nip : undefined);
  if (!chosen)
    refuse({ code: 'EMPLOYEE_REQUIRED', kind: 'invalid', citation, message: `case ${view.caseId} assigns ${list.length} employees: name which one (pegawai)`, fields: [{ field: 'pegawai', message: `one of ${list.map((e) => e.nip).join(', ')}` }] });
  const pegawai = list.find((e) => e.nip === chosen);
  if (!pegawai)
    refuse({ code: 'NOT_ASSIGNED', kind: 'unprocessable', citation, message: `${chosen} is not on the list case ${view.caseId} assigned (${list.map((e) => e.nip).join(', ')})`, fields: [{ field: 'pegawai', message: 'not assigned by this case' }] });
  const { instansiTujuan, permohonan } = view.subject;
  const missing = (role: OfficialRole, c: string): never =>
    refuse({ code: 'OFFICIAL_NOT_FOUND', kind: 'unprocessable', citation: c, message: `no ${ROLE_TITLE[role]} of ${pegawai.nama} is known in ${instansiTujuan.pemerintah}: load their kedudukan there first` });
  let home: { pegawai: Pegawai; org: OrgSnapshot } | undefined;
  let pejabat: (role: OfficialRole, c: string) => OfficialRef | undefined;
  if (instansiTujuan.luarLayanan) {
    // Named by the request (instansiLuar): its PPK, who answered with the list, and its PUO.
    const luar = permohonan.instansiLuar!;
    const held: Partial<Record<OfficialRole, OfficialRef>> = { 'ppk-pegawai': luar.ppk, 'puo-pegawai': luar.puo };
    pejabat = (role) => held[role];
  } else {
    const found = ctx.mitra?.profile.id === instansiTujuan.region ? ctx.mitra.org.pegawai[chosen] : undefined;
    if (!found)
      refuse({ code: 'EMPLOYEE_NOT_FOUND', kind: 'unprocessable', citation, message: `no employee with NIP ${chosen} in the ${instansiTujuan.region} master data`, fields: [{ field: 'pegawai', message: 'unknown NIP' }] });
    const { profile: hp, org: ho } = ctx.mitra!;
    home = { pegawai: found, org: ho };
    pejabat = (role, c) => officialRef(ho, planKit(hp, ho, { unitPemilik: found.unit, pegawai: found }).holder(role, c));
  }
  return {
    pegawai, home,
    instansi: { region: instansiTujuan.region, pemerintah: instansiTujuan.pemerintah },
    pejabat: (role: OfficialRole, c: string) => ({ ...(pejabat(role, c) ?? missing(role, c)), region: instansiTujuan.region }),
  };
}

export type Dipinjam = ReturnType<typeof pegawaiDipinjam>;

/** The region's rules, or the refusal citing that its regulation has no such procedure. */
export function provided(profile: RegionalProfile, field?: string): PenunjukanLintasInstansiRules {
  const p3: PenunjukanLintasInstansiProfile = profile.penunjukanLintasInstansi;
  if (!p3.provided)
    refuse({
      code: 'CROSS_AGENCY_NOT_PROVIDED', kind: 'unprocessable', citation: p3.citation,
      message: `${profile.regulation.short} provides no penunjukan lintas instansi: ${p3.description}`,
      ...(field ? { fields: [{ field, message: 'an agency whose regulation has no such procedure', citation: p3.citation }] } : {}),
    });
  return p3;
}

export function plan(profile: RegionalProfile, org: OrgSnapshot, req: PermohonanLintasInstansi, ctx: PlanContext, tim?: UntukTim): PenunjukanLintasInstansiInput {
  const own = provided(profile);
  const check = requestChecks(profile, org);
  check.unit('unitPemilik', req.unitPemilik);
  // Who asks comes first: an official without the role learns that before any other rule.
  const ownKit = planKit(profile, org, { unitPemilik: req.unitPemilik, pemohon: org.pegawai[ctx.actorNip] });
  const pemohon = ownKit.requester(own.requester, ctx.actorNip, `the Surat Permohonan Pelibatan for ${org.units[req.unitPemilik].nama}`);

  if (req.instansiTujuan === profile.id)
    refuse({
      code: 'NOT_CROSS_AGENCY', kind: 'unprocessable', citation: profile.penunjukanLintasUnit.citation,
      message: `${req.instansiTujuan} is your own agency: involve its employees through penunjukan lintas unit`,
      fields: [{ field: 'instansiTujuan', message: 'your own agency' }],
    });
  const onService = ctx.mitra?.profile.id === req.instansiTujuan;
  if (!onService && !ctx.instansiLuar?.includes(req.instansiTujuan))
    refuse({
      code: 'AGENCY_NOT_ON_SERVICE', kind: 'unprocessable', citation: own.citation,
      message: `${req.instansiTujuan} is neither an agency on this service nor one this deployment declares (EXTERNAL_AGENCIES); the agency asked is named by its region or its declared code`,
      fields: [{ field: 'instansiTujuan', message: 'a region of this service or a declared agency' }],
    });
  // Its officials are who its master data says: a request naming them would be one not taken.
  if (onService && req.instansiLuar)
    refuse({
      code: 'AGENCY_ON_SERVICE', kind: 'invalid', citation: own.citation,
      message: `${req.instansiTujuan} is on this service: its Pejabat yang Berwenang, PPK and PUO are read from its master data; leave instansiLuar out`,
      fields: [{ field: 'instansiLuar', message: 'only for an agency not on this service' }],
    });
  const dest = onService ? provided(ctx.mitra!.profile, 'instansiTujuan') : undefined;
  const missing = [['maksud', req.maksud.trim()], ['kompetensi', req.kompetensi.join('').trim()], ['target', req.target.trim()]].filter(([, v]) => !v);
  if (missing.length)
    refuse({
      code: 'MINIMUM_CONTENTS', kind: 'invalid', citation: own.minimumContents.citation,
      message: `a Surat Permohonan Pelibatan states at least: ${own.minimumContents.description}`,
      fields: missing.map(([field]) => ({ field: field!, message: 'required', citation: own.minimumContents.citation })),
    });
  check.period('jangkaWaktu', req.jangkaWaktu);
  // For a team of the requesting agency, its limit on members from other agencies applies (banjar pasal
  // 9(5)): too long is refused now; the answer that lists the employees takes a slot for each, counted
  // with the requesting region's team assignments (a NIP is national, so the agencies never collide).
  const reserves = req.timKerja && reservasiLintas(profile.batasPenugasan, req.timKerja, req.jangkaWaktu, 'jangkaWaktu');

  const { pegawai: _p, ...pemohonRef } = pemohon;
  const tujuan = dest ? diLayanan(own, dest, ctx.mitra!, req, reserves) : luarLayanan(profile, own, req, pemohonRef, reserves, ctx.today);
  const subject: PenunjukanLintasInstansiSubject = {
    permohonan: req,
    instansiPemohon: { region: profile.id, pemerintah: profile.pemerintah },
    instansiTujuan: tujuan.instansi,
    unitPemilik: { kode: req.unitPemilik, nama: org.units[req.unitPemilik].nama },
    unitTujuan: tujuan.unit,
    tembusan: own.tembusanPermohonan.flatMap((t) => ownKit.tembusan([t], t.citation)),
  };
  const steps = [...ownKit.steps(own.stepsPemohon, () => false).map((s) => ({ ...s, region: profile.id })), ...tujuan.steps];

  // Each agency's Pejabat yang Berwenang, as the other agency's letters name them in tembusan.
  const pybPemohon = `${ownKit.tembusan([{ role: own.pejabatBerwenang.role }], own.pejabatBerwenang.citation)[0]} ${daerah(profile)}`;
  const write = (issuer: RegionalProfile) => (d: { kind: string; citation: string }) => isi(issuer, profile, subject, pybPemohon, req.surat ?? (ctx.today ? { tanggal: ctx.today } : undefined), d);
  /** Documents one side issues: the other agency's PyB is copied (c.5.c); the agency asked's are numbered there. */
  const issuedBy = (docs: ResolvedDocument[], p: RegionalProfile, other: string): ResolvedDocument[] =>
    docs.map((d) => ({ ...d, tembusan: [...d.tembusan, other], ...(p.id !== profile.id ? { penerbit: { region: p.id, kop: kop(p) } } : {}) }));
  // A team's own decree names these members too (banjar pasal 14(1): one Keputusan Bupati sets the team's assignment).
  const ownDocuments = issuedBy(ownKit.documents(own.penetapan.filter((d) => d.kind !== tim?.keputusan), write(profile)), profile, tujuan.pyb);
  // An agency on this service issues its Surat Penugasan here (and its own penetapan); one not on it, there.
  const documents = 'kit' in tujuan
    ? [
      ...issuedBy(tujuan.kit.documents(tujuan.rule.documentsTujuan, write(tujuan.profile)), tujuan.profile, pybPemohon),
      ...ownDocuments,
      ...issuedBy(tujuan.kit.documents(tujuan.rule.penetapan, write(tujuan.profile)), tujuan.profile, pybPemohon),
      // Last, so the Surat Penugasan stays what the employees receive: the answer to the requesting PyB, addressed to them.
      ...tujuan.kit.documents(tujuan.rule.suratJawaban ? [tujuan.rule.suratJawaban] : [], write(tujuan.profile))
        .map((d) => (tujuan.profile.id !== profile.id ? { ...d, penerbit: { region: tujuan.profile.id, kop: kop(tujuan.profile) } } : d)),
    ]
    : ownDocuments;
  return {
    ...caseHeader(profile, ctx, {
      procedure: PROCEDURE, procedureCitation: own.citation,
      judul: `Permohonan pelibatan ${subject.unitTujuan.nama} ${subject.instansiTujuan.pemerintah} oleh ${subject.unitPemilik.nama}: ${req.maksud}`,
    }),
    regions: [profile.id, req.instansiTujuan],
    pemohon: pemohonRef,
    subject,
    ...('asal' in tujuan ? { asal: tujuan.asal } : {}),
    steps,
    documents,
    rules: tujuan.rules,
    ...('suratPenugasan' in tujuan ? { suratPenugasanLuar: tujuan.suratPenugasan } : {}),
  };
}

/** The agency asked is another region of this service: its hops, officials and documents from its own profile and master data. */
function diLayanan(own: PenunjukanLintasInstansiRules, dest: PenunjukanLintasInstansiRules, mitra: NonNullable<PlanContext['mitra']>, req: PermohonanLintasInstansi, reserves?: Reservasi) {
  const { profile: destProfile, org: destOrg } = mitra;
  requestChecks(destProfile, destOrg).unit('unitTujuan', req.unitTujuan);
  // The employees' side: who qualifies, and so which PPK the instruction goes to, is the agency asked's rule.
  const rules = caseRules(destProfile, { refusalReasons: own.refusalReasons, acknowledgement: dest.acknowledgement, employeeMatch: dest.employeeMatch });
  const daftar = dest.stepsTujuan.find((s) => s.id === dest.daftarPegawai.step)!;
  const ppkTujuan = matchingPpk(rules, destOrg, { unit: req.unitTujuan, kriteria: req.kriteria }, { field: 'ppkTujuan', nip: req.ppkTujuan }, daftar.citation);
  const kit = planKit(destProfile, destOrg, { unitPemilik: req.unitTujuan, unitTujuan: req.unitTujuan, ppkKriteria: ppkTujuan });
  const steps = kit.steps(dest.stepsTujuan, () => false).map((s) => ({
    ...s, region: destProfile.id, ...(s.id === dest.daftarPegawai.step ? { choosesEmployees: true, ...(reserves ? { reserves: [reserves] } : {}) } : {}),
  }));
  return {
    instansi: { region: destProfile.id, pemerintah: destProfile.pemerintah },
    unit: { kode: req.unitTujuan, nama: destOrg.units[req.unitTujuan].nama },
    steps, rules, kit, rule: dest, profile: destProfile,
    pyb: `${kit.tembusan([{ role: dest.pejabatBerwenang.role }], dest.pejabatBerwenang.citation)[0]} ${daerah(destProfile)}`,
    asal: { region: destProfile.id, unit: req.unitTujuan, kriteria: req.kriteria, ppk: ppkTujuan.nip },
  };
}

/**
 * The agency asked is not on this service: the officials the request names take the hops this
 * regulation's alur gives the agency asked; its PPK's answer names each employee (no master data
 * here), and its PUO reports the Surat Penugasan it issues there. `today`: for the NIPs' dates.
 */
function luarLayanan(profile: RegionalProfile, own: PenunjukanLintasInstansiRules, req: PermohonanLintasInstansi, pemohon: OfficialRef, reserves?: Reservasi, today = '9999-12-31') {
  const luar = req.instansiLuar;
  if (!luar)
    refuse({
      code: 'AGENCY_OFFICIALS_REQUIRED', kind: 'invalid', citation: own.citation,
      message: `${req.instansiTujuan} is not on this service: name its Pejabat yang Berwenang, PPK and PUO (instansiLuar), who take its hops through its own key`,
      fields: [{ field: 'instansiLuar', message: 'required for an agency not on this service' }],
    });
  const fields: FieldError[] = [];
  if (req.ppkTujuan) fields.push({ field: 'ppkTujuan', message: 'for an agency not on this service the PPK is named in instansiLuar.ppk' });
  for (const f of ['pemerintah', 'namaUnitTujuan'] as const) if (!luar[f].trim()) fields.push({ field: `instansiLuar.${f}`, message: 'required' });
  for (const who of ['pejabatBerwenang', 'ppk', 'puo'] as const) {
    for (const problem of nipProblems(luar[who].nip, today)) fields.push({ field: `instansiLuar.${who}.nip`, message: problem });
    for (const f of ['nama', 'jabatan'] as const) if (!luar[who][f].trim()) fields.push({ field: `instansiLuar.${who}.${f}`, message: 'required' });
  }
  if (fields.length)
    refuse({ code: 'AGENCY_OFFICIALS_INVALID', kind: 'invalid', citation: own.citation, message: `the officials of ${luar.pemerintah || req.instansiTujuan} as named have errors: fix the fields listed`, fields });

  const region = req.instansiTujuan;
  const named: Partial<Record<OfficialRole, OfficialRef>> = { [own.pejabatBerwenang.role]: luar.pejabatBerwenang, 'puo-tujuan': luar.puo, 'ppk-tujuan': luar.ppk };
  const hop = (s: StepSpec): ResolvedStep => {
    const o = named[s.actor];
    if (!o) throw new Error(`profile: ${s.id} is taken by ${s.actor}, not an official a request to an agency not on this service names`);
    return { id: s.id, kind: s.kind, title: s.title, citation: s.citation, role: ROLE_TITLE[s.actor], assignee: { nip: o.nip, nama: o.nama.trim(), jabatan: o.jabatan.trim() }, region };
  };
  const { laporanPenugasan, suratPenugasan } = own.instansiLuar;
  // Written as this service writes every government's name (its profiles' letterheads); the tembusan names the region as given.
  const pemerintah = luar.pemerintah.trim().toUpperCase();
  const laporan: ResolvedStep = { ...hop(laporanPenugasan), reportsDocument: { ...suratPenugasan, pemerintah }, to: [pemohon] };
  return {
    instansi: { region, pemerintah, luarLayanan: true as const },
    unit: { kode: req.unitTujuan, nama: luar.namaUnitTujuan.trim() },
    steps: [...own.stepsTujuan.map((s) => ({ ...hop(s), ...(s.id === own.daftarPegawai.step ? { namesEmployees: true, ...(reserves ? { reserves: [reserves] } : {}) } : {}) })), laporan],
    // The requesting regulation's rules throughout: the other agency's are not known here.
    rules: caseRules(profile, { refusalReasons: own.refusalReasons, acknowledgement: own.acknowledgement, employeeMatch: own.employeeMatch }),
    pyb: `${luar.pejabatBerwenang.jabatan.trim()} ${luar.pemerintah.trim().replace(/^Pemerintah\s+/i, '')}`,
    suratPenugasan: { title: suratPenugasan.title, signatory: laporan.assignee, penerbit: { region } } satisfies Receivable,
  };
}

const kop = (p: RegionalProfile) => ({ pemerintah: p.pemerintah, tempat: p.tempat, zonaWaktu: p.zonaWaktu });

/** "Kabupaten Banjar", "Kota Pasuruan": the region as a letter names it. */
const daerah = (p: RegionalProfile) => p.kepalaDaerah.replace(/^Bupati /, 'Kabupaten ').replace(/^Wali Kota /, 'Kota ');

/** What the Surat Penugasan and a Keputusan Bupati say (`issuer`: whose); `{pegawai}` names everyone on the list. */
function isi(issuer: RegionalProfile, own: RegionalProfile, s: PenunjukanLintasInstansiSubject, pybPemohon: string, surat: { nomor?: string; tanggal?: string } | undefined, d: { kind: string; citation: string }): DocumentText {
  const p = s.permohonan;
  const periode = `${tanggal(p.jangkaWaktu.mulai, 'UTC')} sampai dengan ${tanggal(p.jangkaWaktu.selesai, 'UTC')}`; // plain dates
  const tugas = [
    `Melaksanakan tugas pada ${s.unitPemilik.nama} ${own.pemerintah} dalam rangka ${dalamKalimat(p.maksud)}`,
    ...(p.timKerja ? [`Sebagai ${PERAN_TIM[p.timKerja.peran]} ${p.timKerja.nama}`] : []),
    `Target yang diharapkan: ${p.target}`,
    ...(p.kompetensi.length ? [`Kompetensi yang dibutuhkan: ${p.kompetensi.join(', ')}`] : []),
    `Jangka waktu penugasan: ${periode}`,
  ];
  // The answer of the agency asked's PyB to the requesting one's (c.5.a): the approved list of employees assigned.
  if (d.kind === 'surat-jawaban-pelibatan')
    return {
      hal: 'Jawaban Permohonan Pelibatan Pejabat Fungsional dan Pelaksana',
      yth: { jabatan: pybPemohon, di: own.tempat },
      pembuka: `Menindaklanjuti ${suratDasar('Surat', pybPemohon, surat)} hal Permohonan Pelibatan, dengan ini disampaikan bahwa permohonan pelibatan Pejabat Fungsional atau Pelaksana ${s.unitTujuan.nama} ${judulDalamKalimat(issuer.pemerintah)} dalam rangka ${dalamKalimat(p.maksud)} disetujui, dengan Pejabat Fungsional atau Pelaksana yang ditugaskan sebagai berikut:`,
      butir: ['{pegawai}', ...tugas.slice(1)],
    };
  if (d.kind.startsWith('keputusan'))
    return {
      tentang: `Penugasan Pejabat Fungsional dan Pelaksana Lintas Instansi Pemerintah antara ${own.pemerintah} dan ${s.instansiTujuan.pemerintah}`,
      menimbang: [
        `bahwa ${s.unitPemilik.nama} ${own.pemerintah} membutuhkan pelibatan Pejabat Fungsional atau Pelaksana dari ${s.unitTujuan.nama} ${s.instansiTujuan.pemerintah} dalam rangka ${dalamKalimat(p.maksud)}, dan permohonan pelibatan telah disetujui oleh Pejabat yang Berwenang kedua instansi`,
        `bahwa penugasan yang melibatkan Pejabat Fungsional dan Pelaksana lintas Instansi Pemerintah ditetapkan dengan Keputusan ${issuer.kepalaDaerah} sesuai dengan ketentuan ${pasalHukum(issuer, d.citation)}`,
      ],
      mengingat: dasarHukum(issuer),
      diktum: [`Menugaskan {pegawai}, pada ${s.unitPemilik.nama} ${own.pemerintah}.`, ...tugas.slice(1).map((t) => `${t}.`), 'Keputusan ini mulai berlaku pada tanggal ditetapkan.'],
    };
  return {
    dasar: [...dasarHukum(issuer), `${suratDasar('Surat', pybPemohon, surat)} hal Permohonan Pelibatan, dan surat jawaban permohonan pelibatan beserta daftar Pejabat Fungsional atau Pelaksana yang ditugaskan`],
    untuk: tugas,
  };
}
