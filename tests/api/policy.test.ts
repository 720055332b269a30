// The authorization table (identity/policy.ts) through the real stack: officials signed in at the
// demo OpenID provider (real tokens, real jose verification), e-office keys with each right, every
// operation of the served OpenAPI document, on an object of the caller's region and of another.
//   X: a banjar P2 case run to `issued` (closed: an act that passes authorization answers 409 CASE_CLOSED)
//   Y: a pati P2 case waiting for its first step (requested by the Kabid Perencanaan of pati)
//   DX, DY: a Plh of each region's Kabid Perencanaan, appointed by its Kepala Bappeda (in 2099: it moves nothing)
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { loadDemoData, permohonan, requester } from '../support/cases';
import { startIdentity, type TestIdentity } from '../support/identity';
import { runP2Case, sendOnce } from '../support/p2Case';
import { AUTH, BANJAR_AUTH, PATI_AUTH, startStack, TEST_KEYS, type Stack } from '../support/stack';

const banjar = demoPeople('banjar');
const pati = demoPeople('pati');
const AUDITOR = banjar.statistisi; // configured: AUDITORS=banjar:<NIP>
const CLAIMED_AUDITOR = banjar.pelaksanaAptika; // granted by the IdP: roles claim `auditor:banjar`
const ADMIN = banjar.tanpaKedudukan; // configured: KEPEGAWAIAN_ADMINS=banjar:<NIP>

let s: Stack;
let idp: TestIdentity;
let X: string;
let Y: string;
let D: string;
let DX: string;
let DY: string;
/** Webhook subscriptions of the banjar and the pati e-office systems. */
let W: Record<Target, string>;
type Headers = Record<string, string>;
const callers: Record<string, Headers> = {};

beforeAll(async () => {
  idp = await startIdentity({ roles: { claim: 'roles', byNip: { [CLAIMED_AUDITOR]: ['auditor:banjar', 'unknown-role:banjar'] } } });
  const keys = new Map(TEST_KEYS);
  keys.set('banjar-read-only-key', { name: 'banjar-reader', regions: ['banjar'], rights: ['read'] });
  keys.set('banjar-master-data-key', { name: 'bkpsdm-banjar', regions: ['banjar'], rights: ['master-data'] });
  s = await startStack({
    config: { oidc: idp.oidc, roles: { auditor: new Map([[AUDITOR, ['banjar']]]), kepegawaian: new Map([[ADMIN, ['banjar']]]) }, apiKeys: keys },
  });
  await loadDemoData(s.db.pool);
  X = await runP2Case(sendOnce(s), `policy-x-${Date.now()}`);
  D = (await s.app.inject({ method: 'GET', url: `/api/v1/cases/${X}`, headers: AUTH })).json().documents[0].id;
  const started = await s.app.inject({
    method: 'POST', url: '/api/v1/cases', headers: { ...AUTH, 'x-acting-official': requester('pati'), 'idempotency-key': `policy-y-${Date.now()}` },
    payload: { procedure: 'penunjukan-lintas-unit', region: 'pati', ...permohonan('pati') },
  });
  Y = started.json().caseId;
  for (const end = Date.now() + 20_000; ; await new Promise((r) => setTimeout(r, 50))) {
    const y = (await s.app.inject({ method: 'GET', url: `/api/v1/cases/${Y}`, headers: AUTH })).json();
    if (y.tasks?.some((t: { status: string }) => t.status === 'open')) break;
    if (Date.now() > end) throw new Error(`case ${Y} opened no step`);
  }
  const PLH = { jabatan: 'KABID-PEREN', jenis: 'Plh', mulai: '2099-01-01T00:00:00Z', sampai: '2099-02-01T00:00:00Z', dasar: { nomor: '800/9/2099', tanggal: '2026-12-01' } };
  [DX, DY] = await Promise.all(([['banjar', banjar], ['pati', pati]] as const).map(async ([region, people]) => {
    const r = await s.app.inject({ method: 'POST', url: '/api/v1/delegations', headers: { ...AUTH, 'x-acting-official': people.kepalaBappeda }, payload: { region, delegasi: people.perencana, ...PLH } });
    if (r.statusCode !== 201) throw new Error(r.body);
    return r.json().id as string;
  }));
  const subscribe = async (auth: Headers) => (await s.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: auth, payload: { url: 'http://127.0.0.1:9/hooks' } })).json().id;
  W = { own: await subscribe(BANJAR_AUTH), other: await subscribe(PATI_AUTH) };
  const token = (nip: string) => idp.bearer(nip);
  Object.assign(callers, {
    participant: await token(banjar.kepalaBappeda),
    unrelated: await token(banjar.perawat),
    leader: await token(pati.kepalaBappeda),
    'pati unrelated': await token(pati.perawat),
    auditor: await token(AUDITOR),
    'auditor (IdP claim)': await token(CLAIMED_AUDITOR),
    admin: await token(ADMIN),
    'key read|act': BANJAR_AUTH,
    'key read': { authorization: 'Bearer banjar-read-only-key' },
    'key master-data': { authorization: 'Bearer banjar-master-data-key' },
    'key vouching participant': { ...BANJAR_AUTH, 'x-acting-official': banjar.kepalaBappeda },
    'key vouching unrelated': { ...BANJAR_AUTH, 'x-acting-official': banjar.perawat },
    'pati key': PATI_AUTH,
  });
}, 240_000);
afterAll(async () => {
  await idp?.provider.close();
  await s?.close();
});

