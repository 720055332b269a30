// P7 Siklus kinerja: the pure plan. It takes an issued assignment case and resolves, once, who
// drafts and agrees the plan, who receives the reports, who may ask for one, where a kendala goes,
// the review chain up the org tree and who makes a fix — each with the article it comes from.
import type { Static } from '@sinclair/typebox';
import type { RegionalProfile } from '../../profiles/schema';
import type { CaseView, OfficialRef, PlannedCase, ResolvedStep, Rule } from '../../domain/kasus';
import type { OrgSnapshot, Pegawai } from '../../domain/organisasi';
import { officialRef } from '../../domain/penugasan';
import { atasanOf, holdsRole, PERAN_ASAL_PEGAWAI, ROLE_TITLE } from '../../domain/pejabat';
import { caseHeader, planKit, requestChecks, type PlanContext } from '../../domain/rencana';
import { refuse } from '../../domain/refusal';
import { penerimaLaporanDipilih, penugasanOf, rantaiReviu } from '../../domain/siklus';
import type { OfficialRole } from '../../profiles/parts';
import type { SiklusKinerjaSubject } from './request';
import { PROCEDURE as P6, timTerbit, type PembentukanTimKerjaSubject } from '../pembentukanTimKerja/plan';
import { mitraDipinjam, pegawaiDipinjam, PROCEDURE as P3, type PenunjukanLintasInstansiSubject } from '../penunjukanLintasInstansi/plan';

export const PROCEDURE = 'siklus-kinerja' as const;
const DAY = 86_400_000;

export interface MulaiSiklus {
  penugasan: string;
  /** Of an assignment listing several employees (P3): whose work. */
  pegawai?: string;
  laporan: { setiapHari: number; batasHari: number };
  hariKerja?: number;
  laporanPerRiwayat?: number;
  /** Where the text names them "X dan/atau Y": who receive an individual's reports, `keduanya` or one by role. */
  penerimaLaporan?: string;
}

export type Subject = Static<typeof SiklusKinerjaSubject>;

/** An official with the role and article they act under; `region`: of another agency, who acts through its key. */
export type Pejabat = OfficialRef & { role: string; citation: string; region?: string };

export interface SiklusKinerjaInput extends PlannedCase<Subject> {
  langkah: {
    /** The employee drafts the rencana kegiatan; for a team the ketua, with the role split. */
    rencana: ResolvedStep;
    persetujuan: ResolvedStep;
    laporan: ResolvedStep;
    hasil: ResolvedStep;
    /** One keputusan per level of the review chain, nearest first; the last is the top leader. */
    reviu: ResolvedStep[];
    perbaikan: ResolvedStep;
  };
  /**
   * A Tim Kerja: each member's report to the ketua (one step per member, in the decree's order), members'
   * own PUOs a kendala may go to, and where the report goes up berjenjang the penanggung jawab's passing it on.
   */
  tim?: {
    laporan: ResolvedStep[]; lintasPuo: Pejabat[]; teruskan?: ResolvedStep; laporanAkhir?: ResolvedStep[];
    /** Each member's own rencana kerja individu (`draft`) and the ketua's agreement of it, in the decree's order. */
    rencanaAnggota?: { draft: ResolvedStep; persetujuan: ResolvedStep }[];
  };
  permintaanLaporan: { oleh: Pejabat[] } | { tidakAda: Rule };
  umpanBalik: Rule;
  dialogKinerja?: Rule;
  /** The plan is agreed only once a dialog kinerja is on record (pasuruan). */
  rencanaSetelahDialog?: Rule;
  /** A change of activity: the leader who agrees the plan may reopen planning (banjar pasal 10(2), pasuruan lampiran I B.2). */
  perubahanRencana?: Rule;
  /** `penanggungJawab`: a team's, who receives its kendala too, to follow up (bengkalis lampiran BAB I §II.C.a.2.c). */
  kendala: { kepada: Pejabat; lintasPuo: Pejabat | { tidakAda: Rule }; penanggungJawab?: Pejabat };
  irama: { laporanSetiapMs: number; laporanDalamMs: number; laporanPerRiwayat: number };
  /** A case that continued as new: its view so far (the state it goes on from). */
  lanjutan?: CaseView<Subject>;
}

