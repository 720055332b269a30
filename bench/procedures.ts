// The procedures `npm run bench` drives (bench/cases.ts), in one table: who starts a case of each and
// with what demo request, what its walk needs besides approving every open task (the other agency's
// answer, the cases it links, a case issued before it), and how far a case goes. Pure: the command
// line is resolved here, so the table and its answers are tested without a running service.
import { penunjukanDalamUnit, pengusul } from '../demo/penunjukanDalamUnit';
import { pengajuanSukarela as sukarelaDalamUnit, sukarelawan } from '../demo/pengajuanSukarelaDalamUnit';
import { pengajuanSukarela as sukarelaLintasUnit, relawan } from '../demo/pengajuanSukarelaLintasUnit';
import { pembentukanTim } from '../demo/pembentukanTimKerja';
import { permohonan, requester } from '../demo/permohonan';
import { penunjukanLintasInstansi } from '../demo/penunjukanLintasInstansi';
import { penilai, rekomendasiPenilaian } from '../demo/rekomendasiPenilaianKinerja';
import type { CaseStatus, CaseView, Task } from '../domain/kasus';
import type { PembentukanTimKerjaSubject } from '../procedures/pembentukanTimKerja/plan';
import { PROCEDURES, type Procedure } from '../procedures';
import { isRegion, PROFILES, REGIONS } from '../profiles';
import type { Region, RegionalProfile } from '../profiles/schema';
import type { BaselineInput } from './baseline-workflow';

export interface Benched {
  /** Who starts a case. */
  actor: (r: Region) => string;
  /** The demo request; `setUp`: the id of the case set up before measuring, where there is one. */
  request: (r: Region, setUp?: string) => object;
  /** Whether a region's regulation provides the procedure at all, where not every one does, and where it says so. */
  provided?: (profile: RegionalProfile) => { provided: boolean; citation: string };
  /** A case of this (benched) procedure issued once before the warm-up, not measured, that every case refers to. */
  setUp?: string;
  /** What approving a step adds, by task id, where the step answers with more than its decision. */
  answers?: Record<string, (task: Task) => object>;
  /** The cases it starts and waits for, walked with it: each one a case of its own, with its own tasks. */
  linked?: (c: CaseView) => string[];
  /** How far a case goes: issued, or in force (a decree that stands, and the case with it, until its period ends). */
  done: CaseStatus;
}

export const BENCHED: Record<string, Benched> = {
  'penunjukan-dalam-unit': { actor: pengusul, request: (r) => penunjukanDalamUnit(r), done: 'issued' },
  'penunjukan-lintas-unit': { actor: requester, request: (r) => permohonan(r), done: 'issued' },
  // Another agency on this service (banjar asks pati, pati asks banjar) takes its hops through the same
  // all-regions key, and its PPK answers with its list: every candidate, each of whom acknowledges.
  'penunjukan-lintas-instansi': {
    actor: requester, request: (r) => penunjukanLintasInstansi(r), done: 'issued',
    provided: (p) => p.penunjukanLintasInstansi,
    answers: { 'jawaban-ppk-tujuan': (t) => ({ employeeNips: (t.candidates ?? []).map((c) => c.nip) }) },
  },
  'pengajuan-sukarela-dalam-unit': { actor: sukarelawan, request: (r) => sukarelaDalamUnit(r), done: 'issued' },
  'pengajuan-sukarela-lintas-unit': { actor: relawan, request: () => sukarelaLintasUnit(), done: 'issued' },
  // The member from Diskominfo comes in through a linked P2 case; the team's decree then stands.
  'pembentukan-tim-kerja': {
    actor: requester, request: (r) => pembentukanTim(r), done: 'in-force',
    linked: (c) => (c.subject as PembentukanTimKerjaSubject).linkedCases.map((l) => l.caseId),
  },
  // The leader rates the member of one issued P2 assignment; a rating does not use it up.
  'rekomendasi-penilaian-kinerja': { actor: penilai, request: (_, penugasan) => rekomendasiPenilaian(penugasan!), setUp: 'penunjukan-lintas-unit', done: 'issued' },
};

/** Procedures with a bench of their own, and why. */
export const BENCHED_ELSEWHERE: Record<string, string> = {
  'siklus-kinerja': 'npm run bench:p7 (a cycle of reports after an issued assignment, not a case that ends)',
};

export interface Resolved { procedure: Procedure; benched: Benched; region: Region }

const codeOf = (id: string) => PROCEDURES[id].code.toUpperCase();

/**
 * `--procedure` (P1..P8, a procedure id or a workflow type) and `--region` (default: bengkalis, or the
 * first region whose regulation provides the procedure): what to bench, or the one line saying why not.
 */
export function resolve(rawProcedure: string, rawRegion?: string): Resolved | { error: string } {
  const procedure = Object.values(PROCEDURES).find((p) => [p.code, p.id, p.workflowType].includes(rawProcedure) || p.code === rawProcedure.toLowerCase());
  if (!procedure) return { error: `unknown procedure ${rawProcedure}` };
  const name = `${codeOf(procedure.id)} (${procedure.id})`;
  if (BENCHED_ELSEWHERE[procedure.id]) return { error: `${name} is benched by ${BENCHED_ELSEWHERE[procedure.id]}` };
  const benched = BENCHED[procedure.id];
  if (!benched) return { error: `${name} is not benched; benched: ${Object.keys(BENCHED).map(codeOf).join(', ')}` };
  const provided = (r: Region) => benched.provided?.(PROFILES[r]) ?? { provided: true, citation: '' };
  const providing = REGIONS.filter((r) => provided(r).provided);
  if (rawRegion !== undefined && !isRegion(rawRegion)) return { error: `unknown region ${rawRegion}` };
  const region = rawRegion ?? (providing.includes('bengkalis') ? 'bengkalis' : providing[0]);
  if (!providing.includes(region)) return { error: `${name} is not provided in ${region} (${provided(region).citation}); benched in ${providing.join(', ')}` };
  return { procedure, benched, region };
}

/** What one case took, as the output line names it: its Updates and documents, and each linked case's. */
export function describeShape({ decisions, documents, acknowledgements, linked = [] }: BaselineInput): string {
  const own = `${decisions} decision(s), ${documents} document(s), ${acknowledgements} receipt(s)`;
  return linked.length ? `${own}, after ${linked.length} linked case(s) as child workflows: ${linked.map((l) => `(${describeShape(l)})`).join(', ')}` : own;
}
