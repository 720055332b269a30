// Who may see and change which object: one pure function over plain data, table-tested
// (tests/identity/policy.test.ts, tests/api/policy.test.ts). The loader (api/authorize.ts) turns a
// request into a Viewer and a case into its CaseFacts; nothing here reads a database or a clock.
//
// - An e-office key that names no official keeps the region-scoped reads its read right gives.
// - An official (signed in, or vouched for by a key with act-for-officials) sees the cases they take
//   part in, and a unit leader (PUO, PPK, Pimpinan PD) also those of the people of the units they
//   lead, down the tree, and of those whose kedudukan names them: their `circle` of NIPs.
// - An auditor of a region reads every case, history, document and notification of it; changes nothing.
// - A kepegawaian admin (BKPSDM) of a region imports its master data.
// - The events of a region (the feed) are its e-office systems' and its auditors'; webhook subscriptions
//   are an e-office system's own, managed with its key naming no official.
// A case the caller may not see does not exist for them (404); a refusal of what they can see
// names its rule (403).
import type { CaseView } from '../domain/kasus';
import type { Right, Role } from '../config';

/** The refusals of the policy (each in the API's registry of codes, api/errorCodes.ts). */
type PolicyCode = 'MASTER_DATA_HISTORY_NOT_GRANTED' | 'MASTER_DATA_NOT_GRANTED' | 'NOT_AN_AUDITOR' | 'NOT_APPOINTER' | 'READ_ONLY_ROLE' | 'REGION_NOT_ALLOWED' | 'REGISTER_NOT_FOR_OFFICIALS' | 'WEBHOOKS_FOR_SYSTEMS';

export interface Viewer {
  /** Regions the credential reaches (a key's scope, a signed-in official's master data); undefined: all. */
  regions?: string[];
  /** The key the request came with; absent for a signed-in official. */
  system?: { name: string; rights: Right[] };
  /** The official acting, with the NIPs whose cases they see (their own first) and their roles by region. */
  official?: { nip: string; circle: string[]; roles: Partial<Record<Role, string[]>> };
}

/** What the policy needs to know of a case. */
export interface CaseFacts { caseId: string; regions: string[]; participants: string[] }

export type Operation =
  | { op: 'case.read'; case: CaseFacts }
  | { op: 'case.act'; case: CaseFacts }
  | { op: 'case.start'; region: string }
  | { op: 'cases.list'; region?: string }
  | { op: 'register.read'; region?: string }
  | { op: 'audit.read'; region?: string }
  | { op: 'master-data.import'; region: string }
  | { op: 'master-data.read'; region: string }
  /** Every notification of a region, whoever it is for (an official's own need no check). */
  | { op: 'notifications.region'; region: string }
  /** Making or ending a Plt/Plh delegation to a position: its appointers (domain/delegasi.ts pengangkatOf), and whether the BKPSDM records it. */
  | { op: 'delegation.make'; region: string; jabatan: string; appointers: string[]; kepegawaian: boolean; citation: string }
  | { op: 'delegations.read'; region: string }
  /** The event feed of a region (absent: of every region the caller reads). */
  | { op: 'events.read'; region?: string }
  /** The caller's own webhook subscriptions, receiving the events of these regions. */
  | { op: 'webhooks.manage'; regions?: string[] };

export type Decision =
  | { allow: true }
  | { allow: false; status: 403; code: PolicyCode; message: string; citation: string }
  /** Existence must not leak: the same answer as for an object that does not exist, without a rule. */
  | { allow: false; status: 404; code: 'CASE_NOT_FOUND'; message: string };

/** Personal data is processed only for its purpose and only as far as it needs (UU 27/2022 tentang Pelindungan Data Pribadi). */
export const CITATION_PURPOSE = 'UU 27/2022 (Pelindungan Data Pribadi) Pasal 16 ayat (2) huruf a dan b';
/** The inspectorate (APIP) oversees by audit, review, evaluation and monitoring: reading, never taking part. */
export const CITATION_AUDITOR = 'PP 60/2008 (Sistem Pengendalian Intern Pemerintah) Pasal 48 ayat (2)';
/** Personnel data of the region is the kepegawaian agency's (BKPSDM) to keep; who that is, the deployment configures. */
export const CITATION_KEPEGAWAIAN = 'PP 11/2017 (Manajemen PNS) jo. PP 17/2020; KEPEGAWAIAN_ADMINS of the deployment';

