// The policy as a pure function: who sees and changes which case, table by table.
import { describe, expect, it } from 'vitest';
import type { CaseView } from '../../domain/kasus';
import { caseScope, decide, eventRegions, participantsOf, type CaseFacts, type Operation, type Viewer } from '../../identity/policy';

const nip = (n: number) => `19800101200501${String(n).padStart(4, '0')}`;
const [REQUESTER, ASSIGNEE, EMPLOYEE, LEADER, STRANGER, AUDITOR, ADMIN, TEAM] = [1, 2, 3, 4, 5, 6, 7, 8].map(nip);
const facts: CaseFacts = { caseId: 'banjar-p2-1', regions: ['banjar'], participants: [REQUESTER, ASSIGNEE, EMPLOYEE] };

const official = (n: string, o: Partial<NonNullable<Viewer['official']>> = {}, regions = ['banjar']): Viewer =>
  ({ regions, official: { nip: n, circle: [n], roles: {}, ...o } });
const VIEWERS: Record<string, Viewer> = {
  requester: official(REQUESTER),
  stranger: official(STRANGER),
  leader: official(LEADER, { circle: [LEADER, EMPLOYEE] }),
  auditor: official(AUDITOR, { roles: { auditor: ['banjar'] } }),
  admin: official(ADMIN, { roles: { kepegawaian: ['banjar'] } }),
  'pati official': official(STRANGER, {}, ['pati']),
  'banjar key': { regions: ['banjar'], system: { name: 'eoffice-banjar', rights: ['read', 'act-for-officials'] } },
  'bkpsdm key': { regions: ['banjar'], system: { name: 'bkpsdm-banjar', rights: ['master-data'] } },
  'pati key': { regions: ['pati'], system: { name: 'eoffice-pati', rights: ['read'] } },
};
const OPS: Record<string, Operation> = {
  read: { op: 'case.read', case: facts },
  act: { op: 'case.act', case: facts },
  start: { op: 'case.start', region: 'banjar' },
  list: { op: 'cases.list', region: 'banjar' },
  register: { op: 'register.read', region: 'banjar' },
  import: { op: 'master-data.import', region: 'banjar' },
  history: { op: 'master-data.read', region: 'banjar' },
  notifications: { op: 'notifications.region', region: 'banjar' },
  // A position inside a PD, appointed to by its head (the leader); one above, recorded by the BKPSDM.
  appoint: { op: 'delegation.make', region: 'banjar', jabatan: 'KABID-APTIKA', appointers: [LEADER], kepegawaian: false, citation: 'UU 30/2014 Pasal 14' },
  'appoint above': { op: 'delegation.make', region: 'banjar', jabatan: 'KADIS-KOMINFO', appointers: [], kepegawaian: true, citation: 'UU 30/2014 Pasal 14' },
  delegations: { op: 'delegations.read', region: 'banjar' },
  events: { op: 'events.read', region: 'banjar' },
  webhooks: { op: 'webhooks.manage', regions: ['banjar'] },
};
// Expected: 200 allowed, or the refusal's status and code.
const TABLE: Record<string, Record<string, string>> = {
  requester: { read: '200', act: '200', start: '200', list: '200', register: '403 REGISTER_NOT_FOR_OFFICIALS', import: '403 MASTER_DATA_NOT_GRANTED', history: '403 MASTER_DATA_HISTORY_NOT_GRANTED', notifications: '403 NOT_AN_AUDITOR', appoint: '403 NOT_APPOINTER', 'appoint above': '403 NOT_APPOINTER', delegations: '200', events: '403 NOT_AN_AUDITOR', webhooks: '403 WEBHOOKS_FOR_SYSTEMS' },
  stranger: { read: '404 CASE_NOT_FOUND', act: '404 CASE_NOT_FOUND', start: '200', list: '200', register: '403 REGISTER_NOT_FOR_OFFICIALS', import: '403 MASTER_DATA_NOT_GRANTED', history: '403 MASTER_DATA_HISTORY_NOT_GRANTED', notifications: '403 NOT_AN_AUDITOR', appoint: '403 NOT_APPOINTER', 'appoint above': '403 NOT_APPOINTER', delegations: '200', events: '403 NOT_AN_AUDITOR', webhooks: '403 WEBHOOKS_FOR_SYSTEMS' },
  leader: { read: '200', act: '200', start: '200', list: '200', register: '403 REGISTER_NOT_FOR_OFFICIALS', import: '403 MASTER_DATA_NOT_GRANTED', history: '403 MASTER_DATA_HISTORY_NOT_GRANTED', notifications: '403 NOT_AN_AUDITOR', appoint: '200', 'appoint above': '403 NOT_APPOINTER', delegations: '200', events: '403 NOT_AN_AUDITOR', webhooks: '403 WEBHOOKS_FOR_SYSTEMS' },
  auditor: { read: '200', act: '403 READ_ONLY_ROLE', start: '200', list: '200', register: '200', import: '403 MASTER_DATA_NOT_GRANTED', history: '200', notifications: '200', appoint: '403 NOT_APPOINTER', 'appoint above': '403 NOT_APPOINTER', delegations: '200', events: '200', webhooks: '403 WEBHOOKS_FOR_SYSTEMS' },
  admin: { read: '404 CASE_NOT_FOUND', act: '404 CASE_NOT_FOUND', start: '200', list: '200', register: '403 REGISTER_NOT_FOR_OFFICIALS', import: '200', history: '200', notifications: '403 NOT_AN_AUDITOR', appoint: '403 NOT_APPOINTER', 'appoint above': '200', delegations: '200', events: '403 NOT_AN_AUDITOR', webhooks: '403 WEBHOOKS_FOR_SYSTEMS' },
  'pati official': { read: '404 CASE_NOT_FOUND', act: '404 CASE_NOT_FOUND', start: '403 REGION_NOT_ALLOWED', list: '403 REGION_NOT_ALLOWED', register: '403 REGION_NOT_ALLOWED', import: '403 REGION_NOT_ALLOWED', history: '403 REGION_NOT_ALLOWED', notifications: '403 REGION_NOT_ALLOWED', appoint: '403 REGION_NOT_ALLOWED', 'appoint above': '403 REGION_NOT_ALLOWED', delegations: '403 REGION_NOT_ALLOWED', events: '403 REGION_NOT_ALLOWED', webhooks: '403 WEBHOOKS_FOR_SYSTEMS' },
  'banjar key': { read: '200', act: '200', start: '200', list: '200', register: '200', import: '403 MASTER_DATA_NOT_GRANTED', history: '200', notifications: '403 NOT_AN_AUDITOR', appoint: '403 NOT_APPOINTER', 'appoint above': '403 NOT_APPOINTER', delegations: '200', events: '200', webhooks: '200' },
  'bkpsdm key': { read: '200', act: '200', start: '200', list: '200', register: '200', import: '200', history: '200', notifications: '403 NOT_AN_AUDITOR', appoint: '403 NOT_APPOINTER', 'appoint above': '403 NOT_APPOINTER', delegations: '200', events: '200', webhooks: '200' },
  'pati key': { read: '404 CASE_NOT_FOUND', act: '404 CASE_NOT_FOUND', start: '403 REGION_NOT_ALLOWED', list: '403 REGION_NOT_ALLOWED', register: '403 REGION_NOT_ALLOWED', import: '403 REGION_NOT_ALLOWED', history: '403 REGION_NOT_ALLOWED', notifications: '403 REGION_NOT_ALLOWED', appoint: '403 REGION_NOT_ALLOWED', 'appoint above': '403 REGION_NOT_ALLOWED', delegations: '403 REGION_NOT_ALLOWED', events: '403 REGION_NOT_ALLOWED', webhooks: '403 REGION_NOT_ALLOWED' },
};

