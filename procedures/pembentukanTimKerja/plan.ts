// P6 Pembentukan Tim Kerja: the pure plan. It checks a team's formation against the region's rules
// (who forms it, who may lead it, the ketua from the owning unit, kedudukan first), plans one linked
// P2 case for each member from another unit (P2's own plan, so every P2 rule applies to them), and
// resolves the decree the team's scope calls for and the official who signs it.
import type { RegionalProfile } from '../../profiles/schema';
import type { CaseView, DocumentText, OfficialRef, PlannedCase, ResolvedDocument } from '../../domain/kasus';
import { golonganAtLeast, isStruktural, pendidikanAtLeast, PREDIKAT, type Golongan } from '../../domain/kepegawaian';
import { isWithin, perangkatDaerahOf, type OrgSnapshot, type Pegawai } from '../../domain/organisasi';
import { eligibilityProblems, officialRef } from '../../domain/penugasan';
import { penerimaLaporanDipilih } from '../../domain/siklus';
import { caseHeader, caseRules, dasarHukum, planKit, requestChecks, dalamKalimat, judulDalamKalimat, type PlanContext } from '../../domain/rencana';
import { refuse, RuleViolation } from '../../domain/refusal';
import { tanggal } from '../../domain/dokumen';
import { checkDurasi, type PeranTim, type Reservasi } from '../../domain/batasPenugasan';
import * as p2 from '../penunjukanLintasUnit/plan';
import * as p3 from '../penunjukanLintasInstansi/plan';
import type { Kolom, PembentukanTimKerjaProfile } from './profile';

export const PROCEDURE = 'pembentukan-tim-kerja' as const;

/**
 * A team whose decree was issued: in force, or closed with it when its period ended (issued), the
 * time its work is rated. Its work (P7) and its members' ratings (P8) run on such a team.
 */
export const timTerbit = (view: CaseView) => (['in-force', 'issued'] as CaseView['status'][]).includes(view.status) && view.documents.length > 0;

interface Penugasan { nip: string; tugas: string }

export interface PembentukanTim {
  unitPemilik: string;
  nama: string;
  sasaran: string;
  indikatorKinerja: string;
  targetAngka: string;
  periode: { mulai: string; selesai: string };
  penanggungJawab: Penugasan;
  ketua: Penugasan;
  sekretaris?: Penugasan;
  anggota: Penugasan[];
  anggotaLintasUnit: { unitTujuan: string; nip: string; tugas: string; kompetensi: string[]; cadangan?: string[] }[];
  anggotaLintasInstansi?: AnggotaLintasInstansiRequest[];
}

interface AnggotaLintasInstansiRequest {
  instansiTujuan: string; unitTujuan: string; tugas: string; kompetensi: string[]; kriteria?: p3.PermohonanLintasInstansi['kriteria']; ppkTujuan?: string;
  /** Where the agency asked is not on this service: its officials, as P3 takes them. */
  instansiLuar?: p3.InstansiLuar;
}

/** The fields of an entry the linked P3 request takes as they are: its refusals name them in the entry. */
const ENTRY_FIELDS = ['instansiTujuan', 'unitTujuan', 'kompetensi', 'kriteria', 'ppkTujuan', 'instansiLuar'];