/** Each operation of the OpenAPI document, on the own object (X, banjar) and the other (Y, pati). */
type Target = 'own' | 'other';
let seq = 0;
const OPERATIONS: Record<string, (t: Target) => { url: string; payload?: object; headers?: Headers }> = {
  'POST /api/v1/master-data/{region}': (t) => ({ url: `/api/v1/master-data/${t === 'own' ? 'banjar' : 'pati'}`, payload: {} }),
  'GET /api/v1/master-data/{region}/changes': (t) => ({ url: `/api/v1/master-data/${t === 'own' ? 'banjar' : 'pati'}/changes` }),
  // A request the plan refuses (an unknown employee): past authorization, nothing is started.
  'POST /api/v1/cases': (t) => ({
    url: '/api/v1/cases', headers: { 'idempotency-key': `policy-start-${Date.now()}-${seq++}` },
    payload: { procedure: 'penunjukan-lintas-unit', region: t === 'own' ? 'banjar' : 'pati', ...permohonan(t === 'own' ? 'banjar' : 'pati', { pegawai: '199901012020011999' }) },
  }),
  'GET /api/v1/cases': (t) => ({ url: `/api/v1/cases?region=${t === 'own' ? 'banjar' : 'pati'}` }),
  'GET /api/v1/cases/{caseId}': (t) => ({ url: `/api/v1/cases/${t === 'own' ? X : Y}` }),
  'GET /api/v1/cases/{caseId}/history': (t) => ({ url: `/api/v1/cases/${t === 'own' ? X : Y}/history` }),
  'POST /api/v1/cases/{caseId}/tasks/{taskId}/decision': (t) => ({ url: `/api/v1/cases/${t === 'own' ? X : Y}/tasks/rekomendasi-puo/decision`, payload: { decision: 'approve' } }),
  'POST /api/v1/cases/{caseId}/tasks/{taskId}/complete': (t) => ({ url: `/api/v1/cases/${t === 'own' ? X : Y}/tasks/rekomendasi-puo/complete`, payload: {} }),
  'POST /api/v1/cases/{caseId}/actions/{action}': (t) => ({ url: `/api/v1/cases/${t === 'own' ? X : Y}/actions/umpan-balik`, payload: {} }),
  'POST /api/v1/cases/{caseId}/withdraw': (t) => ({ url: `/api/v1/cases/${t === 'own' ? X : Y}/withdraw`, payload: {} }),
  'POST /api/v1/cases/{caseId}/acknowledge': (t) => ({ url: `/api/v1/cases/${t === 'own' ? X : Y}/acknowledge`, payload: {} }),
  'GET /api/v1/inbox': () => ({ url: '/api/v1/inbox' }),
  'GET /api/v1/notifications': () => ({ url: '/api/v1/notifications' }),
  'GET /api/v1/documents': (t) => ({ url: `/api/v1/documents?region=${t === 'own' ? 'banjar' : 'pati'}` }),
  // Y has no document: the other object is X's document, seen from the other region's callers' rows.
  'GET /api/v1/documents/{documentId}': () => ({ url: `/api/v1/documents/${D}?format=json` }),
  'GET /api/v1/audit': (t) => ({ url: `/api/v1/audit?region=${t === 'own' ? 'banjar' : 'pati'}` }),
  'GET /api/v1/audit/verify': (t) => ({ url: `/api/v1/audit/verify?region=${t === 'own' ? 'banjar' : 'pati'}` }),
  // A delegate not in the master data: past authorization, nothing is made.
  'POST /api/v1/delegations': (t) => ({
    url: '/api/v1/delegations',
    payload: { region: t === 'own' ? 'banjar' : 'pati', jabatan: 'KABID-PEREN', delegasi: '199901012020011999', jenis: 'Plh', mulai: '2099-03-01T00:00:00Z', sampai: '2099-04-01T00:00:00Z', dasar: { nomor: '800/10/2099', tanggal: '2026-12-01' } },
  }),
  'GET /api/v1/delegations': (t) => ({ url: `/api/v1/delegations?region=${t === 'own' ? 'banjar' : 'pati'}` }),
  'GET /api/v1/delegations/{delegationId}': (t) => ({ url: `/api/v1/delegations/${t === 'own' ? DX : DY}` }),
  // Ending at a later time than it ends changes nothing: every appointer's call answers 200.
  'POST /api/v1/delegations/{delegationId}/end': (t) => ({ url: `/api/v1/delegations/${t === 'own' ? DX : DY}/end`, payload: { sampai: '2100-01-01T00:00:00Z' } }),
  // Read-only, with the case's audit rows: a case the caller reads, of a region whose audit log they read.
  'POST /api/v1/cases/{caseId}/verify': (t) => ({ url: `/api/v1/cases/${t === 'own' ? X : Y}/verify` }),
  'GET /api/v1/cases/{caseId}/export': (t) => ({ url: `/api/v1/cases/${t === 'own' ? X : Y}/export` }),
  // Webhooks: own, the banjar system's subscription; other, the pati system's.
  'POST /api/v1/webhooks': (t) => ({ url: '/api/v1/webhooks', payload: { url: 'http://127.0.0.1:9/hooks', regions: [t === 'own' ? 'banjar' : 'pati'] } }),
  'GET /api/v1/webhooks': () => ({ url: '/api/v1/webhooks' }),
  'GET /api/v1/webhooks/{webhookId}': (t) => ({ url: `/api/v1/webhooks/${W[t]}` }),
  'PATCH /api/v1/webhooks/{webhookId}': (t) => ({ url: `/api/v1/webhooks/${W[t]}`, payload: { eventTypes: ['case.closed'] } }),
  'GET /api/v1/webhooks/{webhookId}/deliveries': (t) => ({ url: `/api/v1/webhooks/${W[t]}/deliveries` }),
  'POST /api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver': (t) => ({ url: `/api/v1/webhooks/${W[t]}/deliveries/999999/redeliver` }),
  'GET /api/v1/events': (t) => ({ url: `/api/v1/events?region=${t === 'own' ? 'banjar' : 'pati'}` }),
  // Last: the pati system deletes its own (own: a subscription nobody has).
  'DELETE /api/v1/webhooks/{webhookId}': (t) => ({ url: `/api/v1/webhooks/${t === 'own' ? `wh_${'0'.repeat(32)}` : W.other}` }),
};