describe('decide', () => {
  for (const [who, row] of Object.entries(TABLE))
    it(who, () => {
      const got = Object.fromEntries(Object.entries(OPS).map(([name, o]) => {
        const d = decide(VIEWERS[who], o);
        return [name, d.allow ? '200' : `${d.status} ${d.code}`];
      }));
      expect(got).toEqual(row);
    });

  it('a 404 says no more than an unknown case would; a 403 names its rule', () => {
    const hidden = decide(VIEWERS.stranger, OPS.read);
    expect(hidden).toEqual({ allow: false, status: 404, code: 'CASE_NOT_FOUND', message: 'no case banjar-p2-1' });
    const refused = decide(VIEWERS.auditor, OPS.act);
    expect(refused.allow === false && refused.status === 403 && refused.citation).toMatch(/PP 60\/2008/);
  });

  it('a case spanning two regions is seen from either', () => {
    const both = { ...facts, regions: ['banjar', 'pati'] };
    expect(decide(VIEWERS['pati key'], { op: 'case.read', case: both }).allow).toBe(true);
  });

  it('a wider circle never takes away what an official\'s own NIP allows (the API decides on that before reading their circle)', () => {
    const everyone = [REQUESTER, ASSIGNEE, EMPLOYEE, LEADER, STRANGER, AUDITOR, ADMIN, TEAM];
    const widenings = [[], [EMPLOYEE], [STRANGER], everyone];
    let allowedAlone = 0;
    for (const [who, v] of Object.entries(VIEWERS)) {
      if (!v.official) continue;
      const withCircle = (circle: string[]): Viewer => ({ ...v, official: { ...v.official!, circle: [v.official!.nip, ...circle] } });
      for (const [name, o] of Object.entries(OPS)) {
        if (!decide(withCircle([]), o).allow) continue;
        allowedAlone++;
        for (const wider of widenings) expect(decide(withCircle(wider), o).allow, `${who} ${name} with ${wider.length} more`).toBe(true);
      }
    }
    expect(allowedAlone).toBeGreaterThan(10);
  });
});