/**
 * A team changed while its decree stands (a member added, replaced, removed; the ketua replaced): its
 * cycle planned again for the team as it now stands, of which the cycle takes whom the steps go to.
 */
export interface PerubahanTim {
  /** The amended decree's number. */
  nomor: string;
  langkah: SiklusKinerjaInput['langkah'];
  tim: NonNullable<SiklusKinerjaInput['tim']>;
  pegawai: Subject['pegawai'];
  anggota: NonNullable<Subject['tim']>['anggota'];
  sisi?: Record<string, string>;
}

export const perubahanTimOf = (planned: SiklusKinerjaInput, nomor: string): PerubahanTim => ({
  nomor, langkah: planned.langkah, tim: planned.tim!, pegawai: planned.subject.pegawai, anggota: planned.subject.tim!.anggota, ...(planned.sisi ? { sisi: planned.sisi } : {}),
});

/** Whoever acts through another agency's key in a planned cycle (a step of theirs, or a kendala to their PUO), by NIP. */
function sisiOf(planned: Omit<SiklusKinerjaInput, 'sisi'>): Record<string, string> | undefined {
  const { langkah: l, tim, kendala } = planned;
  const all = [l.rencana, l.persetujuan, l.laporan, l.hasil, ...l.reviu, l.perbaikan, ...(tim?.laporan ?? []), ...(tim?.teruskan ? [tim.teruskan] : [])].map((st) => ({ nip: st.assignee.nip, region: st.region }));
  const pejabat = [kendala.kepada, ...('tidakAda' in kendala.lintasPuo ? [] : [kendala.lintasPuo]), ...(tim?.lintasPuo ?? []), ...(l.laporan.to ?? []) as Pejabat[]];
  const lain = [...all, ...pejabat].filter((x): x is { nip: string; region: string } => !!x.region);
  return lain.length ? Object.fromEntries(lain.map((x) => [x.nip, x.region])) : undefined;
}

export const related = (req: MulaiSiklus) => [{ field: 'penugasan', caseId: req.penugasan }];

export const involves = (req: MulaiSiklus, cases: Record<string, CaseView>) => {
  const view = cases[req.penugasan];
  if (view?.procedure === P6) return { nips: timKerja(view as CaseView<PembentukanTimKerjaSubject>).susunan.map((a) => a.nip), staffOf: [] };
  const e = view?.assignedEmployee;
  return { nips: e && view.procedure !== P3 ? [e.nip] : [], staffOf: [] };
};

/** An employee lent by another region of this service (P3): their own officials are read there. */
export const mitra = (req: MulaiSiklus, cases: Record<string, CaseView>) => mitraDipinjam(cases[req.penugasan]);

/** The assignment a cycle runs for: of a team, its ketua and period; else the employee's. */
const penugasanDari = (view: CaseView) => (view.procedure === P6 ? timKerja(view as CaseView<PembentukanTimKerjaSubject>).penugasan : penugasanOf(view));

/**
 * Who does the work of an assignment, and so starts its cycle when the assignment does: the employee,
 * or the ketua of a team; none here for employees lent by another agency (P3), whose cycles the requester starts.
 */
export const pelaksanaOf = (view: CaseView) => (view.procedure === P3 ? undefined : penugasanDari(view).pegawai?.nip);

/**
 * The case id of the work cycle an assignment starts (`nip`: of one employee on a list, P3): the
 * assignment's own with its procedure's code made p7, so a start retried finds the cycle it started.
 */
export const idSiklusKinerja = (penugasan: Pick<CaseView, 'caseId' | 'region'>, nip?: string) =>
  `${penugasan.region}-p7-${penugasan.caseId.replace(/^[a-z]+-p\d-/, '')}${nip ? `-${nip}` : ''}`;

