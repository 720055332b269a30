// What every procedure's plan does the same way: resolve the officials a profile section names
// against the org tree, check that the acting official holds the requester's role, resolve steps
// and documents, and fill the case header. Pure: the caller loads the org snapshot.
import type { DocumentSpec, OfficialRole, RegionalProfile, StepSpec, TembusanSpec } from '../profiles/schema';
import type { Rule, CaseRules, CaseView, Deadlines, DocumentText, PengaturanSiklus, PlannedCase, ResolvedDocument, ResolvedStep } from './kasus';
import { jabatanLengkap, perangkatDaerahOf, type OrgSnapshot, type Pegawai } from './organisasi';
import { asCandidate, officialRef } from './penugasan';
import { atasanOf, holdsRole, resolveRole, ROLE_TITLE, type RoleContext } from './pejabat';
import { refuse } from './refusal';
import { tanggal } from './dokumen';
import { penerimaLaporanDipilih } from './siklus';

/** What the API passes to every plan. */
export interface PlanContext {
  caseId: string;
  actorNip: string;
  deadlines: Deadlines;
  /** The cases the procedure reads (its registry entry's `related`), by id, as projected now. */
  related?: Record<string, CaseView>;
  /** The other region a case spans (penunjukan lintas instansi), its profile and the master data the plan reads there. */
  mitra?: { profile: RegionalProfile; org: OrgSnapshot };
  /** The request's settings for the work cycle its assignment continues into (Procedure.bekerja). */
  siklusKinerja?: PengaturanSiklus;
  /** Agencies not on this service the deployment declares (EXTERNAL_AGENCIES): a case may ask one, naming its officials. */
  instansiLuar?: string[];
  /** Units the request names that this region lacks and another government on this service has: kode → that government (PEMERINTAH …). */
  unitInstansiLain?: Record<string, string>;
  /** The day the request arrives (yyyy-mm-dd): an NIP the request names cannot be born or appointed later. Absent: not checked against it. */
  today?: string;
}

export function planKit(profile: RegionalProfile, org: OrgSnapshot, roles: RoleContext) {
  /** The holder of a role, or a refusal saying which master data is missing. */
  const holder = (role: OfficialRole, citation: string): Pegawai => {
    const p = resolveRole(role, profile, org, roles);
    // The employee's own PPK is who their kedudukan names: none yet is the kedudukan-first rule, not missing master data.
    if (!p && role === 'ppk-pegawai' && roles.pegawai && !roles.pegawai.ppk)
      refuse({
        code: 'KEDUDUKAN_FIRST', kind: 'unprocessable', citation: profile.kedudukanFirst.citation,
        message: `${roles.pegawai.nama} has no kedudukan (PPK) yet: ${profile.kedudukanFirst.description}`,
        fields: [{ field: 'pegawai', message: 'no kedudukan yet', citation: profile.kedudukanFirst.citation }],
      });
    if (!p)
      refuse({
        code: 'OFFICIAL_NOT_FOUND', kind: 'unprocessable', citation,
        message: `the master data names no ${ROLE_TITLE[role]} for this case: load the head of the unit or the employee's kedudukan first`,
      });
    return p;
  };

  return {
    holder,

    /** The acting official must hold the requester's role: they learn that before any other rule. */
    requester(spec: { role: OfficialRole; citation: string }, actorNip: string, what: string) {
      const expected = holder(spec.role, spec.citation);
      if (!holdsRole(spec.role, profile, org, roles, actorNip))
        refuse({
          code: 'NOT_REQUESTER_ROLE', kind: 'forbidden', citation: spec.citation,
          message: `${what} is sent by the ${ROLE_TITLE[spec.role]} (${expected.nama}, ${expected.nip})`,
        });
      // A Plt sends it from the vacant position they act in, not from their own.
      const p = expected.nip === actorNip ? expected : org.pegawai[actorNip];
      return { ...officialRef(org, p), role: ROLE_TITLE[spec.role], citation: spec.citation, pegawai: p };
    },

    steps(specs: StepSpec[], choosesEmployee = (s: StepSpec) => s.kind === 'keputusan'): ResolvedStep[] {
      return specs.map((s) => {
        const assignee = holder(s.actor, s.citation);
        const atasan = atasanOf(org, assignee);
        return {
          id: s.id, kind: s.kind, title: s.title, citation: s.citation, role: ROLE_TITLE[s.actor],
          assignee: officialRef(org, assignee), atasan: atasan && officialRef(org, atasan),
          ...(choosesEmployee(s) ? { choosesEmployee: true } : {}),
        };
      });
    },

    /**
     * Who a document is copied to, each once: one official holding two roles named (PPK and PUO) is
     * one line, and the signer is never copied their own letter.
     */
    tembusan(list: TembusanSpec[], citation: string, signer?: Pegawai): string[] {
      const holders = list.map((t) => ('text' in t ? t.text : holder(t.role, citation)));
      const others = holders.filter((h) => typeof h === 'string' || h.nip !== signer?.nip);
      return [...new Set(others.map((h) => (typeof h === 'string' ? h : jabatanLengkap(org, h))))];
    },

    /** Each document with its signatory, issuing unit and tembusan; `isi` writes what it says. */
    documents(specs: DocumentSpec[], isi: (d: DocumentSpec) => DocumentText): ResolvedDocument[] {
      return specs.map((d) => {
        const signer = holder(d.signatory, d.citation);
        const unit = org.units[signer.unit];
        const pd = perangkatDaerahOf(org.units, signer.unit)!;
        return {
          kind: d.kind, title: d.title, nomorTemplate: d.nomor, nomorCitation: d.nomorCitation, citation: d.citation,
          // A Plt or Pj signs "Plt."/"Pj." before the vacant position's jabatan (Permendagri 1/2023; domain/dokumen: jabatanTandaTangan);
          // a Pj of the Sekretaris Daerah, like the Sekretaris Daerah, without NIP and pangkat (pasal 44(5)).
          signatory: {
            ...officialRef(org, signer), golongan: signer.golongan, ...(isSekretarisDaerah(org, signer) ? { sekretarisDaerah: true } : {}),
            ...(signer.lowong ? { jabatan: jabatanLengkap(org, signer), delegasi: signer.lowong.jenis } : {}),
            // Where the format has the Sekretaris Daerah sign for the kepala daerah: "a.n. BUPATI …" above the jabatan, as the profile words it.
            ...(d.atasNamaKepalaDaerah ? { atasNama: profile.delegasi.tandaTangan.atasNama } : {}),
          },
          issuingUnit: { kode: unit.kode, nama: unit.nama, kodeSurat: unit.kodeSurat, kodePd: pd.kodeSurat, namaPd: pd.nama, alamat: pd.alamat },
          tembusan: this.tembusan(d.tembusan, d.citation, signer),
          penutup: d.penutup,
          isi: isi(d),
          ...(d.kepalaDaerah ? { penetap: { jabatan: profile.kepalaDaerah, citation: d.kepalaDaerah } } : {}),
        };
      });
    },

    candidate: (p: Pegawai) => asCandidate(org, p),
  };
}

