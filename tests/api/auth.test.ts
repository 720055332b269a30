// Who may call, through the real demo OpenID provider (oidc-provider, signed in over HTTP with
// authorization code + PKCE) and real jose verification: officials as themselves, e-office systems
// with the rights of their keys, failed attempts limited, security headers and CORS.
import { generateKeyPair, SignJWT } from 'jose';
import pino from 'pino';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type AppDeps } from '../../api/app';
import { demoPeople } from '../../demo/masterData';
import { CITATION_PURPOSE } from '../../identity/policy';
import { DEADLINES, loadDemoData, permohonan } from '../support/cases';
import { startIdentity, TEST_AUDIENCE, type TestIdentity } from '../support/identity';
import { testLogger } from '../support/logger';
import { AUTH, startStack, TEST_KEYS, type Stack } from '../support/stack';
import { testPenerbitan } from '../support/penerbitan';

const banjar = demoPeople('banjar');
const pati = demoPeople('pati');
let s: Stack;
let idp: TestIdentity;
const extraApps: FastifyInstance[] = [];
const extraIdps: TestIdentity[] = [];

beforeAll(async () => {
  idp = await startIdentity();
  s = await startStack({ config: { oidc: idp.oidc } });
  await loadDemoData(s.db.pool);
});
afterAll(async () => {
  for (const a of extraApps) await a.close();
  for (const i of [...extraIdps, idp]) await i?.provider.close();
  await s?.close();
});

/** Another API over the same database and task queue, configured otherwise. */
async function appWith(config: Partial<AppDeps['config']>, logger = testLogger()) {
  const app = await buildApp({
    config: { apiKeys: TEST_KEYS, externalAgencies: ['tapin'], deadlines: DEADLINES, TASK_QUEUE: s.taskQueue, oidc: idp.oidc, ...config },
    pool: s.db.pool, temporal: s.temporal, logger, penerbitan: testPenerbitan(),
  });
  extraApps.push(app);
  return app;
}

let keys = 0;
const newKey = () => `auth-${Date.now()}-${keys++}`;
const p2 = { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') };
const start = (headers: Record<string, string>, app = s.app) =>
  app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...headers, 'idempotency-key': newKey() }, payload: p2 });
const get = (url: string, headers: Record<string, string>, app = s.app) => app.inject({ method: 'GET', url, headers });
const errorCode = (r: { json: () => { error?: { code?: string } } }) => r.json().error?.code;

async function until(caseId: string, ok: (c: { tasks: { id: string; status: string }[] }) => boolean) {
  for (const end = Date.now() + 20_000; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) {
    const c = (await get(`/api/v1/cases/${caseId}`, AUTH)).json();
    if (ok(c)) return c;
  }
  throw new Error(`case ${caseId} did not reach the expected state`);
}