// Expected status per caller: [own, other] for each operation, in the order of OPERATIONS.
// 403s name their rule; 404: the case is not theirs to know of; 409: past authorization, X is closed;
// 422: past authorization, the plan refuses; 400: no official named for an operation done as one.
const op = Object.keys(OPERATIONS);
// A cell may name the code where the status alone would not say who answered ('404 UNKNOWN_ACTION': the procedure, past authorization).
type Cell = number | `${number} ${string}`;
const TABLE: Record<string, [Cell, Cell][]> = {
  //                          import      changes     start       list        case        history     decision    complete    action      withdraw    ack         inbox       notif.      register    document    audit       verify      delegate    delegations delegation  end case verify case export  subscribe   webhooks    webhook     change      deliveries  redeliver   events      unsubscribe
  participant:               [[403, 403], [403, 403], [422, 403], [200, 403], [200, 404], [200, 404], [409, 404], [409, 404], [409, 404], [409, 404], [409, 404], [200, 200], [200, 200], [403, 403], [200, 200], [403, 403], [403, 403], [422, 403], [200, 403], [200, 404], [200, 404], [403, 404], [403, 404], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403]],
  unrelated:                 [[403, 403], [403, 403], [422, 403], [200, 403], [404, 404], [404, 404], [404, 404], [404, 404], [404, 404], [404, 404], [404, 404], [200, 200], [200, 200], [403, 403], [404, 404], [403, 403], [403, 403], [403, 403], [200, 403], [200, 404], [403, 404], [404, 404], [404, 404], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403]],
  leader:                    [[403, 403], [403, 403], [403, 422], [403, 200], [404, 200], [404, 200], [404, 403], [404, 409], [404, '404 UNKNOWN_ACTION'], [404, 403], [404, '409 NOT_AWAITING_ACKNOWLEDGEMENT'], [200, 200], [200, 200], [403, 403], [404, 404], [403, 403], [403, 403], [403, 422], [403, 200], [404, 200], [404, 200], [404, 403], [404, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403]],
  'pati unrelated':          [[403, 403], [403, 403], [403, 422], [403, 200], [404, 404], [404, 404], [404, 404], [404, 404], [404, 404], [404, 404], [404, 404], [200, 200], [200, 200], [403, 403], [404, 404], [403, 403], [403, 403], [403, 403], [403, 200], [404, 200], [404, 403], [404, 404], [404, 404], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403]],
  auditor:                   [[403, 403], [200, 403], [422, 403], [200, 403], [200, 404], [200, 404], [403, 404], [403, 404], [403, 404], [403, 404], [403, 404], [200, 200], [200, 200], [200, 403], [200, 200], [200, 403], [200, 403], [403, 403], [200, 403], [200, 404], [403, 404], [200, 404], [200, 404], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [200, 403], [403, 403]],
  'auditor (IdP claim)':     [[403, 403], [200, 403], [422, 403], [200, 403], [200, 404], [200, 404], [403, 404], [403, 404], [403, 404], [403, 404], [403, 404], [200, 200], [200, 200], [200, 403], [200, 200], [200, 403], [200, 403], [403, 403], [200, 403], [200, 404], [403, 404], [200, 404], [200, 404], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [200, 403], [403, 403]],
  admin:                     [[200, 403], [200, 403], [422, 403], [200, 403], [404, 404], [404, 404], [404, 404], [404, 404], [404, 404], [404, 404], [404, 404], [200, 200], [200, 200], [403, 403], [404, 404], [403, 403], [403, 403], [403, 403], [200, 403], [200, 404], [403, 404], [404, 404], [404, 404], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403]],
  'key read|act':            [[403, 403], [200, 403], [400, 400], [200, 403], [200, 404], [200, 404], [409, 404], [409, 404], [409, 404], [409, 404], [409, 404], [400, 400], [400, 400], [200, 403], [200, 200], [200, 403], [200, 403], [400, 403], [200, 403], [200, 404], [400, 404], [200, 404], [200, 404], [201, 403], [200, 200], [200, 404], [200, 404], [200, 404], ['404 DELIVERY_NOT_FOUND', '404 WEBHOOK_NOT_FOUND'], [200, 403], [404, 404]],
  'key read':                [[403, 403], [200, 403], [403, 403], [200, 403], [200, 404], [200, 404], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [200, 403], [200, 200], [200, 403], [200, 403], [403, 403], [200, 403], [200, 404], [403, 403], [200, 404], [200, 404], [201, 403], [200, 200], [404, 404], [404, 404], [404, 404], ['404 WEBHOOK_NOT_FOUND', '404 WEBHOOK_NOT_FOUND'], [200, 403], [404, 404]],
  'key master-data':         [[200, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403]],
  'key vouching participant':[[403, 403], [403, 403], [422, 403], [200, 403], [200, 404], [200, 404], [409, 404], [409, 404], [409, 404], [409, 404], [409, 404], [200, 200], [200, 200], [403, 403], [200, 200], [403, 403], [403, 403], [422, 403], [200, 403], [200, 404], [200, 404], [403, 404], [403, 404], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403]],
  'key vouching unrelated':  [[403, 403], [403, 403], [422, 403], [200, 403], [404, 404], [404, 404], [404, 404], [404, 404], [404, 404], [404, 404], [404, 404], [200, 200], [200, 200], [403, 403], [404, 404], [403, 403], [403, 403], [403, 403], [200, 403], [200, 404], [403, 404], [404, 404], [404, 404], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403]],
  'pati key':                [[403, 403], [403, 200], [400, 400], [403, 200], [404, 200], [404, 200], [404, 400], [404, 400], [404, 400], [404, 400], [404, 400], [400, 400], [400, 400], [403, 200], [404, 404], [403, 200], [403, 200], [403, 400], [403, 200], [404, 200], [404, 400], [404, 200], [404, 200], [403, 201], [200, 200], [404, 200], [404, 200], [404, 200], ['404 WEBHOOK_NOT_FOUND', '404 DELIVERY_NOT_FOUND'], [403, 200], [404, 204]],
};

