// P3 Penunjukan lintas instansi: the pure plan. The case runs in the requesting region and spans the
// agency asked, another region of this service: the requesting side's hops are resolved from its own
// profile and master data, the other side's from that agency's (ctx.mitra), each hop carrying the
// region whose officials take it, so that each agency's e-office key acts on its own side only.
import type { RegionalProfile } from '../../profiles/schema';
import type { DocumentText, PlannedCase, ResolvedDocument, ResolvedStep } from '../../domain/kasus';
import type { OrgSnapshot } from '../../domain/organisasi';
import { matchingPpk, type Kriteria } from '../../domain/penugasan';
import { caseHeader, caseRules, dasarHukum, planKit, requestChecks, type PlanContext } from '../../domain/rencana';
import { refuse } from '../../domain/refusal';
import { tanggal } from '../../domain/dokumen';
import { PERAN_TIM, reservasiLintas, type PeranTim } from '../../domain/batasPenugasan';
import type { PenunjukanLintasInstansiProfile, PenunjukanLintasInstansiRules } from './profile';

export const PROCEDURE = 'penunjukan-lintas-instansi' as const;

/** Surat Permohonan Pelibatan to another agency: minimum contents per banjar lampiran II.B.1.c.1. */
export interface PermohonanLintasInstansi {
  unitPemilik: string;
  instansiTujuan: string;
  unitTujuan: string;
  maksud: string;
  kompetensi: string[];
  target: string;
  jangkaWaktu: { mulai: string; selesai: string };
  kriteria?: Kriteria;
  ppkTujuan?: string;
  /** The tim kerja the employees are put into, where the request is for one (banjar pasal 9(5)). */
  timKerja?: { nama: string; peran: PeranTim };
}

/**
 * Where a P6 team asks (its plan plans this case): the kind of the team's own decree, which sets these
 * members' assignment on the requesting side, so that a decree of that kind is not issued twice.
 */
export interface UntukTim { keputusan: string }

export interface PenunjukanLintasInstansiSubject {
  permohonan: PermohonanLintasInstansi;
  instansiPemohon: { region: string; pemerintah: string };
  instansiTujuan: { region: string; pemerintah: string };
  unitPemilik: { kode: string; nama: string };
  unitTujuan: { kode: string; nama: string };
  tembusan: string[];
}

export type PenunjukanLintasInstansiInput = PlannedCase<PenunjukanLintasInstansiSubject>;

/** The requester is read in the own region; the agency asked, its unit's staff (for its PPK) in its own. */
export const involves = (_req: PermohonanLintasInstansi) => ({ nips: [], staffOf: [] });
export const mitra = (req: PermohonanLintasInstansi) => ({ region: req.instansiTujuan, nips: req.ppkTujuan ? [req.ppkTujuan] : [], staffOf: [req.unitTujuan] });

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
  if (!ctx.mitra || ctx.mitra.profile.id !== req.instansiTujuan)
    refuse({
      code: 'AGENCY_NOT_ON_SERVICE', kind: 'unprocessable', citation: own.citation,
      message: `${req.instansiTujuan} is not an agency on this service; the agency asked is named by its region here`,
      fields: [{ field: 'instansiTujuan', message: 'a region of this service' }],
    });
  const { profile: destProfile, org: destOrg } = ctx.mitra;
  const dest = provided(destProfile, 'instansiTujuan');
  const missing = [['maksud', req.maksud.trim()], ['kompetensi', req.kompetensi.join('').trim()], ['target', req.target.trim()]].filter(([, v]) => !v);
  if (missing.length)
    refuse({
      code: 'MINIMUM_CONTENTS', kind: 'invalid', citation: own.minimumContents.citation,
      message: `a Surat Permohonan Pelibatan states at least: ${own.minimumContents.description}`,
      fields: missing.map(([field]) => ({ field: field!, message: 'required', citation: own.minimumContents.citation })),
    });
  check.period('jangkaWaktu', req.jangkaWaktu);
  requestChecks(destProfile, destOrg).unit('unitTujuan', req.unitTujuan);
  // For a team of the requesting agency, its limit on members from other agencies applies (banjar pasal
  // 9(5)): too long is refused now; the answer that lists the employees takes a slot for each, counted
  // with the requesting region's team assignments (a NIP is national, so the agencies never collide).
  const reserves = req.timKerja && reservasiLintas(profile.batasPenugasan, req.timKerja, req.jangkaWaktu, 'jangkaWaktu');

  // The employees' side: who qualifies, and so which PPK the instruction goes to, is the agency asked's rule.
  const rules = caseRules(destProfile, { refusalReasons: own.refusalReasons, acknowledgement: dest.acknowledgement, employeeMatch: dest.employeeMatch });
  const daftar = dest.stepsTujuan.find((s) => s.id === dest.daftarPegawai.step)!;
  const ppkTujuan = matchingPpk(rules, destOrg, { unit: req.unitTujuan, kriteria: req.kriteria }, { field: 'ppkTujuan', nip: req.ppkTujuan }, daftar.citation);
  const destKit = planKit(destProfile, destOrg, { unitPemilik: req.unitTujuan, unitTujuan: req.unitTujuan, ppkKriteria: ppkTujuan });

  const subject: PenunjukanLintasInstansiSubject = {
    permohonan: req,
    instansiPemohon: { region: profile.id, pemerintah: profile.pemerintah },
    instansiTujuan: { region: destProfile.id, pemerintah: destProfile.pemerintah },
    unitPemilik: { kode: req.unitPemilik, nama: org.units[req.unitPemilik].nama },
    unitTujuan: { kode: req.unitTujuan, nama: destOrg.units[req.unitTujuan].nama },
    tembusan: own.tembusanPermohonan.flatMap((t) => ownKit.tembusan([t], t.citation)),
  };
  const side = (steps: ResolvedStep[], region: string) => steps.map((s) => ({
    ...s, region, ...(s.id === dest.daftarPegawai.step && region === destProfile.id ? { choosesEmployees: true, ...(reserves ? { reserves: [reserves] } : {}) } : {}),
  }));
  const steps = [...side(ownKit.steps(own.stepsPemohon, () => false), profile.id), ...side(destKit.steps(dest.stepsTujuan, () => false), destProfile.id)];

  // Each agency's Pejabat yang Berwenang, as the other agency's letters name them in tembusan.
  const pyb = (p: RegionalProfile, kit: typeof ownKit, rule: PenunjukanLintasInstansiRules) =>
    `${kit.tembusan([{ role: rule.pejabatBerwenang.role }], rule.pejabatBerwenang.citation)[0]} ${daerah(p)}`;
  const pybPemohon = pyb(profile, ownKit, own);
  const pybTujuan = pyb(destProfile, destKit, dest);
  const kop = (p: RegionalProfile) => ({ pemerintah: p.pemerintah, tempat: p.tempat, zonaWaktu: p.zonaWaktu });
  const write = (issuer: RegionalProfile) => (d: { kind: string; citation: string }) => isi(issuer, profile, destProfile, subject, pybPemohon, ctx.caseId, d);
  /** Documents one side issues: the other agency's PyB is copied (c.5.c); the agency asked's are numbered there. */
  const issuedBy = (docs: ResolvedDocument[], p: RegionalProfile, other: string): ResolvedDocument[] =>
    docs.map((d) => ({ ...d, tembusan: [...d.tembusan, other], ...(p.id !== profile.id ? { penerbit: { region: p.id, kop: kop(p) } } : {}) }));
  const documents = [
    ...issuedBy(destKit.documents(dest.documentsTujuan, write(destProfile)), destProfile, pybPemohon),
    // A team's own decree names these members too (banjar pasal 14(1): one Keputusan Bupati sets the team's assignment).
    ...issuedBy(ownKit.documents(own.penetapan.filter((d) => d.kind !== tim?.keputusan), write(profile)), profile, pybTujuan),
    ...issuedBy(destKit.documents(dest.penetapan, write(destProfile)), destProfile, pybPemohon),
  ];
  const { pegawai: _p, ...pemohonRef } = pemohon;
  return {
    ...caseHeader(profile, ctx, {
      procedure: PROCEDURE, procedureCitation: own.citation,
      judul: `Permohonan pelibatan ${subject.unitTujuan.nama} ${destProfile.pemerintah} oleh ${subject.unitPemilik.nama}: ${req.maksud}`,
    }),
    regions: [profile.id, destProfile.id],
    pemohon: pemohonRef,
    subject,
    asal: { region: destProfile.id, unit: req.unitTujuan, kriteria: req.kriteria, ppk: ppkTujuan.nip },
    steps,
    documents,
    rules,
  };
}