describe('officials signed in at the OpenID provider', () => {
  it('act as the official of their token: start a case, see their inbox, decide their task', async () => {
    const started = await start(await idp.bearer(banjar.kepalaBappeda));
    expect(started.statusCode, started.body).toBe(201);
    const caseId = started.json().caseId;
    expect(started.json().pemohon.nip).toBe(banjar.kepalaBappeda);
    await until(caseId, (c) => c.tasks.some((t) => t.id === 'rekomendasi-puo' && t.status === 'open'));

    const puo = await idp.bearer(banjar.kadisKominfo);
    const inbox = await get('/api/v1/inbox', puo);
    expect(inbox.statusCode, inbox.body).toBe(200);
    const box = inbox.json();
    expect(box.nip).toBe(banjar.kadisKominfo);
    expect(box.tasks.map((t: { caseId: string }) => t.caseId)).toContain(caseId);
    // The token may name its own official in the header, and no other.
    const decided = await s.app.inject({
      method: 'POST', url: `/api/v1/cases/${caseId}/tasks/rekomendasi-puo/decision`,
      headers: { ...puo, 'x-acting-official': banjar.kadisKominfo }, payload: { decision: 'approve' },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().timeline.some((e: { actor?: { nip: string } }) => e.actor?.nip === banjar.kadisKominfo)).toBe(true);
  });

  it('cannot borrow another official: a token for A naming B is refused, and B\'s task stays B\'s', async () => {
    const caseId = (await start({ ...AUTH, 'x-acting-official': banjar.kepalaBappeda })).json().caseId;
    await until(caseId, (c) => c.tasks.some((t) => t.id === 'rekomendasi-puo' && t.status === 'open'));
    const employee = await idp.bearer(banjar.pranataKomputer1);
    const borrowed = await s.app.inject({
      method: 'POST', url: `/api/v1/cases/${caseId}/tasks/rekomendasi-puo/decision`,
      headers: { ...employee, 'x-acting-official': banjar.kadisKominfo }, payload: { decision: 'approve' },
    });
    expect(borrowed.statusCode).toBe(403);
    expect(errorCode(borrowed)).toBe('NOT_THE_SIGNED_IN_OFFICIAL');
    expect((await get('/api/v1/inbox', { ...employee, 'x-acting-official': banjar.kadisKominfo })).statusCode).toBe(403);
    // Without the header, the token's own official is refused by the rule of the step.
    const own = await s.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/tasks/rekomendasi-puo/decision`, headers: employee, payload: { decision: 'approve' } });
    expect(own.statusCode).toBe(403);
    expect(errorCode(own)).toBe('NOT_ASSIGNEE');
  });

  it('see only the regions whose master data holds them', async () => {
    const patiCase = (await s.app.inject({
      method: 'POST', url: '/api/v1/cases', headers: { ...AUTH, 'x-acting-official': pati.kepalaBappeda, 'idempotency-key': newKey() },
      payload: { procedure: 'penunjukan-lintas-unit', region: 'pati', ...permohonan('pati') },
    })).json().caseId;
    const banjarOfficial = await idp.bearer(banjar.kepalaBappeda);
    expect((await get(`/api/v1/cases/${patiCase}`, banjarOfficial)).statusCode).toBe(404);
    expect((await get(`/api/v1/cases/${patiCase}`, await idp.bearer(pati.kepalaBappeda))).statusCode).toBe(200);
    const otherRegion = await get('/api/v1/cases?region=pati', banjarOfficial);
    expect(otherRegion.statusCode).toBe(403);
    expect(otherRegion.json().error).toEqual({ code: 'REGION_NOT_ALLOWED', message: `official ${banjar.kepalaBappeda} belongs to banjar, not pati`, citation: CITATION_PURPOSE });
    const list = (await get('/api/v1/cases', banjarOfficial)).json();
    expect(list.cases.every((c: { region: string }) => c.region === 'banjar')).toBe(true);
    // An official may not import master data (that is an e-office system's right).
    const imported = await s.app.inject({ method: 'POST', url: '/api/v1/master-data/banjar', headers: banjarOfficial, payload: {} });
    expect(imported.statusCode).toBe(403);
    expect(errorCode(imported)).toBe('MASTER_DATA_NOT_GRANTED');
  });

  it('refuses forged, alg-none, HS256, wrong-issuer, wrong-audience and malformed tokens with 401', async () => {
    const claims = { nip: banjar.kadisKominfo, sub: banjar.kadisKominfo, scope: 'sistem-kerja' };
    const now = Math.floor(Date.now() / 1000);
    // Signed by a key pair of our own, with the provider's issuer, audience and even its key id.
    const genuine = await idp.token(banjar.kadisKominfo);
    const { kid } = JSON.parse(Buffer.from(genuine.split('.')[0], 'base64url').toString());
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid, typ: 'at+jwt' })
      .setIssuer(idp.oidc.issuer).setAudience(TEST_AUDIENCE).setIssuedAt(now).setExpirationTime(now + 600).sign(privateKey);
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const payload = { ...claims, iss: idp.oidc.issuer, aud: TEST_AUDIENCE, iat: now, exp: now + 600 };
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
    const hs256 = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(idp.oidc.issuer).setAudience(TEST_AUDIENCE)
      .setExpirationTime(now + 600).sign(new TextEncoder().encode('secret'));
    // Swapping the genuine token's payload for another official's breaks its signature.
    const [h, , sig] = genuine.split('.');
    const tampered = `${h}.${b64({ ...payload, nip: banjar.kepalaBappeda, sub: banjar.kepalaBappeda })}.${sig}`;
    // A real token of another provider (another issuer) for this very audience.
    const other = await startIdentity();
    extraIdps.push(other);
    const foreign = await other.token(banjar.kadisKominfo);

    for (const [what, token] of Object.entries({ forged, none, hs256, tampered, foreign, malformed: 'eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln' })) {
      const r = await get('/api/v1/inbox', { authorization: `Bearer ${token}` });
      expect(r.statusCode, what).toBe(401);
      expect(errorCode(r), what).toBe('INVALID_TOKEN');
    }
    // The same genuine token is accepted, and refused by an API that expects another audience.
    expect((await get('/api/v1/inbox', { authorization: `Bearer ${genuine}` })).statusCode).toBe(200);
    const elsewhere = await appWith({ oidc: { ...idp.oidc, audience: 'https://another-service.test/api' } });
    const wrongAudience = await get('/api/v1/inbox', { authorization: `Bearer ${genuine}` }, elsewhere);
    expect(wrongAudience.statusCode).toBe(401);
    expect(wrongAudience.json().error.message).toMatch(/aud/);
  });

  it('refuses an expired token (past its exp and the clock skew) with 401', async () => {
    const shortLived = await startIdentity({ accessTokenTtlS: 15 }); // room for a slow first request (its JWKS fetch) on a loaded machine: 7 s was not
    extraIdps.push(shortLived);
    const app = await appWith({ oidc: shortLived.oidc });
    const token = await shortLived.token(banjar.kadisKominfo);
    const fresh = await get('/api/v1/inbox', { authorization: `Bearer ${token}` }, app);
    expect(fresh.statusCode, fresh.body).toBe(200);
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    const wait = exp * 1000 + 5_000 + 1_000 - Date.now(); // past exp and the 5 s of skew
    expect(wait).toBeLessThan(22_000);
    await new Promise((r) => setTimeout(r, wait));
    const r = await get('/api/v1/inbox', { authorization: `Bearer ${token}` }, app);
    expect(r.statusCode).toBe(401);
    expect(r.json().error).toEqual({ code: 'INVALID_TOKEN', message: 'the token has expired: sign in again' });
  });

  it('follows the IdP\'s key rotation: a token signed with its new key is accepted, one of the key it dropped no longer', async () => {
    const before = await startIdentity();
    const app = await appWith({ oidc: before.oidc });
    const old = await before.token(banjar.kadisKominfo);
    expect((await get('/api/v1/inbox', { authorization: `Bearer ${old}` }, app)).statusCode).toBe(200);
    await before.provider.close();
    // The same issuer with a new signing key. jose fetches the JWKS again for an unknown key id, at most
    // every 30 s (its cooldown, so forged key ids cannot make the API hammer the IdP).
    const after = await startIdentity({ port: Number(new URL(before.oidc.issuer).port) });
    extraIdps.push(after);
    expect(after.oidc.issuer).toBe(before.oidc.issuer);
    const rotated = await after.token(banjar.kadisKominfo);
    expect(JSON.parse(Buffer.from(rotated.split('.')[0], 'base64url').toString()).kid).not.toBe(JSON.parse(Buffer.from(old.split('.')[0], 'base64url').toString()).kid);
    await new Promise((r) => setTimeout(r, 31_000));
    expect((await get('/api/v1/inbox', { authorization: `Bearer ${rotated}` }, app)).statusCode).toBe(200);
    expect((await get('/api/v1/inbox', { authorization: `Bearer ${old}` }, app)).statusCode).toBe(401);
  }, 90_000);

  it('an IdP that does not answer is 503, nothing changed, not a 401 that would send the official to sign in again', async () => {
    const closed = await startIdentity();
    const { issuer } = closed.provider;
    const token = await closed.token(banjar.kadisKominfo);
    await closed.provider.close();
    const app = await appWith({ oidc: { ...idp.oidc, issuer } });
    const r = await get('/api/v1/inbox', { authorization: `Bearer ${token}` }, app);
    expect(r.statusCode).toBe(503);
    expect(r.json().error.code).toBe('IDENTITY_PROVIDER_UNAVAILABLE');
  });

  it('the OpenAPI document declares sign-in through OpenID Connect beside the API keys', async () => {
    const doc = (await s.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.components.securitySchemes.official).toEqual(expect.objectContaining({
      type: 'openIdConnect', openIdConnectUrl: `${idp.provider.issuer}/.well-known/openid-configuration`,
    }));
    expect(doc.components.securitySchemes.apiKey).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
    expect(doc.security).toEqual([{ apiKey: [] }, { official: [] }]);
    const discovery = (await (await fetch(doc.components.securitySchemes.official.openIdConnectUrl)).json()) as { issuer: string };
    expect(discovery.issuer).toBe(idp.provider.issuer);
  });
});

describe('e-office keys with rights', () => {
  const RIGHTS_KEYS = new Map([
    ['reader-key-0001', { name: 'reader', rights: ['read' as const] }],
    ['voucher-key-0001', { name: 'voucher', rights: ['act-for-officials' as const] }],
    ['kepegawaian-key-0001', { name: 'kepegawaian', rights: ['master-data' as const] }],
    ['everything-key-0001', { name: 'everything', rights: ['read' as const, 'act-for-officials' as const, 'master-data' as const] }],
  ]);
  let app: FastifyInstance;
  let caseId: string;
  beforeAll(async () => {
    app = await appWith({ apiKeys: RIGHTS_KEYS });
    caseId = (await start({ ...AUTH, 'x-acting-official': banjar.kepalaBappeda })).json().caseId;
    await until(caseId, (c) => c.tasks.some((t) => t.id === 'rekomendasi-puo' && t.status === 'open'));
  });

  it('each operation needs its right: 403 naming the right without it, through with it', async () => {
    const official = { 'x-acting-official': banjar.kadisKominfo };
    const operations: [string, string, Record<string, string>, object | undefined, 'read' | 'act-for-officials' | 'master-data'][] = [
      ['GET', '/api/v1/cases', {}, undefined, 'read'],
      ['GET', `/api/v1/cases/${caseId}`, {}, undefined, 'read'],
      ['GET', `/api/v1/cases/${caseId}/history`, {}, undefined, 'read'],
      ['GET', `/api/v1/documents/${caseId}.surat-tugas`, {}, undefined, 'read'],
      ['GET', '/api/v1/inbox', official, undefined, 'act-for-officials'],
      ['GET', '/api/v1/notifications', official, undefined, 'act-for-officials'],
      ['POST', '/api/v1/cases', { ...official, 'idempotency-key': 'rights-table-0001' }, { ...p2, unknownField: 1 }, 'act-for-officials'],
      ['POST', `/api/v1/cases/${caseId}/tasks/no-such-task/decision`, official, { decision: 'approve' }, 'act-for-officials'],
      ['POST', `/api/v1/cases/${caseId}/tasks/no-such-task/complete`, official, {}, 'act-for-officials'],
      ['POST', `/api/v1/cases/${caseId}/actions/no-such-action`, official, {}, 'act-for-officials'],
      ['POST', `/api/v1/cases/${caseId}/acknowledge`, official, {}, 'act-for-officials'],
      ['POST', '/api/v1/master-data/banjar', {}, { units: [{ kode: '' }] }, 'master-data'],
    ];
    const code = (right: string) => `${right.toUpperCase().replace(/-/g, '_')}_NOT_GRANTED`;
    for (const [key, holder] of RIGHTS_KEYS)
      for (const [method, url, headers, payload, right] of operations) {
        const r = await app.inject({ method: method as 'GET' | 'POST', url, headers: { authorization: `Bearer ${key}`, ...headers }, ...(payload ? { payload } : {}) });
        const what = `${holder.name} ${method} ${url}`;
        if (holder.rights.includes(right)) {
          expect(r.statusCode, what).not.toBe(401);
          expect(errorCode(r) ?? '', what).not.toMatch(/_NOT_GRANTED$/);
        } else {
          expect(r.statusCode, what).toBe(403);
          expect(errorCode(r), what).toBe(code(right));
        }
      }
  });

  it('a key without act-for-officials may not name an official, even to read', async () => {
    const r = await get(`/api/v1/cases/${caseId}`, { authorization: 'Bearer reader-key-0001', 'x-acting-official': banjar.kadisKominfo }, app);
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('ACT_FOR_OFFICIALS_NOT_GRANTED');
  });

  it('a vouched act is accepted and logged as vouched by its system; a signed-in one as signed in', async () => {
    const lines: { msg: string; actor?: object; client?: string }[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(JSON.parse(String(chunk))); done(); } });
    const logged = await appWith({}, pino({ level: 'info' }, sink));
    const vouched = await logged.inject({
      method: 'POST', url: `/api/v1/cases/${caseId}/tasks/rekomendasi-puo/decision`,
      headers: { ...AUTH, 'x-acting-official': banjar.kadisKominfo }, payload: { decision: 'approve' },
    });
    expect(vouched.statusCode).toBe(200);
    expect(lines.find((l) => l.msg === 'task decided')).toEqual(expect.objectContaining({
      client: 'test-eoffice', actor: { nip: banjar.kadisKominfo, via: 'vouched', by: 'test-eoffice' },
    }));
    await until(caseId, (c) => c.tasks.some((t) => t.id === 'keputusan-ppk' && t.status === 'open'));
    const signedIn = await logged.inject({
      method: 'POST', url: `/api/v1/cases/${caseId}/tasks/keputusan-ppk/decision`, headers: await idp.bearer(banjar.kabidAptika), payload: { decision: 'approve' },
    });
    expect(signedIn.statusCode).toBe(200);
    expect(lines.filter((l) => l.msg === 'task decided')[1]).toEqual(expect.objectContaining({
      client: `official:${banjar.kabidAptika}`, actor: { nip: banjar.kabidAptika, via: 'signed-in' },
    }));
  });
});

describe('failed authentication is limited', () => {
  it('per address: after N failures, 429 in the one error shape, even for a good key, until the window ends', async () => {
    const app = await appWith({ authFailures: { limit: 3, windowMs: 60_000 } });
    const from = (remoteAddress: string, authorization: string) => app.inject({ method: 'GET', url: '/api/v1/cases', remoteAddress, headers: { authorization } });
    for (let i = 0; i < 3; i++) expect((await from('10.0.0.7', `Bearer wrong-key-${i}-guess`)).statusCode).toBe(401);
    const limited = await from('10.0.0.7', 'Bearer wrong-key-4-guess');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ error: { code: 'TOO_MANY_FAILED_ATTEMPTS', message: expect.stringMatching(/^too many failed authentications from this address: retry in \d+ s$/) } });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await from('10.0.0.7', AUTH.authorization)).statusCode).toBe(429);
    // Another address is not affected.
    expect((await from('10.0.0.8', AUTH.authorization)).statusCode).toBe(200);
  });

  it('per credential: the same bad token from many addresses is stopped too', async () => {
    const app = await appWith({ authFailures: { limit: 3, windowMs: 60_000 } });
    const forged = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(`{"nip":"${banjar.sekda}"}`).toString('base64url')}.`;
    const statuses = [];
    for (let i = 1; i <= 4; i++)
      statuses.push((await app.inject({ method: 'GET', url: '/api/v1/inbox', remoteAddress: `10.0.1.${i}`, headers: { authorization: `Bearer ${forged}` } })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});

describe('headers', () => {
  it('security headers on every answer; the Swagger UI of /docs still loads', async () => {
    const r = await s.app.inject({ method: 'GET', url: '/health' });
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(r.headers['strict-transport-security']).toMatch(/max-age=/);
    const docs = await s.app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    const csp = String(docs.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/upgrade-insecure-requests/); // served over plain HTTP here, over TLS by a proxy in production
    // The page's scripts are its own files (no inline script the policy would block), and they load.
    const html = docs.body;
    expect(html).not.toMatch(/<script>(?!\s*<\/script>)/);
    for (const src of [...html.matchAll(/<script src="\.\/([^"]+)"/g)].map((m) => m[1]))
      expect((await s.app.inject({ method: 'GET', url: `/docs/${src}` })).statusCode, src).toBe(200);
  });

  it('CORS is closed unless CORS_ORIGINS names the origin', async () => {
    const preflight = (app: FastifyInstance, origin: string) => app.inject({
      method: 'OPTIONS', url: '/api/v1/cases', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
    });
    expect((await preflight(s.app, 'https://eoffice.banjarkab.go.id')).headers['access-control-allow-origin']).toBeUndefined();
    const open = await appWith({ corsOrigins: ['https://eoffice.banjarkab.go.id'] });
    expect((await preflight(open, 'https://eoffice.banjarkab.go.id')).headers['access-control-allow-origin']).toBe('https://eoffice.banjarkab.go.id');
    expect((await preflight(open, 'https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
  });
});