/** The length of the assignment in days, both ends counted, where it states its jangka waktu. */
export const hariPenugasan = (view: CaseView) => {
  const j = penugasanDari(view).jangkaWaktu;
  return j && Math.round((Date.parse(j.selesai) - Date.parse(j.mulai)) / DAY) + 1;
};

/** What the work of a Tim Kerja takes from its P6 case: the ketua who leads it and the members who report to them. */
function timKerja(view: CaseView<PembentukanTimKerjaSubject>) {
  const { susunan, permintaan, unitPemilik } = view.subject;
  const ketua = susunan.find((a) => a.kedudukan === 'ketua');
  return {
    terbit: timTerbit(view),
    penugasan: {
      caseId: view.caseId, judul: view.judul, procedure: view.procedure, unit: unitPemilik.kode, jangkaWaktu: permintaan.periode,
      pegawai: ketua && { nip: ketua.nip, nama: ketua.nama, jabatan: ketua.jabatan },
    },
    nama: permintaan.nama,
    lingkup: view.subject.lingkup,
    penanggungJawab: susunan.find((a) => a.kedudukan === 'penanggungJawab'),
    susunan: susunan.filter((a) => a.kedudukan !== 'penanggungJawab'),
    anggota: susunan.filter((a) => a.kedudukan === 'sekretaris' || a.kedudukan === 'anggota'),
  };
}