/** "Kabupaten Banjar", "Kota Pasuruan": the region as a letter names it. */
const daerah = (p: RegionalProfile) => p.kepalaDaerah.replace(/^Bupati /, 'Kabupaten ').replace(/^Wali Kota /, 'Kota ');

/** What the Surat Penugasan and a Keputusan Bupati say (`issuer`: whose); `{pegawai}` names everyone on the list. */
function isi(issuer: RegionalProfile, own: RegionalProfile, dest: RegionalProfile, s: PenunjukanLintasInstansiSubject, pybPemohon: string, caseId: string, d: { kind: string; citation: string }): DocumentText {
  const p = s.permohonan;
  const periode = `${tanggal(p.jangkaWaktu.mulai, 'UTC')} sampai dengan ${tanggal(p.jangkaWaktu.selesai, 'UTC')}`; // plain dates
  const tugas = [
    `Melaksanakan tugas pada ${s.unitPemilik.nama} ${own.pemerintah} dalam rangka ${p.maksud}`,
    ...(p.timKerja ? [`Sebagai ${PERAN_TIM[p.timKerja.peran]} ${p.timKerja.nama}`] : []),
    `Target yang diharapkan: ${p.target}`,
    ...(p.kompetensi.length ? [`Kompetensi yang dibutuhkan: ${p.kompetensi.join(', ')}`] : []),
    `Jangka waktu penugasan: ${periode}`,
  ];
  if (d.kind.startsWith('keputusan'))
    return {
      tentang: `Penugasan Pejabat Fungsional dan Pelaksana Lintas Instansi Pemerintah antara ${own.pemerintah} dan ${dest.pemerintah}`,
      menimbang: [
        `bahwa ${s.unitPemilik.nama} ${own.pemerintah} membutuhkan pelibatan Pejabat Fungsional atau Pelaksana dari ${s.unitTujuan.nama} ${dest.pemerintah} dalam rangka ${p.maksud}, dan permohonan pelibatan telah disetujui oleh Pejabat yang Berwenang kedua instansi`,
        `bahwa penugasan yang melibatkan Pejabat Fungsional dan Pelaksana lintas Instansi Pemerintah ditetapkan dengan Keputusan Bupati (${d.citation})`,
      ],
      mengingat: dasarHukum(issuer),
      diktum: [`Menugaskan {pegawai}, pada ${s.unitPemilik.nama} ${own.pemerintah}.`, ...tugas.slice(1).map((t) => `${t}.`), 'Keputusan ini mulai berlaku pada tanggal ditetapkan.'],
    };
  return {
    dasar: [...dasarHukum(dest), `Surat permohonan pelibatan dari ${pybPemohon} dan surat jawaban permohonan pelibatan beserta daftar Pejabat Fungsional atau Pelaksana yang ditugaskan (perkara ${caseId})`],
    untuk: tugas,
  };
}