describe('participantsOf and caseScope', () => {
  it('takes the requester, every assignee, the employees, the timeline and every NIP of the request', () => {
    const ref = (n: string) => ({ nip: n, nama: n, jabatan: 'x' });
    const view = {
      pemohon: ref(REQUESTER), tasks: [{ assignee: ref(ASSIGNEE), escalateTo: [ref(LEADER)] }], assignedEmployee: ref(EMPLOYEE),
      timeline: [{ actor: ref(ASSIGNEE) }], subject: { tim: { anggota: [{ nip: TEAM }] }, tembusan: [ADMIN], jumlah: 3 },
    } as unknown as CaseView;
    expect(participantsOf(view).sort()).toEqual([REQUESTER, ASSIGNEE, LEADER, EMPLOYEE, TEAM, ADMIN].sort());
  });

  it('lists for a key its regions; for an official their circle, unless they audit every region listed', () => {
    expect(caseScope(VIEWERS['banjar key'])).toEqual({ regions: ['banjar'] });
    expect(caseScope(VIEWERS.leader)).toEqual({ regions: ['banjar'], naming: [LEADER, EMPLOYEE] });
    expect(caseScope(VIEWERS.auditor, 'banjar')).toEqual({ regions: ['banjar'] });
  });

  it('gives a key the events of its regions, an official those of the regions they audit', () => {
    expect(eventRegions(VIEWERS['banjar key'])).toEqual(['banjar']);
    expect(eventRegions({ system: { name: 'test-eoffice', rights: ['read'] } })).toBeUndefined();
    expect(eventRegions(VIEWERS.auditor)).toEqual(['banjar']);
    expect(eventRegions(VIEWERS.requester)).toEqual([]);
  });
});
