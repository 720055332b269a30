// Property-based fuzzing of every operation in the served /openapi.json (issue 14): a valid request
// with one hostile value put in one of its inputs (a path parameter, a query parameter, a header, a
// body field, a key, the whole body) is refused with a 4xx in the one error shape, never a 5xx or a
// hang, and nothing is written: no row in any table, no workflow. FUZZ_RUNS sets the number of
// requests (npm run fuzz -- --runs N); FUZZ_SEED replays a failing run.
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { api, newKey, taskOpen } from '../support/api';
import { loadDemoData, permohonan, requester } from '../support/cases';
import { inOneShape, rowCounts } from '../support/errors';
import { AUTH, startStack, type Stack } from '../support/stack';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** A request that takes longer is a hang. */
const HANG_MS = 10_000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface Operation { method: string; path: string; params: { in: string; name: string }[]; body?: Json }
/** Where the hostile value goes. */
type Site =
  | { kind: 'path' | 'query' | 'header'; name: string }
  | { kind: 'field'; at: (string | number)[]; type: string }
  | { kind: 'key'; at: (string | number)[] }
  | { kind: 'body' }
  | { kind: 'raw' };

let s: Stack;
let ops: Operation[];
let caseId: string;
const p = demoPeople('banjar');

beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool);
  // A real, open case: hostile requests name it, and must not move it.
  const started = await s.app.inject({
    method: 'POST', url: '/api/v1/cases', headers: { ...AUTH, 'idempotency-key': newKey(), 'x-acting-official': requester('banjar') },
    payload: { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') },
  });
  caseId = started.json().caseId;
  await api(s).until(caseId, taskOpen('rekomendasi-puo'));
  const doc = (await s.app.inject({ method: 'GET', url: '/openapi.json' })).json();
  // One operation per body shape it documents an example of (POST /cases: each procedure's request).
  ops = Object.entries<Record<string, any>>(doc.paths).flatMap(([path, byMethod]) => Object.entries<any>(byMethod).flatMap(([method, op]): Operation[] => {
    const schema = op.requestBody?.content?.['application/json']?.schema;
    const deref = (b: any) => (b.$ref ? doc.components.schemas[b.$ref.split('/').pop()] : b);
    const examples: Json[] = schema ? [schema, ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].map(deref).flatMap((b: any) => b.examples ?? []) : [];
    const params = (op.parameters ?? []).map((x: any) => ({ in: x.in, name: x.name }));
    return !schema ? [{ method: method.toUpperCase(), path, params }] : (examples.length ? examples : [{}]).map((body) => ({ method: method.toUpperCase(), path, params, body }));
  })).filter((op) => op.params.length || op.body !== undefined); // an operation that takes nothing has nothing to fuzz
});
afterAll(async () => s?.close());

/** The valid value of each parameter: the real case and its open task, the PUO who takes it. */
const BASELINE: Record<string, () => string> = {
  caseId: () => caseId, taskId: () => 'rekomendasi-puo', documentId: () => `${caseId}.surat-tugas`, region: () => 'banjar', action: () => 'umpan-balik',
  'x-acting-official': () => p.kadisKominfo, 'idempotency-key': () => newKey(),
};

/** Every place of a JSON value, with the JSON type it has there. */
function places(v: Json, at: (string | number)[] = []): Site[] {
  const type = Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
  const here: Site[] = at.length ? [{ kind: 'field', at, type }] : [];
  if (Array.isArray(v)) return [...here, ...v.flatMap((x, i) => places(x, [...at, i]))];
  if (v && typeof v === 'object') return [...here, { kind: 'key', at }, ...Object.entries(v).flatMap(([k, x]) => places(x, [...at, k]))];
  return here;
}

function sites(op: Operation): Site[] {
  return [
    ...op.params.filter((x) => x.in !== 'header' || x.name !== 'authorization').map((x) => ({ kind: x.in === 'path' ? 'path' : x.in === 'query' ? 'query' : 'header', name: x.name }) as Site),
    ...(op.body !== undefined ? [...places(op.body), { kind: 'body' } as Site, { kind: 'raw' } as Site] : []),
  ];
}