/** The head of the Sekretariat Daerah: signs by office (Permendagri 1/2023 pasal 44(3)). */
const isSekretarisDaerah = (org: OrgSnapshot, p: Pegawai) => p.memimpinUnit && org.units[p.unit]?.jenis === 'sekretariat-daerah';

/** The header every planned case carries: the region's letterhead facts and the legal basis. */
export function caseHeader(profile: RegionalProfile, ctx: PlanContext, c: { procedure: string; procedureCitation: string; judul: string }) {
  // The work cycle's receivers are chosen where the text gives a choice: a choice it does not give is refused now, not when the cycle starts.
  // A team's (P6) by the text on the ketua's report, an individual's by the text on theirs.
  if (ctx.siklusKinerja?.penerimaLaporan !== undefined) penerimaLaporanDipilih(profile, ctx.siklusKinerja.penerimaLaporan, 'siklusKinerja.penerimaLaporan', c.procedure === 'pembentukan-tim-kerja');
  return {
    caseId: ctx.caseId,
    procedure: c.procedure,
    region: profile.id,
    judul: c.judul,
    pemerintah: profile.pemerintah,
    kepalaDaerah: profile.kepalaDaerah,
    tempat: profile.tempat,
    zonaWaktu: profile.zonaWaktu,
    regulation: profile.regulation,
    procedureCitation: c.procedureCitation,
    deadlines: ctx.deadlines,
    ...(ctx.siklusKinerja ? { siklusKinerja: ctx.siklusKinerja } : {}),
  } satisfies Partial<PlannedCase>;
}

/** The rules the kernel cites, from a procedure's profile section and the region's kedudukan rule. */
export const caseRules = (profile: RegionalProfile, s: Omit<CaseRules, 'kedudukanFirst'>): CaseRules => ({
  refusalReasons: s.refusalReasons, acknowledgement: s.acknowledgement, employeeMatch: s.employeeMatch, kedudukanFirst: profile.kedudukanFirst,
  ...(s.standardReasons ? { standardReasons: s.standardReasons } : {}),
});