const ALLOW: Decision = { allow: true };
const hidden = (c: CaseFacts): Decision => ({ allow: false, status: 404, code: 'CASE_NOT_FOUND', message: `no case ${c.caseId}` });
const refused = (code: PolicyCode, message: string, citation: string): Decision => ({ allow: false, status: 403, code, message, citation });

const reaches = (v: Viewer, region: string) => !v.regions || v.regions.includes(region);
const hasRole = (v: Viewer, role: Role, region: string) => !!v.official?.roles[role]?.includes(region);
/** The region is named by the caller: saying it is not theirs leaks nothing. */
const outOfRegion = (v: Viewer, region: string) =>
  refused('REGION_NOT_ALLOWED', `${v.official && !v.system ? `official ${v.official.nip} belongs to` : `the API key of ${v.system?.name} is for`} ${v.regions!.join(', ')}, not ${region}`, CITATION_PURPOSE);
const who = (v: Viewer) => (v.official ? `official ${v.official.nip}` : `the API key of ${v.system?.name}`);

/** The NIPs a case names as taking part: requester, recorder, every step's assignee and escalation, the employees, those named in the request and the timeline. */
export function participantsOf(view: CaseView): string[] {
  const nips = new Set<string>([view.pemohon.nip]);
  for (const t of view.tasks) {
    nips.add(t.assignee.nip);
    if (t.delegasi) nips.add(t.delegasi.pemegang.nip);
    for (const e of t.escalateTo ?? []) nips.add(e.nip);
  }
  for (const e of [view.assignedEmployee, ...(view.assignedEmployees ?? [])]) if (e) nips.add(e.nip);
  for (const e of view.timeline) for (const p of [e.actor, e.employee, e.atasNama, e.delegasi?.pemegang, ...(e.employees ?? [])]) if (p) nips.add(p.nip);
  for (const nip of nipsIn(view.subject)) nips.add(nip);
  return [...nips];
}

/** Every 18-digit NIP named anywhere in a request (the employee, team members, tembusan by NIP). */
function nipsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^\d{18}$/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(nipsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(nipsIn);
  return [];
}

/** May the viewer see the case at all (whatever else they may do with it)? */
function sees(v: Viewer, c: CaseFacts): boolean {
  if (!c.regions.some((r) => reaches(v, r))) return false;
  if (!v.official) return true; // a key naming no official: the region's reads
  if (c.regions.some((r) => hasRole(v, 'auditor', r))) return true;
  return v.official.circle.some((n) => c.participants.includes(n));
}

/** What a region's auditors and its e-office systems read, and no other official: the register, the audit log. */
function auditorsAndSystems(v: Viewer, region: string | undefined, code: PolicyCode, what: string): Decision {
  if (region && !reaches(v, region)) return outOfRegion(v, region);
  if (v.official && !(region ? hasRole(v, 'auditor', region) : (v.official.roles.auditor ?? []).length))
    return refused(code, `${who(v)} is no auditor${region ? ` of ${region}` : ''}: ${what}`, CITATION_PURPOSE);
  return ALLOW;
}