// Hostile values.
const FORBIDDEN = [...Array.from({ length: 32 }, (_, i) => i).filter((c) => c !== 9 && c !== 10), 0x7f, 0x80, 0x85, 0x9f].map((c) => String.fromCharCode(c));
const forbiddenChar = fc.oneof(fc.constantFrom(...FORBIDDEN), fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)));
const withForbidden = fc.tuple(fc.string({ maxLength: 20 }), forbiddenChar, fc.string({ maxLength: 20 })).map(([a, c, b]) => a + c + b);
const huge = fc.integer({ min: 4_001, max: 400_000 }).chain((n) => fc.constantFrom('x', 'é', '\u{1F600}', 'ab\n').map((c) => c.repeat(Math.ceil(n / c.length))));
const hostileText = fc.oneof(withForbidden, huge);
/** Numbers outside every numeric field's range, where a number is taken at all. */
const oddNumber = fc.constantFrom(1e308, -1e308, -1, -0.5, 2 ** 53 + 2, -(2 ** 31), 1.5e300, 5e-324, 1e-300);
const hugeArray = fc.integer({ min: 101, max: 60_000 }).map((n) => Array.from({ length: n }, () => 'x') as Json);
const deep = fc.integer({ min: 17, max: 3_000 }).map((n) => JSON.parse('['.repeat(n) + ']'.repeat(n)) as Json);
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];
const hostileKey = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), withForbidden, fc.constant('k'.repeat(5_000)));
/** A value of another JSON type than the one the valid request has there. */
const otherType = (type: string) => fc.constantFrom<Json>(...([null, true, 0, 'text', [], {}] as Json[]).filter((v) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v) !== type));
/** Encodings a URL should not carry, as raw text in the path or query. */
const oddEncoding = fc.constantFrom('%', '%zz', '%C0%AF', '%ED%A0%80', '%FF%FE', '%00', '%E0%A4%A', 'a%00b', '..%2F..%2F%00', '%0A%0D', '%7F');
const inUrl = fc.oneof(hostileText.map((t) => { try { return encodeURIComponent(t); } catch { return '%ED%A0%80'; } }), oddEncoding);
const inHeader = fc.oneof(withForbidden.map((t) => t.replace(/[\r\n]/g, '\u0000')), huge.map((t) => t.replace(/\n/g, 'x').slice(0, 6_000)), fc.constantFrom('', ' ', 'x'));

function withKey(o: Record<string, Json>, key: string, value: Json) {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true }); // even __proto__, as JSON carries it
}

function request(op: Operation, site: Site, hostile: Json, key: string): InjectOptions {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name) => (site.kind === 'path' && site.name === name ? String(hostile) : encodeURIComponent(BASELINE[name]?.() ?? 'x')));
  const query = op.params.filter((x) => x.in === 'query' && site.kind === 'query' && site.name === x.name).map((x) => `${x.name}=${hostile}`).join('&');
  const headers: Record<string, string> = { ...AUTH };
  for (const x of op.params.filter((x) => x.in === 'header')) headers[x.name] = site.kind === 'header' && site.name === x.name ? String(hostile) : BASELINE[x.name]?.() ?? 'x';
  const url = query ? `${path}?${query}` : path;
  if (op.body === undefined) return { method: op.method as InjectOptions['method'], url, headers };
  let body: Json = structuredClone(op.body);
  if (site.kind === 'body') body = hostile;
  if (site.kind === 'field' || site.kind === 'key') {
    const parent = site.at.slice(0, site.kind === 'field' ? -1 : undefined).reduce<any>((o, k) => o[k], body);
    if (site.kind === 'field') parent[site.at.at(-1)!] = hostile;
    else withKey(parent, key, hostile);
  }
  if (site.kind === 'raw') {
    const raw = RAW_BODIES[Number(hostile)];
    return { method: op.method as InjectOptions['method'], url, headers: { ...headers, 'content-type': raw.type }, payload: raw.payload };
  }
  return { method: op.method as InjectOptions['method'], url, headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify(body) };
}