const call = (app: FastifyInstance, who: Headers, operation: string, t: Target) => {
  const { url, payload, headers } = OPERATIONS[operation](t);
  return app.inject({ method: operation.split(' ')[0] as 'GET' | 'POST' | 'PATCH' | 'DELETE', url, headers: { ...who, ...headers }, ...(payload ? { payload } : {}) });
};

describe('the authorization table', () => {
  it('covers every operation of the served OpenAPI document', async () => {
    const doc = (await s.app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const served = Object.entries(doc.paths).filter(([p]) => p.startsWith('/api/')).flatMap(([p, methods]) =>
      Object.keys(methods).filter((m) => m !== 'head').map((m) => `${m.toUpperCase()} ${p}`));
    expect(op.slice().sort()).toEqual(served.sort());
  });

  for (const [who, row] of Object.entries(TABLE))
    it(`${who}: every operation, on the own and the other object`, async () => {
      const codes: string[] = [];
      for (const [i, operation] of op.entries()) {
        const r = await Promise.all((['own', 'other'] as const).map((t) => call(s.app, callers[who], operation, t)));
        const got = r.map((x, j) => (typeof row[i][j] === 'number' ? x.statusCode : `${x.statusCode} ${x.json().error?.code}`));
        for (const x of r) {
          // A refusal of the policy names its rule; a hidden case reads like an unknown one.
          const error = x.statusCode >= 400 ? x.json().error : undefined;
          if (x.statusCode === 404) expect(error.citation, `${operation}: ${x.body}`).toBeUndefined();
          if (error) codes.push(error.code);
        }
        expect(got, `${who} ${operation}: ${r.map((x) => x.body.slice(0, 200)).join(' | ')}`).toEqual(row[i]);
      }
      expect(codes).not.toContain('INTERNAL');
    }, 60_000);
});

describe('what the table stands for', () => {
  it('lists only what the caller may see, whatever the filter: an unrelated official gets nobody\'s requests', async () => {
    const byRequester = `/api/v1/cases?requester=${banjar.kepalaBappeda}`;
    const listed = async (who: Headers) => (await s.app.inject({ method: 'GET', url: byRequester, headers: who })).json().cases.map((c: { caseId: string }) => c.caseId);
    expect(await listed(callers.unrelated)).toEqual([]);
    expect(await listed(callers['key vouching unrelated'])).toEqual([]);
    expect(await listed(callers.participant)).toContain(X);
    expect(await listed(callers.auditor)).toContain(X);
    expect(await listed(BANJAR_AUTH)).toContain(X);
    // The leader of the pati Bappeda sees the case of the Kabid below them; the case does not name them.
    const y = (await s.app.inject({ method: 'GET', url: `/api/v1/cases/${Y}`, headers: AUTH })).json();
    expect(JSON.stringify(y)).not.toContain(pati.kepalaBappeda);
    const patiList = (await s.app.inject({ method: 'GET', url: '/api/v1/cases', headers: callers.leader })).json().cases.map((c: { caseId: string }) => c.caseId);
    expect(patiList).toEqual([Y]);
  });

  it('an auditor reads every notification of the region, whom each is for; an official only their own', async () => {
    const region = await s.app.inject({ method: 'GET', url: '/api/v1/notifications?region=banjar', headers: callers.auditor });
    expect(region.statusCode, region.body).toBe(200);
    const all = region.json().notifications as { caseId: string; recipient: string }[];
    expect(all.filter((n) => n.caseId === X).map((n) => n.recipient)).toContain(banjar.pranataKomputer1);
    const own = (await s.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: await idp.bearer(banjar.pranataKomputer1) })).json().notifications;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((n: { recipient?: string }) => n.recipient === undefined)).toBe(true);
    const refused = await s.app.inject({ method: 'GET', url: '/api/v1/notifications?region=banjar', headers: callers.participant });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('NOT_AN_AUDITOR');
    expect((await s.app.inject({ method: 'GET', url: '/api/v1/notifications?region=pati', headers: callers.auditor })).json().error.code).toBe('REGION_NOT_ALLOWED');
  });

  it('names the rule of a refusal', async () => {
    const acted = await call(s.app, callers.auditor, 'POST /api/v1/cases/{caseId}/withdraw', 'own');
    expect(acted.json().error).toMatchObject({ code: 'READ_ONLY_ROLE', citation: expect.stringContaining('PP 60/2008') });
    const imported = await call(s.app, callers.participant, 'POST /api/v1/master-data/{region}', 'own');
    expect(imported.json().error).toMatchObject({ code: 'MASTER_DATA_NOT_GRANTED', citation: expect.any(String) });
    const register = await call(s.app, callers.participant, 'GET /api/v1/documents', 'own');
    expect(register.json().error.code).toBe('REGISTER_NOT_FOR_OFFICIALS');
  });
});