export function decide(v: Viewer, o: Operation): Decision {
  switch (o.op) {
    case 'case.read':
      return sees(v, o.case) ? ALLOW : hidden(o.case);
    case 'case.act': {
      if (!sees(v, o.case)) return hidden(o.case);
      // An auditor who takes no part in the case reads it; only those it names may act on it.
      if (v.official && !o.case.participants.some((n) => v.official!.circle.includes(n)))
        return refused('READ_ONLY_ROLE', `${who(v)} audits case ${o.case.caseId} and takes no part in it: an auditor reads, changes nothing`, CITATION_AUDITOR);
      return ALLOW;
    }
    case 'case.start':
    case 'cases.list':
      return !o.region || reaches(v, o.region) ? ALLOW : outOfRegion(v, o.region);
    case 'register.read':
      return auditorsAndSystems(v, o.region, 'REGISTER_NOT_FOR_OFFICIALS', 'the register of the region\'s letters is read by its auditors and its e-office systems; an official finds their documents in their cases');
    case 'audit.read':
      return auditorsAndSystems(v, o.region, 'NOT_AN_AUDITOR', 'the audit log of a region is read by its auditors and its e-office systems');
    case 'master-data.import':
      if (!reaches(v, o.region)) return outOfRegion(v, o.region);
      // The key's master-data right is the BKPSDM system's word (identity/rights.ts refuses a key without it).
      if (!v.system?.rights.includes('master-data') && !hasRole(v, 'kepegawaian', o.region))
        return refused('MASTER_DATA_NOT_GRANTED', `${who(v)} is no kepegawaian admin of ${o.region}: only its BKPSDM (or an e-office system with the master-data right) imports its master data`, CITATION_KEPEGAWAIAN);
      return ALLOW;
    case 'master-data.read':
      if (!reaches(v, o.region)) return outOfRegion(v, o.region);
      if (v.official && !hasRole(v, 'kepegawaian', o.region) && !hasRole(v, 'auditor', o.region))
        return refused('MASTER_DATA_HISTORY_NOT_GRANTED', `${who(v)} is neither an auditor nor a kepegawaian admin of ${o.region}: the history of its master data is theirs to read`, CITATION_PURPOSE);
      return ALLOW;
    case 'events.read':
      return auditorsAndSystems(v, o.region, 'NOT_AN_AUDITOR', 'the events of a region are read by its auditors and its e-office systems; an official follows their inbox');
    case 'webhooks.manage': {
      if (v.official || !v.system)
        return refused('WEBHOOKS_FOR_SYSTEMS', `${who(v)} names an official: webhook subscriptions are an e-office system's own, managed with its key naming none`, CITATION_PURPOSE);
      const outside = o.regions?.find((r) => !reaches(v, r));
      return outside ? outOfRegion(v, outside) : ALLOW;
    }
    case 'notifications.region':
      if (!reaches(v, o.region)) return outOfRegion(v, o.region);
      if (!hasRole(v, 'auditor', o.region))
        return refused('NOT_AN_AUDITOR', `${who(v)} is no auditor of ${o.region}: an official reads the notifications for them, the region's auditors all of them`, CITATION_PURPOSE);
      return ALLOW;
    case 'delegation.make':
      if (!reaches(v, o.region)) return outOfRegion(v, o.region);
      if ((v.official && o.appointers.includes(v.official.nip)) || (o.kepegawaian && hasRole(v, 'kepegawaian', o.region))) return ALLOW;
      return refused('NOT_APPOINTER', `${who(v)} does not appoint a Plh or Plt to ${o.jabatan}: ${[...o.appointers, ...(o.kepegawaian ? [`the kepegawaian admins of ${o.region}`] : [])].join(' or ') || 'nobody in the master data'} does`, o.citation);
    case 'delegations.read':
      return reaches(v, o.region) ? ALLOW : outOfRegion(v, o.region);
    default: {
      const never: never = o;
      return never;
    }
  }
}

/**
 * What a list of cases may show the viewer (filters apply within it): the regions, and — for an
 * official who audits none of them — only the cases naming someone of their circle.
 */
export function caseScope(v: Viewer, region?: string): { regions?: string[]; naming?: string[] } {
  const regions = region ? [region] : v.regions;
  if (!v.official) return { regions };
  const audited = v.official.roles.auditor ?? [];
  if (regions && regions.every((r) => audited.includes(r))) return { regions };
  // Cases of an audited region and the circle's cases elsewhere: one list per kind keeps the SQL simple, so
  // the auditor of some regions lists those with ?region=.
  return { regions, naming: v.official.circle };
}

/** The regions whose events a reader the policy let through (events.read) gets: a key's, or the regions an official audits. */
export function eventRegions(v: Viewer, region?: string): string[] | undefined {
  if (region) return [region];
  if (!v.official) return v.regions;
  return (v.official.roles.auditor ?? []).filter((r) => reaches(v, r));
}