/** Bodies that are not JSON, are not UTF-8, or come as another type. */
const RAW_BODIES: { type: string; payload: string | Buffer }[] = [
  ...['', '{', '{"a":1,}', 'null null', "{'a':1}", '\u0000', '{"a":"\\ud800"}'].map((payload) => ({ type: 'application/json', payload })),
  ...[[0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d], [0xff, 0xfe, 0x7b, 0x7d]].map((bytes) => ({ type: 'application/json', payload: Buffer.from(bytes) })),
  { type: 'text/plain', payload: '{}' }, { type: 'application/x-www-form-urlencoded', payload: 'a=1' }, { type: 'application/json; charset=latin1', payload: '{}' },
];

function hostileFor(site: Site): fc.Arbitrary<Json> {
  switch (site.kind) {
    case 'path': case 'query': return inUrl;
    case 'header': return inHeader;
    case 'field': return fc.oneof(hostileText, oddNumber, otherType(site.type), hugeArray, deep, fc.constant({ constructor: { prototype: { admin: true } } } as Json));
    case 'key': return fc.oneof(hostileText, otherType('none'), deep);
    case 'body': return fc.oneof(hostileText, oddNumber, hugeArray, deep, fc.constantFrom<Json>(true, 0, 'text', []));
    case 'raw': return fc.integer({ min: 0, max: RAW_BODIES.length - 1 });
  }
}

const hostileRequest = () => fc.constantFrom(...ops).chain((op) => fc.constantFrom(...sites(op)).chain((site) =>
  fc.tuple(hostileFor(site), hostileKey).map(([v, key]) => ({ op: `${op.method} ${op.path}`, site, options: request(op, site, v, key) }))));

const workflows = async () => (await s.temporal.workflow.count(`TaskQueue = "${s.taskQueue}"`)).count;

it(`${RUNS} hostile requests over every operation: 4xx in the one shape, nothing written`, async () => {
  expect(new Set(ops.map((op) => `${op.method} ${op.path}`)).size).toBeGreaterThanOrEqual(12);
  const rows = await rowCounts(s.db.pool);
  const started = await workflows();
  const before = await api(s).getCase(caseId);
  const statuses: Record<number, number> = {};
  await fc.assert(fc.asyncProperty(hostileRequest(), async ({ op, site, options }) => {
    const res = await Promise.race([
      s.app.inject(options),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${op} hung for ${HANG_MS} ms`)), HANG_MS)),
    ]);
    statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
    let body: unknown;
    try { body = JSON.parse(res.body); } catch { body = res.body; }
    if (res.statusCode < 400 || res.statusCode >= 500 || !inOneShape(body))
      throw new Error(`${op} with a hostile ${site.kind} ${'name' in site ? site.name : 'at' in site ? site.at.join('.') : ''} answered ${res.statusCode} ${res.body.slice(0, 300)}`);
  }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
  // A refusal past validation (403, 404, 409, 422) is the outcome its Idempotency-Key replays: that
  // record is the only row a hostile request may leave, and it records a refusal.
  const { idempotency_keys: keysBefore, ...other } = rows;
  const { idempotency_keys: keysAfter, ...otherAfter } = await rowCounts(s.db.pool);
  expect(otherAfter).toEqual(other);
  const { rows: recorded } = await s.db.pool.query('SELECT response_status FROM idempotency_keys ORDER BY created_at OFFSET $1', [keysBefore]);
  expect(recorded.length).toBe(keysAfter - keysBefore);
  for (const r of recorded) expect(r.response_status).toBeGreaterThan(400);
  for (const r of recorded) expect(r.response_status).toBeLessThan(500);
  expect(await workflows()).toBe(started);
  const after = await api(s).getCase(caseId);
  expect({ status: after.status, version: after.version, timeline: after.timeline.length }).toEqual({ status: before.status, version: before.version, timeline: before.timeline.length });
  console.info(`fuzz: ${RUNS} requests over ${ops.length} operations and body shapes, statuses ${JSON.stringify(statuses)}`);
}, Math.max(120_000, RUNS * 200));