/** The linked P3 plan of entry `i`, its refusals naming the fields as this request has them (anggotaLintasInstansi[i].…). */
function planEntry<T>(i: number, planP3: () => T): T {
  try {
    return planP3();
  } catch (e) {
    if (!(e instanceof RuleViolation) || !e.refusal.fields) throw e;
    const inEntry = (field: string) => ENTRY_FIELDS.includes(field.split(/[.[]/)[0]);
    refuse({ ...e.refusal, fields: e.refusal.fields.map((f) => (inEntry(f.field) ? { ...f, field: `anggotaLintasInstansi[${i}].${f.field}` } : f)) });
  }
}

export type Kedudukan = 'penanggungJawab' | 'ketua' | 'sekretaris' | 'anggota';

export interface AnggotaTim extends OfficialRef {
  kedudukan: Kedudukan;
  golongan: Golongan;
  unit: string;
  tugas: string;
  /** The government of a member from another agency (the lampiran's instansi column). */
  instansi?: string;
  /** That agency's region of this service, or its declared code where it is not on it: the member acts through its key. */
  region?: string;
  /** The P2 or P3 case that brought them in. */
  linkedCase?: string;
}

export interface LinkedCase { caseId: string; procedure: string; unitTujuan: string; nip?: string; instansi?: string; status: string }

export interface PembentukanTimKerjaSubject {
  permintaan: PembentukanTim;
  unitPemilik: { kode: string; nama: string };
  lingkup: 'dalam-unit' | 'lintas-unit' | 'lintas-instansi';
  susunan: AnggotaTim[];
  linkedCases: LinkedCase[];
}

/** How the decree is written: its form, the lampiran's places and columns (from the profile). */
export interface FormatKeputusan {
  bentuk: 'keputusan' | 'surat-tugas';
  susunan: PembentukanTimKerjaProfile['susunan'];
  regulation: RegionalProfile['regulation'];
  /** The government, for the lampiran's instansi column. */
  instansi: string;
}

/** A member from another unit: the P2 case planned for them, then for each alternate the former may name. */
export interface AnggotaLintasUnit { tugas: string; pilihan: p2.PenunjukanLintasUnitInput[] }

/** Members from another agency: the P3 case planned for them (its answer lists whom the agency assigns). */
export interface AnggotaLintasInstansi { tugas: string; p3: p3.PenunjukanLintasInstansiInput }

export type PembentukanTimKerjaInput = PlannedCase<PembentukanTimKerjaSubject> & {
  lintasUnit: AnggotaLintasUnit[];
  /** Absent on cases planned before members could come from another agency. */
  lintasInstansi?: AnggotaLintasInstansi[];
  format: FormatKeputusan;
  /** The task of the former when a member's linked case ends without them. */
  penggantiAnggota: { citation: string; description: string };
  /** A slot for each member of the owning unit (banjar pasal 9(4)), where the region limits them: what each one's reservation counts against. */
  batasDalamUnit?: Omit<Reservasi, 'nip' | 'timKerja'>;
  /** Where the region gives each member a Surat Tugas beside the decree (pasuruan lampiran II): its form, signed and numbered, and how it names each place. */
  suratTugasAnggota?: { document: ResolvedDocument; sebagai: Record<Exclude<Kedudukan, 'penanggungJawab'>, string> };
};

/** The slot a member of the owning unit takes in this team (the penanggung jawab directs it and holds none). */
export function reservasiOf(input: Pick<PembentukanTimKerjaInput, 'batasDalamUnit' | 'subject'>, a: AnggotaTim): Reservasi | undefined {
  if (!input.batasDalamUnit || a.kedudukan === 'penanggungJawab' || a.linkedCase) return undefined;
  return { ...input.batasDalamUnit, nip: a.nip, timKerja: { nama: input.subject.permintaan.nama, peran: a.kedudukan as PeranTim } };
}

export const involves = (req: PembentukanTim) => ({
  nips: [req.penanggungJawab.nip, req.ketua.nip, ...(req.sekretaris ? [req.sekretaris.nip] : []), ...req.anggota.map((a) => a.nip),
    ...req.anggotaLintasUnit.flatMap((a) => [a.nip, ...(a.cadangan ?? [])])],
  staffOf: [],
});

/** The agency the members from another agency come from, and whom the plan reads there (one agency per formation). */
export const mitra = (req: PembentukanTim) => {
  const [first, ...rest] = req.anggotaLintasInstansi ?? [];
  if (!first) return undefined;
  const same = [first, ...rest].filter((a) => a.instansiTujuan === first.instansiTujuan);
  return { region: first.instansiTujuan, nips: same.flatMap((a) => (a.ppkTujuan ? [a.ppkTujuan] : [])), staffOf: same.map((a) => a.unitTujuan) };
};

export function plan(profile: RegionalProfile, org: OrgSnapshot, req: PembentukanTim, ctx: PlanContext): PembentukanTimKerjaInput {
  const p6 = profile.pembentukanTimKerja;
  const check = requestChecks(profile, org);
  check.unit('unitPemilik', req.unitPemilik);
  // Who forms the team comes first: an official without the role learns that before any other rule.
  const pemohon = planKit(profile, org, { unitPemilik: req.unitPemilik, pemohon: org.pegawai[ctx.actorNip] })
    .requester(p6.requester, ctx.actorNip, `the formation of a Tim Kerja of ${org.units[req.unitPemilik].nama}`);
  // The team's reports go where the text on the ketua's report sends them (banjar pasal 17(1)b "dan/atau"): a choice
  // it does not give is refused by that text, before the linked cases (each planned as an individual's) are.
  if (ctx.siklusKinerja?.penerimaLaporan !== undefined) penerimaLaporanDipilih(profile, ctx.siklusKinerja.penerimaLaporan, 'siklusKinerja.penerimaLaporan', true);
  check.period('periode', req.periode);
  for (const [i, a] of req.anggotaLintasUnit.entries()) check.unit(`anggotaLintasUnit[${i}].unitTujuan`, a.unitTujuan);
  // Members from another agency come in through P3: where the region's text has no such procedure, refused citing it.
  const lintasInstansiReq = req.anggotaLintasInstansi ?? [];
  for (const [i, a] of lintasInstansiReq.entries()) {
    p3.provided(profile, `anggotaLintasInstansi[${i}].instansiTujuan`);
    if (a.instansiTujuan !== lintasInstansiReq[0].instansiTujuan)
      refuse({
        code: 'ONE_AGENCY_PER_TEAM_REQUEST', kind: 'invalid', citation: profile.penunjukanLintasInstansi.citation,
        message: `a formation asks one other agency (${lintasInstansiReq[0].instansiTujuan}); ask ${a.instansiTujuan} by a request of its own`,
        fields: [{ field: `anggotaLintasInstansi[${i}].instansiTujuan`, message: `not ${lintasInstansiReq[0].instansiTujuan}` }],
      });
  }

  const rules = caseRules(profile, p6);
  // With members from elsewhere (another unit, or another agency through P3) the rules on the ketua apply.
  const lingkup: PembentukanTimKerjaSubject['lingkup'] = lintasInstansiReq.length ? 'lintas-instansi' : req.anggotaLintasUnit.length ? 'lintas-unit' : 'dalam-unit';
  const lintas = lingkup !== 'dalam-unit';
  const named = (field: string, nip: string) => check.employee(field, nip);
  const pj = named('penanggungJawab.nip', req.penanggungJawab.nip);
  const ketua = named('ketua.nip', req.ketua.nip);
  const sekretaris = req.sekretaris && named('sekretaris.nip', req.sekretaris.nip);
  const anggota = req.anggota.map((a, i) => named(`anggota[${i}].nip`, a.nip));
  checkSusunan(profile, org, req.unitPemilik, lintas, [
    ['ketua.nip', ketua], ...(sekretaris ? [['sekretaris.nip', sekretaris] as [string, Pegawai]] : []),
    ...anggota.map((p, i) => [`anggota[${i}].nip`, p] as [string, Pegawai]),
  ], 'ketua.nip');
  const pjRule = p6.penanggungJawab;
  if (pjRule && !(pjRule.jenisJabatan.includes(pj.jenisJabatan) || (pjRule.hasilPenyetaraan && pj.hasilPenyetaraan)))
    refuse({
      code: 'PENANGGUNG_JAWAB_NOT_ELIGIBLE', kind: 'unprocessable', citation: pjRule.citation,
      message: `${pj.nama} (${pj.namaJabatan}) may not be penanggung jawab: ${pjRule.description}`,
      fields: [{ field: 'penanggungJawab.nip', message: pjRule.description, citation: pjRule.citation }],
    });

  // How long one team assignment may last (banjar pasal 9(4) inside the unit, 9(5) for members from
  // elsewhere): refused before anyone is asked. How often is counted in the ledger: the members named
  // here when the case starts, each member from another unit by the approval of their P2 case.
  const { dalamUnit, lintas: batasLintas, periodeKinerja } = profile.batasPenugasan;
  if (dalamUnit) checkDurasi(dalamUnit, req.periode, 'periode');
  if (lintas && batasLintas) checkDurasi(batasLintas, req.periode, 'periode');
  const batasDalamUnit = dalamUnit && { lingkup: 'dalam-unit' as const, periode: req.periode, batas: dalamUnit, jendelaCitation: periodeKinerja?.citation ?? dalamUnit.citation };
  // Each member from another unit comes in through P2, planned here with P2's own rules, for this team.
  const { pegawai: _p, ...pemohonRef } = pemohon;
  const lintasUnit: AnggotaLintasUnit[] = req.anggotaLintasUnit.map((a, i) => ({
    tugas: a.tugas,
    pilihan: [a.nip, ...(a.cadangan ?? [])].map((nip, j) => p2.plan(profile, org, {
      unitPemilik: req.unitPemilik, unitTujuan: a.unitTujuan,
      maksud: `keanggotaan ${req.nama}: ${req.sasaran}`, kompetensi: a.kompetensi,
      target: `${req.indikatorKinerja}: ${req.targetAngka}`, jangkaWaktu: req.periode, pegawai: nip,
      timKerja: { nama: req.nama, peran: 'anggota' },
    }, { ...ctx, caseId: `${ctx.caseId}-anggota-${i + 1}${j ? `-${j}` : ''}` })),
  }));
  // The decree the scope calls for, signed by the official the region names.
  const decree = lingkup === 'lintas-instansi' ? p6.keputusan.lintasInstansi ?? p6.keputusan.lintasUnit : lintas ? p6.keputusan.lintasUnit : p6.keputusan.dalamUnit;
  // Each entry for another agency is a P3 case, planned with P3's own rules on both sides, for this team:
  // the answer that lists the members takes their pasal 9(5) slots, and the team's decree (not one of
  // the P3 case's own) sets their assignment on this side (banjar pasal 14(1)).
  // An agency not on this service (declared in ctx.instansiLuar) is planned from the officials the entry names.
  const lintasInstansi: AnggotaLintasInstansi[] = lintasInstansiReq.map((a, i) => ({
    tugas: a.tugas,
    p3: planEntry(i, () => p3.plan(profile, org, {
      unitPemilik: req.unitPemilik, instansiTujuan: a.instansiTujuan, unitTujuan: a.unitTujuan,
      maksud: `keanggotaan ${req.nama}: ${req.sasaran}`, kompetensi: a.kompetensi, target: `${req.indikatorKinerja}: ${req.targetAngka}`,
      jangkaWaktu: req.periode, ...(a.kriteria ? { kriteria: a.kriteria } : {}), ...(a.ppkTujuan ? { ppkTujuan: a.ppkTujuan } : {}),
      ...(a.instansiLuar ? { instansiLuar: a.instansiLuar } : {}),
      timKerja: { nama: req.nama, peran: 'anggota' },
    }, { ...ctx, caseId: `${ctx.caseId}-instansi-${i + 1}` }, { keputusan: decree.document.kind })),
  }));

  const anggotaOf = (kedudukan: Kedudukan, p: Pegawai, tugas: string): AnggotaTim => ({
    ...officialRef(org, p), kedudukan, golongan: p.golongan, unit: org.units[p.unit].nama, tugas,
  });
  const subject: PembentukanTimKerjaSubject = {
    permintaan: req,
    unitPemilik: { kode: req.unitPemilik, nama: org.units[req.unitPemilik].nama },
    lingkup,
    susunan: [
      anggotaOf('penanggungJawab', pj, req.penanggungJawab.tugas),
      anggotaOf('ketua', ketua, req.ketua.tugas),
      ...(sekretaris ? [anggotaOf('sekretaris', sekretaris, req.sekretaris!.tugas)] : []),
      ...anggota.map((p, i) => anggotaOf('anggota', p, req.anggota[i].tugas)),
    ],
    linkedCases: [
      ...lintasUnit.map((l) => ({ caseId: l.pilihan[0].caseId, procedure: p2.PROCEDURE, unitTujuan: l.pilihan[0].subject.unitTujuan.nama, nip: l.pilihan[0].pegawai!.nip, status: 'berjalan' })),
      ...lintasInstansi.map(({ p3: c }) => ({ caseId: c.caseId, procedure: p3.PROCEDURE, unitTujuan: c.subject.unitTujuan.nama, instansi: c.subject.instansiTujuan.pemerintah, status: 'berjalan' })),
    ],
  };

  // The decree, drafted now.
  const kit = planKit(profile, org, { unitPemilik: req.unitPemilik, pemohon: org.pegawai[ctx.actorNip] });
  const format: FormatKeputusan = { bentuk: decree.document.kind.startsWith('keputusan') ? 'keputusan' : 'surat-tugas', susunan: p6.susunan, regulation: profile.regulation, instansi: profile.pemerintah };
  const [drafted] = kit.documents([decree.document], () => ({}));
  const document = { ...drafted, title: drafted.title.replace('{penandatangan}', drafted.signatory.jabatan.toUpperCase()) };
  return {
    ...caseHeader(profile, ctx, { procedure: PROCEDURE, procedureCitation: p6.citation, judul: `Pembentukan ${req.nama} oleh ${subject.unitPemilik.nama}` }),
    // The agency that lends a member reads the team case and its decree, which names its employee;
    // every step of it stays this region's, taken through this region's key.
    ...(lintasInstansi.length ? { regions: [profile.id, lintasInstansiReq[0].instansiTujuan] } : {}),
    pemohon: pemohonRef,
    subject,
    pegawai: kit.candidate(ketua), // the decree is delivered to the ketua, who acknowledges it for the team
    steps: kit.steps([{ id: 'penetapan', kind: 'keputusan', actor: decree.document.signatory, title: decree.signingTitle, citation: decree.document.citation }], () => false),
    documents: [{ ...document, isi: isiKeputusan(format, subject, document.title) }],
    rules,
    lintasUnit,
    ...(lintasInstansi.length ? { lintasInstansi } : {}),
    format,
    penggantiAnggota: p6.penggantiAnggota,
    ...(batasDalamUnit ? { batasDalamUnit } : {}),
    // Written for each member once the decree is numbered (isiSuratTugasAnggota), with the team as it then stands.
    ...(p6.suratTugasAnggota ? { suratTugasAnggota: { document: kit.documents([p6.suratTugasAnggota.document], () => ({}))[0], sebagai: p6.suratTugasAnggota.sebagai } } : {}),
  };
}

/**
 * The members named directly (JF or Pelaksana of the owning side, with a kedudukan) and the ketua
 * among them (`ketuaField`): from the owning unit, of the kind the region lets lead, and with members
 * from elsewhere (`lintas`) meeting the region's requirements. Kedudukan first, then who leads.
 */
export function checkSusunan(profile: RegionalProfile, org: OrgSnapshot, unitPemilik: string, lintas: boolean, direct: [string, Pegawai][], ketuaField?: string) {
  const p6 = profile.pembentukanTimKerja;
  const rules = caseRules(profile, p6);
  // The owning side: the Perangkat Daerah where "lintas" crosses Perangkat Daerah, else the unit (as P2 reads it).
  const scope = profile.penunjukanLintasUnit.crossing.scope;
  const sisiPemilik = scope === 'perangkat-daerah' ? perangkatDaerahOf(org.units, unitPemilik)!.kode : unitPemilik;
  const fromOwningSide = (p: Pegawai) => isWithin(org.units, p.unit, sisiPemilik);

  // Kedudukan first: no one is assigned to the team before their kedudukan (PPK) is set.
  for (const [field, p] of direct)
    if (!isStruktural(p.jenisJabatan) && !p.ppk)
      refuse({
        code: 'KEDUDUKAN_FIRST', kind: 'unprocessable', citation: rules.kedudukanFirst.citation,
        message: `${p.nama} has no kedudukan (PPK) yet: ${rules.kedudukanFirst.description}`, fields: [{ field, message: 'no kedudukan yet' }],
      });
  const ketua = direct.find(([field]) => field === ketuaField)?.[1];
  if (ketua) {
    // The ketua comes from the owning unit (the pasal is unconditional; the lampiran's "diutamakan" yields to it).
    if (!fromOwningSide(ketua))
      refuse({
        code: 'KETUA_NOT_FROM_OWNING_UNIT', kind: 'unprocessable', citation: p6.ketuaDariPemilik.citation,
        message: `${ketua.nama} is not in ${org.units[sisiPemilik].nama}: ${p6.ketuaDariPemilik.description}`,
        fields: [{ field: ketuaField!, message: 'not from the owning unit', citation: p6.ketuaDariPemilik.citation }],
      });
    const k = p6.ketua;
    const keahlian = ketua.jenjang !== undefined && ['utama', 'madya', 'muda', 'pertama'].includes(ketua.jenjang);
    if (!k.jenisJabatan.includes(ketua.jenisJabatan as 'fungsional' | 'pelaksana') || (k.hasilPenyetaraanAtauKeahlian && !ketua.hasilPenyetaraan && !keahlian))
      refuse({
        code: 'KETUA_NOT_ELIGIBLE', kind: 'unprocessable', citation: k.citation,
        message: `${ketua.nama} (${ketua.namaJabatan}) may not be ketua: ${k.description}`,
        fields: [{ field: ketuaField!, message: k.description, citation: k.citation }],
      });
  }
  // Members named directly are JF or Pelaksana of the owning side; others come in through P2.
  for (const [field, p] of direct) {
    const problems = eligibilityProblems(rules, org, { unit: sisiPemilik }, p);
    if (problems.length)
      refuse({
        code: 'EMPLOYEE_NOT_ELIGIBLE', kind: 'unprocessable', citation: problems[0].citation,
        message: `${problems.map((x) => x.message).join('; ')}${fromOwningSide(p) ? '' : `; a member from another unit comes in through anggotaLintasUnit (${profile.penunjukanLintasUnit.citation})`}`,
        fields: problems.map((x) => ({ field, message: x.message })),
      });
  }
  const s = p6.syaratKetuaLintas;
  if (ketua && lintas && s) {
    const gaps = [
      !pendidikanAtLeast(ketua.pendidikan, s.pendidikanMin) && `pendidikan ${ketua.pendidikan} is below ${s.pendidikanMin}`,
      !golonganAtLeast(ketua.golongan, s.golonganMin) && `golongan ${ketua.golongan} is below ${s.golonganMin}`,
      (!ketua.predikatTerakhir || PREDIKAT.indexOf(ketua.predikatTerakhir) > PREDIKAT.indexOf(s.predikatMin)) && `last rating ${ketua.predikatTerakhir ?? '-'} is below ${s.predikatMin}`,
      ketua.pengalamanTahun < s.pengalamanTahunMin && `${ketua.pengalamanTahun} years of experience, fewer than ${s.pengalamanTahunMin}`,
    ].filter((g): g is string => !!g);
    if (gaps.length)
      refuse({
        code: 'KETUA_REQUIREMENTS', kind: 'unprocessable', citation: s.citation,
        message: `the ketua of a team with members from other units must meet ${s.citation}: ${ketua.nama}: ${gaps.join('; ')}`,
        fields: gaps.map((g) => ({ field: ketuaField!, message: g, citation: s.citation })),
      });
  }
}

const periodeOf = (p: { mulai: string; selesai: string }) => `${tanggal(p.mulai, 'UTC')} sampai dengan ${tanggal(p.selesai, 'UTC')}`;

/** What the decree says, with the team as it stands (the workflow writes it again once linked members are in). */
export function isiKeputusan(f: FormatKeputusan, s: PembentukanTimKerjaSubject, title: string, mengubah?: { nomor: string; alasan: string }): DocumentText {
  const r = s.permintaan;
  const tahun = r.periode.mulai.slice(0, 4);
  const tim = `${r.nama} Tahun ${tahun}`;
  const sasaran = dalamKalimat(r.sasaran);
  const judul = judulDalamKalimat(title); // as a sentence names it
  const lampiran = lampiranOf(f, s);
  // An amended decree names the one it changes, and why.
  const diubah = mengubah && `${judul} Nomor ${mengubah.nomor} tentang Pembentukan ${tim}`;
  if (f.bentuk === 'surat-tugas')
    return {
      dasar: [...dasarHukum(f), `Sasaran kinerja ${s.unitPemilik.nama}: ${r.sasaran}`, ...(diubah ? [`${diubah}, yang diubah dengan surat ini (${mengubah!.alasan})`] : [])],
      kepada: s.susunan.filter((a) => a.kedudukan !== 'penanggungJawab'),
      untuk: [
        `Melaksanakan tugas sebagai ${tim} dengan kedudukan dan tugas sebagaimana tercantum dalam Lampiran`,
        `Sasaran kinerja: ${r.sasaran}; indikator kinerja: ${r.indikatorKinerja}; target: ${r.targetAngka}`,
        `Jangka waktu penugasan: ${periodeOf(r.periode)}`,
      ],
      lampiran,
    };
  return {
    tentang: diubah ? `Perubahan atas Pembentukan ${tim}` : `Pembentukan ${tim}`,
    menimbang: diubah ? [
      `bahwa ${tim} telah dibentuk dengan ${diubah}`,
      `bahwa susunan keanggotaan ${tim} perlu diubah: ${mengubah!.alasan}`,
    ] : [
      `bahwa dalam rangka mencapai sasaran kinerja ${sasaran} pada ${s.unitPemilik.nama} perlu membentuk ${tim}`,
      `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan ${judul} tentang Pembentukan ${tim}`,
    ],
    mengingat: dasarHukum(f),
    diktum: [
      ...(diubah ? [`Mengubah ${diubah}, sehingga susunan keanggotaan ${tim} menjadi sebagaimana tercantum dalam Lampiran Keputusan ini.`] : []),
      `${diubah ? 'Menetapkan' : 'Membentuk'} ${tim} dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.`,
      `${tim} bertugas mencapai sasaran kinerja ${sasaran}, dengan indikator kinerja ${dalamKalimat(r.indikatorKinerja)} dan target ${r.targetAngka}; tugas setiap anggota tercantum dalam Lampiran.`,
      `${tim} bekerja untuk jangka waktu ${periodeOf(r.periode)} dan melaporkan hasilnya kepada ${s.susunan[0].jabatan}.`,
      'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
    ],
    lampiran,
  };
}

/**
 * What a member's own Surat Tugas says (pasuruan lampiran II): on the basis of the decree that formed the
 * team, by its number and date, the place they are given in it, their tasks, and from when.
 */
export function isiSuratTugasAnggota(
  f: FormatKeputusan, s: PembentukanTimKerjaSubject, a: AnggotaTim, sebagai: string,
  keputusan: { title: string; nomor: string; tanggal: string; perubahan?: boolean },
): DocumentText {
  const r = s.permintaan;
  const tim = `${r.nama} Tahun ${r.periode.mulai.slice(0, 4)}`;
  // A member an amendment brings in: the decree that assigned them, by its own tentang (isiKeputusan's).
  const tentang = keputusan.perubahan ? `Perubahan atas Pembentukan ${tim}` : `Pembentukan ${tim}`;
  return {
    dasar: [...dasarHukum(f), `${judulDalamKalimat(keputusan.title)} Nomor ${keputusan.nomor} tanggal ${keputusan.tanggal} tentang ${tentang}`],
    kepada: [a],
    untuk: [
      `Diberikan tugas sebagai ${sebagai} dalam ${tim} pada ${s.unitPemilik.nama}`,
      // The form's angka 2 is the member's tasks; the team's sasaran, indikator and target stand in the decree's lampiran.
      `Adapun uraian tugas sebagaimana dimaksud angka 1 adalah ${dalamKalimat(a.tugas)}`,
      `Surat Tugas ini dilaksanakan terhitung mulai tanggal ${periodeOf(r.periode)}`,
    ],
  };
}

/** The susunan keanggotaan: one row per member, the columns the region's format has. */
export function lampiranOf(f: FormatKeputusan, s: PembentukanTimKerjaSubject) {
  const r = s.permintaan;
  const cell = (a: AnggotaTim, i: number, isi: Kolom): string => {
    switch (isi) {
      case 'no': return `${i + 1}.`;
      case 'susunan': return f.susunan[a.kedudukan];
      case 'nama': return a.nama;
      case 'nip': return a.nip;
      case 'namaNip': return `${a.nama}\nNIP. ${a.nip}`;
      case 'jabatan': return a.jabatan;
      case 'instansi': return a.instansi ?? f.instansi;
      case 'unit': return a.unit;
      case 'tugas': return a.tugas;
      case 'sasaran': return r.sasaran;
      case 'indikator': return r.indikatorKinerja;
      case 'target': return r.targetAngka;
    }
  };
  const order: Kedudukan[] = ['penanggungJawab', 'ketua', 'sekretaris', 'anggota'];
  const rows = [...s.susunan].sort((a, b) => order.indexOf(a.kedudukan) - order.indexOf(b.kedudukan));
  return {
    judul: [`SUSUNAN KEANGGOTAAN ${r.nama.toUpperCase()}`, `TAHUN ${r.periode.mulai.slice(0, 4)}`],
    kolom: f.susunan.kolom.map((k) => k.judul),
    baris: rows.map((a, i) => f.susunan.kolom.map((k) => cell(a, i, k.isi))),
  };
}