export function plan(profile: RegionalProfile, org: OrgSnapshot, req: MulaiSiklus, ctx: PlanContext): SiklusKinerjaInput {
  const p7 = profile.siklusKinerja;
  const assignment = ctx.related?.[req.penugasan];
  if (!assignment)
    refuse({ code: 'RELATED_CASE_NOT_FOUND', kind: 'unprocessable', message: `no case ${req.penugasan}`, fields: [{ field: 'penugasan', message: 'unknown case' }] });
  // A report goes to whom the text names; "dan/atau", to whom the assignment chose: an individual's (banjar
  // pasal 16), a team's ketua's (banjar pasal 17(1)b, lampiran III.B.3.e). Refused before anything else of the assignment.
  const dipilih = penerimaLaporanDipilih(profile, req.penerimaLaporan, 'penerimaLaporan', assignment.procedure === P6);
  const team = assignment.procedure === P6 ? timKerja(assignment as CaseView<PembentukanTimKerjaSubject>) : undefined;
  const lent = assignment.procedure === P3 && assignment.status === 'issued' ? pegawaiDipinjam(assignment as CaseView<PenunjukanLintasInstansiSubject>, req.pegawai, ctx, p7.citation) : undefined;
  const pen = penugasanDari(assignment);
  if (!(team ? team.terbit : assignment.status === 'issued') || !pen.pegawai)
    refuse({
      code: 'ASSIGNMENT_NOT_ISSUED', kind: 'unprocessable', citation: p7.citation,
      message: `case ${assignment.caseId} is ${assignment.status}: the work runs on an assignment whose Surat Tugas was issued`,
      fields: [{ field: 'penugasan', message: 'not issued' }],
    });
  const check = requestChecks(profile, org);
  // A lent employee is known by the identity the assignment recorded, and acts through their own agency's key.
  const pegawai: Pegawai | Pejabat = lent ? { nip: lent.pegawai.nip, nama: lent.pegawai.nama, jabatan: lent.pegawai.jabatan, role: ROLE_TITLE.pegawai, citation: p7.citation, region: lent.instansi.region } : check.employee('penugasan', pen.pegawai.nip);
  const unit = check.unit('penugasan', pen.unit);
  const hari = req.hariKerja ?? hariPenugasan(assignment);
  if (!hari)
    refuse({ code: 'PERIOD_REQUIRED', kind: 'invalid', citation: p7.citation, message: 'the assignment states no jangka waktu: give the length of the work (hariKerja)', fields: [{ field: 'hariKerja', message: 'required' }] });
  if (req.laporan.setiapHari > hari)
    refuse({ code: 'CADENCE_TOO_LONG', kind: 'invalid', citation: p7.laporan.citation, message: `a report every ${req.laporan.setiapHari} days does not fit a ${hari}-day period`, fields: [{ field: 'laporan.setiapHari', message: `at most ${hari}` }] });

  const roles = { unitPemilik: unit.kode, pegawai: lent ? undefined : (pegawai as Pegawai), pemohon: org.pegawai[ctx.actorNip] };
  const kit = planKit(profile, org, roles);
  /** The holder of a role: for an employee lent by another agency, the employee's own roles are held there. */
  const holder = (role: OfficialRole, citation: string): Pegawai | Pejabat => {
    if (lent && role === 'pegawai') return pegawai;
    if (lent && PERAN_ASAL_PEGAWAI.includes(role)) return { ...lent.pejabat(role, citation), role: ROLE_TITLE[role], citation };
    return kit.holder(role, citation);
  };
  // The employee, or one of their leaders, starts the work of the assignment.
  const starter = p7.starters.roles.find((r) => (lent && (r === 'pegawai' || PERAN_ASAL_PEGAWAI.includes(r)) ? holder(r, p7.starters.citation).nip === ctx.actorNip : holdsRole(r, profile, org, roles, ctx.actorNip)));
  if (!starter)
    refuse({
      code: 'NOT_REQUESTER_ROLE', kind: 'forbidden', citation: p7.starters.citation,
      message: `the work cycle of ${pegawai.nama} is started by the ${p7.starters.roles.map((r) => ROLE_TITLE[r]).join(' or ')}`,
    });
  // A valid request for an assignment whose work already runs (started when it was issued): that case, not a second one.
  const running = lent ? assignment.siklusKinerjaPegawai?.find((c) => c.nip === pegawai.nip)?.caseId : assignment.siklusKinerja;
  if (running)
    refuse({
      code: 'CYCLE_EXISTS', kind: 'conflict', citation: p7.citation,
      message: `the work of ${lent ? `${pegawai.nama} in ` : ''}${assignment.caseId} already runs as case ${running}: act there`, fields: [{ field: 'penugasan', message: 'has a work cycle' }],
    });
  /** An official as the master data names them; one from another agency, by the identity their assignment recorded. */
  const refOf = (who: Pegawai | OfficialRef): OfficialRef => {
    const here = org.pegawai[who.nip];
    return here ? officialRef(org, here) : { nip: who.nip, nama: who.nama, jabatan: who.jabatan };
  };
  const sideOf = (who: Pegawai | Pejabat | OfficialRef): { region?: string } => {
    const region = (who as Pejabat).region;
    return region && region !== profile.id ? { region } : {};
  };
  const pejabat = (role: OfficialRole, citation: string): Pejabat => {
    const who = holder(role, citation);
    return { ...refOf(who), role: ROLE_TITLE[role], citation, ...sideOf(who) };
  };
  /** A step of an official here (escalated to their superior), or of another agency (through its key: `region`). */
  const step = (id: string, kind: ResolvedStep['kind'], title: string, who: Pegawai | OfficialRef, role: string, citation: string, extra: Partial<ResolvedStep> = {}): ResolvedStep => {
    const here = org.pegawai[who.nip];
    const atasan = here && atasanOf(org, here);
    return { id, kind, title, role, citation, assignee: refOf(who), ...(atasan ? { atasan: officialRef(org, atasan) } : {}), ...sideOf(who), ...extra };
  };

  const chain = rantaiReviu(org, unit.kode, pegawai.nip, p7.evaluasi.selesaiDiUnit?.jenisUnit);
  if (!chain.length)
    refuse({ code: 'OFFICIAL_NOT_FOUND', kind: 'unprocessable', citation: p7.evaluasi.rantai.citation, message: `no head above ${unit.nama} to review the result: load the unit heads first` });
  // A team: the ketua (pegawai here) drafts the rincian kegiatan with the role split, agreed by the
  // leader the region names, and reports the team's work; each member reports to the ketua.
  // A member from another agency (P3) is not in this region's master data: known by the identity their
  // assignment recorded, their reports taken through their own agency's key, no superior here to escalate to.
  const anggota = team?.anggota.map((a) => ({ ...a, pegawai: a.instansi ? undefined : check.employee('penugasan', a.nip) })) ?? [];
  const wilayahOf = (a: (typeof anggota)[number]) => (a.region && a.region !== profile.id ? a.region : undefined);
  const wilayahLain = [...new Set([...anggota.map(wilayahOf), lent?.instansi.region].filter((r): r is string => !!r))];
  const laporanRule = { ...(team ? p7.tim.laporanKetua : p7.laporan), penerima: dipilih };
  const persetujuan = team ? p7.tim.persetujuan : p7.rencana.persetujuan;
  const draft = team ? p7.tim.rincian : p7.rencana.draft;
  // Everyone the text names receives the report; one official holding two of the roles, once.
  const penerima = laporanRule.penerima.map((r) => pejabat(r.actor, r.citation)).filter((x, i, all) => all.findIndex((y) => y.nip === x.nip) === i);
  // A team's penanggung jawab, where the text gives them a part in its reports (bengkalis pasal 11(3)–(4)).
  const pj = team?.penanggungJawab;
  const pjAs = (rule?: Rule): Pejabat | undefined => (pj && rule ? { ...refOf(pj), role: 'Penanggung Jawab Tim', citation: rule.citation } : undefined);
  const berjenjang = pjAs(p7.tim.berjenjang);
  const naik = berjenjang && !penerima.some((o) => o.nip === berjenjang.nip) ? berjenjang : undefined;
  const pegawaiRole = team ? 'Ketua Tim' : 'Pejabat Fungsional/Pelaksana yang ditugaskan';
  // The team's own penanggung jawab where the text has them agree its plan (banjar), else the holder of the role.
  const [leader, leaderRole] = 'kedudukan' in persetujuan
    ? [org.pegawai[pj!.nip] ?? refOf(pj!), 'Penanggung Jawab Tim']
    : [holder(persetujuan.actor, persetujuan.citation), ROLE_TITLE[persetujuan.actor]];
  const kepalaUo = chain.at(-1)!;
  const fixer = p7.evaluasi.perbaikan.oleh === 'pegawai' ? pegawai : kepalaUo;
  const pemohon = org.pegawai[ctx.actorNip] ? officialRef(org, org.pegawai[ctx.actorNip]) : refOf(holder(starter, p7.starters.citation));

  const subject: Subject = {
    penugasan: { caseId: pen.caseId, judul: pen.judul, procedure: pen.procedure },
    pegawai: refOf(pegawai),
    ...(lent ? { instansiPegawai: lent.instansi } : {}),
    unit: { kode: unit.kode, nama: unit.nama },
    periode: { ...pen.jangkaWaktu, hari },
    tahap: 'perencanaan',
    rencana: { versi: 0, disepakati: false },
    ...(p7.checklist ? { checklist: (team ? p7.checklist.tim : p7.checklist.individu).map((c) => ({ ...c, selesai: false })) } : {}),
    laporan: { setiapHari: req.laporan.setiapHari, batasHari: req.laporan.batasHari, ke: 0, jumlah: Math.floor(hari / req.laporan.setiapHari + 1e-9) /* whole cadences; 1e-9: float noise of fractions */, terlewat: 0, sewaktuWaktu: 0 },
    ...(team ? { tim: { caseId: pen.caseId, nama: team.nama, anggota: anggota.map((a) => ({ ...refOf(a.pegawai ?? a), unit: a.unit, tugas: a.tugas })), terlewat: 0 } } : {}),
    kendala: 0,
    reviu: { putaran: 0, tingkat: 0, rantai: chain.map((c) => officialRef(org, c)) },
    riwayat: 0,
  };
  const lintas = p7.kendala.lintasPuo;
  const kendalaKepada = pejabat(p7.kendala.kepada, p7.kendala.citation);
  // A kendala of a team goes to a member's own PUO only where their work crosses PUOs (banjar lampiran III.A.b.4, pati lampiran B.3.b.4).
  const lintasPuoTim = 'tidakAda' in lintas ? [] : anggota.flatMap((a) => (a.pegawai ? [a.pegawai] : [])).map((pegawaiAnggota) => ({
    ...officialRef(org, planKit(profile, org, { ...roles, pegawai: pegawaiAnggota }).holder(lintas.kepada, lintas.citation)), role: ROLE_TITLE[lintas.kepada], citation: lintas.citation,
  })).filter((x, i, all) => x.nip !== kendalaKepada.nip && all.findIndex((y) => y.nip === x.nip) === i);
  // A team's kendala reaches its penanggung jawab too, where the text sends it to both (bengkalis lampiran BAB I §II.C.a.2.c).
  const kendalaPj = team && p7.tim.kendalaPenanggungJawab?.lingkup.includes(team.lingkup) ? pjAs(p7.tim.kendalaPenanggungJawab) : undefined;
  const peran = anggota.map((a) => `${a.nama}: ${a.tugas}`).join('; ');
  // Each member's own rencana kerja individu beside the ketua's rincian, agreed by the ketua whose ekspektasi they work to.
  const ra = team && p7.tim.rencanaAnggota;
  const rencanaAnggota = ra ? anggota.map((a) => ({
    draft: step('rencana-anggota', 'tindakan', `Rencana kerja individu (${a.tugas})`, a.pegawai ?? a, a.kedudukan === 'sekretaris' ? 'Sekretaris Tim' : 'Anggota Tim', ra.citation, {
      isiWajib: true, to: [refOf(pegawai)], ...(wilayahOf(a) ? { region: wilayahOf(a) } : {}),
    }),
    persetujuan: step('persetujuan-rencana-anggota', 'keputusan', `Persetujuan rencana kerja individu ${a.nama} (${a.tugas})`, pegawai, 'Ketua Tim', ra.persetujuan.citation),
  })) : undefined;
  // Once the work is done, each member of this agency reports in writing to their own PPK (bengkalis form 5).
  const akhir = p7.tim.laporanAkhirAnggota;
  const laporanAkhir = akhir && anggota.flatMap((a) => (a.pegawai ? [a.pegawai] : [])).map((m) => step(
    'laporan-akhir', 'tindakan', 'Laporan tertulis pelaksanaan tugas kepada Pejabat Penilai Kinerja', m, 'Anggota Tim', akhir.citation,
    { isiWajib: true, to: [officialRef(org, planKit(profile, org, { ...roles, pegawai: m }).holder('ppk-pegawai', akhir.citation))] },
  ));
  const planned: SiklusKinerjaInput = {
    ...caseHeader(profile, ctx, { procedure: PROCEDURE, procedureCitation: p7.citation, judul: team ? `Siklus kinerja ${team.nama} (ketua ${pegawai.nama}): ${pen.judul}` : `Siklus kinerja ${pegawai.nama}: ${pen.judul}` }),
    ...(wilayahLain.length ? { regions: [profile.id, ...wilayahLain] } : {}),
    pemohon: { ...pemohon, role: ROLE_TITLE[starter], citation: p7.starters.citation },
    subject,
    steps: [],
    documents: [],
    rules: {
      refusalReasons: p7.evaluasi.perbaikan, acknowledgement: p7.umpanBalik, employeeMatch: draft, kedudukanFirst: profile.kedudukanFirst,
    },
    langkah: {
      rencana: team
        ? step('rencana', 'tindakan', `Rincian kegiatan dan pembagian peran anggota tim (${peran})`, pegawai, pegawaiRole, draft.citation, { isiWajib: true, to: [refOf(leader)] })
        : step('rencana', 'tindakan', 'Rencana kegiatan dan anggaran', pegawai, pegawaiRole, draft.citation, { isiWajib: true, to: [refOf(leader)] }),
      persetujuan: step('persetujuan-rencana', 'keputusan', 'Persetujuan rencana kegiatan', leader, leaderRole, persetujuan.citation),
      laporan: step('laporan', 'tindakan', team ? 'Laporan pelaksanaan tugas tim kerja' : 'Laporan pelaksanaan tugas', pegawai, pegawaiRole, laporanRule.citation, { isiWajib: true, to: naik ? [naik] : penerima }),
      hasil: step('hasil', 'tindakan', 'Hasil pelaksanaan kegiatan', pegawai, pegawaiRole, p7.evaluasi.rantai.citation, { isiWajib: true, to: [officialRef(org, chain[0])] }),
      reviu: chain.map((c, i) => step(`reviu-${i + 1}`, 'keputusan', `Reviu hasil kegiatan (tingkat ${i + 1} dari ${chain.length})`, c, i === chain.length - 1 ? 'Pimpinan yang menerima hasil' : 'Peninjau hasil', p7.evaluasi.rantai.citation)),
      perbaikan: step('perbaikan', 'tindakan', 'Perbaikan hasil kegiatan', fixer, fixer === pegawai ? pegawaiRole : 'Kepala Unit Organisasi', p7.evaluasi.perbaikan.citation, { isiWajib: true, to: [officialRef(org, chain[0])] }),
    },
    ...(team ? {
      tim: {
        laporan: anggota.map((a) => step('laporan-anggota', 'tindakan', `Laporan pelaksanaan tugas kepada Ketua Tim (${a.tugas})`, a.pegawai ?? a, a.kedudukan === 'sekretaris' ? 'Sekretaris Tim' : 'Anggota Tim', p7.tim.laporanAnggota.citation, {
          isiWajib: true, to: [refOf(pegawai)], ...(wilayahOf(a) ? { region: wilayahOf(a) } : {}),
        })),
        lintasPuo: lintasPuoTim,
        ...(rencanaAnggota?.length ? { rencanaAnggota } : {}),
        ...(laporanAkhir?.length ? { laporanAkhir } : {}),
        ...(naik ? { teruskan: step('teruskan-laporan', 'tindakan', `Meneruskan laporan tim kerja kepada ${penerima.map((o) => o.jabatan).join(' dan ')}`, naik, naik.role, naik.citation, { to: penerima }) } : {}),
      },
    } : {}),
    permintaanLaporan: 'tidakAda' in p7.permintaanLaporan ? { tidakAda: p7.permintaanLaporan.tidakAda } : {
      oleh: [pejabat(p7.permintaanLaporan.actor, p7.permintaanLaporan.citation), pjAs(p7.tim.permintaanPenanggungJawab)].filter((o, i, all): o is Pejabat => !!o && all.findIndex((x) => x?.nip === o.nip) === i),
    },
    umpanBalik: p7.umpanBalik,
    ...(p7.dialogKinerja ? { dialogKinerja: p7.dialogKinerja } : {}),
    ...((team ? p7.tim : p7.rencana).setelahDialog ? { rencanaSetelahDialog: (team ? p7.tim : p7.rencana).setelahDialog } : {}),
    ...(p7.rencana.perubahan ? { perubahanRencana: p7.rencana.perubahan } : {}),
    kendala: {
      kepada: kendalaKepada,
      lintasPuo: 'tidakAda' in lintas ? { tidakAda: lintas.tidakAda } : pejabat(lintas.kepada, lintas.citation),
      ...(kendalaPj && kendalaPj.nip !== kendalaKepada.nip ? { penanggungJawab: kendalaPj } : {}),
    },
    irama: {
      laporanSetiapMs: Math.round(req.laporan.setiapHari * DAY), laporanDalamMs: Math.round(req.laporan.batasHari * DAY),
      laporanPerRiwayat: req.laporanPerRiwayat ?? 50,
    },
  };
  const sisi = sisiOf(planned);
  return sisi ? { ...planned, sisi } : planned;
}