/** The dasar hukum every letter of this service opens with. */
export const dasarHukum = (profile: Pick<RegionalProfile, 'regulation'>) => [
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun 2022 tentang Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi',
  profile.regulation.title,
];

/**
 * A value the request wrote as a sentence of its own, set inside a letter's sentence: its first letter
 * small ("sasaran kinerja tersedianya data …"), unless its first word is an abbreviation (SPBE, eKinerja).
 */
export const dalamKalimat = (v: string) => (/^[A-Z][a-z]/.test(v) && !/^\S*[A-Z]\S*[A-Z]/.test(v.split(' ')[0]) ? v[0].toLowerCase() + v.slice(1) : v);

/** A title in capitals (KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BANJAR) as a sentence names it: Keputusan Sekretaris Daerah Kabupaten Banjar. */
export const judulDalamKalimat = (title: string) => title.toLowerCase().replace(/(^|\s)(\S)/g, (_, a: string, b: string) => a + b.toUpperCase());

/** An article as the law cites it: "Pasal 14 ayat (2) Peraturan Bupati Banjar Nomor 39 Tahun 2024" from "banjar pasal 14(2)". */
export function pasalHukum(profile: Pick<RegionalProfile, 'regulation'>, citation: string): string | undefined {
  const m = /pasal (\d+)(?:\((\d+)\))?/.exec(citation);
  return m ? `Pasal ${m[1]}${m[2] ? ` ayat (${m[2]})` : ''} ${profile.regulation.title.split(' tentang ')[0]}` : undefined;
}

/**
 * The request letter a document rests on, as its Dasar cites it: whose letter, its number and its
 * date (the day the request arrived where the request gave none), never the case id.
 */
export function suratDasar(jenis: string, dari: string, surat: { nomor?: string; tanggal?: string } | undefined, hariMasuk?: string): string {
  const tgl = surat?.tanggal ?? hariMasuk;
  return `${jenis} ${dari}${surat?.nomor ? ` Nomor ${surat.nomor}` : ''}${tgl ? ` tanggal ${tanggal(tgl, 'UTC')}` : ''}`;
}

/**
 * A procedure that stays within one agency (P2, P5): a request naming another government, by
 * `instansiTujuan` or by a unit only another government on this service has, is refused with the rule
 * that keeps it within one, naming penunjukan lintas instansi where the region provides it.
 */
export function withinAgency(profile: RegionalProfile, org: OrgSnapshot, crossAgency: Rule, what: string, req: { instansiTujuan?: string; unitTujuan: string }, unitLain: Record<string, string> = {}) {
  const named = req.instansiTujuan !== undefined && req.instansiTujuan.trim().toUpperCase() !== profile.pemerintah;
  const lain = !org.units[req.unitTujuan] && unitLain[req.unitTujuan];
  if (!named && !lain) return;
  const p3 = profile.penunjukanLintasInstansi;
  refuse({
    code: 'NOT_SAME_AGENCY', kind: 'unprocessable', citation: crossAgency.citation,
    message: `${what} stays within ${profile.pemerintah}${named ? '' : `; unit ${req.unitTujuan} is of ${lain}`}; ${crossAgency.description}${p3.provided ? ` (penunjukan-lintas-instansi, ${p3.citation})` : ''}`,
    fields: [{ field: named ? 'instansiTujuan' : 'unitTujuan', message: 'another agency', citation: crossAgency.citation }],
  });
}

/** Checks of a request's fields that every procedure shares. */
export const requestChecks = (profile: RegionalProfile, org: OrgSnapshot) => ({
  unit(field: string, kode: string) {
    if (!org.units[kode])
      refuse({ code: 'UNIT_NOT_FOUND', kind: 'unprocessable', message: `unit ${kode} is not in the ${profile.id} master data`, fields: [{ field, message: 'unknown unit' }] });
    return org.units[kode];
  },
  employee(field: string, nip: string) {
    const p = org.pegawai[nip];
    if (!p)
      refuse({ code: 'EMPLOYEE_NOT_FOUND', kind: 'unprocessable', message: `no employee with NIP ${nip} in the ${profile.id} master data`, fields: [{ field, message: 'unknown NIP' }] });
    return p;
  },
  period(field: string, p: { mulai: string; selesai: string }) {
    if (p.selesai <= p.mulai)
      refuse({ code: 'PERIOD_INVALID', kind: 'invalid', message: `${field}.selesai must be after ${field}.mulai`, fields: [{ field: `${field}.selesai`, message: 'must be after mulai' }] });
  },
});
