// The door (issue 14, findings 1, 2, 7, 8): hostile text never reaches PostgreSQL or a workflow,
// every field is bounded, and every refusal, Fastify's and Node's included, is in the one shape.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { api, newKey, taskOpen } from '../support/api';
import { loadDemoData, permohonan, requester } from '../support/cases';
import { expectRefusal, rowCounts } from '../support/errors';
import { AUTH, startStack, type Stack } from '../support/stack';

let s: Stack;
beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool);
});
afterAll(async () => s?.close());

const p = demoPeople('banjar');
const p2 = (over: object = {}) => ({ procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar'), ...over });
const start = (payload: object | string, headers: Record<string, string> = {}) => s.app.inject({
  method: 'POST', url: '/api/v1/cases', payload,
  headers: { ...AUTH, 'idempotency-key': newKey(), 'x-acting-official': requester('banjar'), ...(typeof payload === 'string' ? { 'content-type': 'application/json' } : {}), ...headers },
});
const get = (url: string) => s.app.inject({ method: 'GET', url, headers: AUTH });

/** Starts a P2 case and waits for the PUO's recommendation task. */
async function openP2(): Promise<string> {
  const r = await start(p2());
  expect(r.statusCode).toBe(201);
  const caseId = r.json().caseId;
  await api(s).until(caseId, taskOpen('rekomendasi-puo'));
  return caseId;
}

describe('finding 1: a NUL, a control character or a lone surrogate stops at the door', () => {
  it('in the notes or reasons of a decision: 400 naming the field, and the case still moves', async () => {
    const caseId = await openP2();
    const c = api(s);
    expect(expectRefusal(await c.decide(caseId, 'rekomendasi-puo', p.kadisKominfo, { decision: 'approve', notes: 'ok\u0000' }), 400, 'INVALID_REQUEST').fields)
      .toEqual([{ field: 'body.notes', message: expect.stringContaining('U+0000') }]);
    expect(expectRefusal(await c.decide(caseId, 'rekomendasi-puo', p.kadisKominfo, { decision: 'refuse', reasons: 'tidak\u0007' }), 400, 'INVALID_REQUEST').fields)
      .toEqual([{ field: 'body.reasons', message: expect.stringContaining('U+0007'), citation: 'banjar lampiran II.B.1.b.3' }]); // the step's article
    // Line breaks and tabs are free text's own.
    expect((await c.decide(caseId, 'rekomendasi-puo', p.kadisKominfo, { decision: 'approve', notes: 'kompetensi sesuai;\n\tdata lengkap' })).statusCode).toBe(200);
    expect((await c.getCase(caseId)).timeline[1].notes).toBe('kompetensi sesuai;\n\tdata lengkap');
  });

  it('in a start: 400 naming the field (body.maksud, body.kompetensi[1]); no case is created', async () => {
    const before = await rowCounts(s.db.pool);
    const count = await s.temporal.workflow.count(`TaskQueue = "${s.taskQueue}"`);
    expect(expectRefusal(await start(p2({ maksud: 'Pengembangan\u0000 dashboard' })), 400, 'INVALID_REQUEST').fields).toEqual([{ field: 'body.maksud', message: expect.any(String), citation: 'banjar lampiran II.B.1.b.1' }]);
    expect(expectRefusal(await start(p2({ kompetensi: ['analisis data', 'visual\u0000isasi'] })), 400, 'INVALID_REQUEST').fields).toEqual([{ field: 'body.kompetensi[1]', message: expect.any(String), citation: 'banjar lampiran II.B.1.b.1' }]);
    expect(expectRefusal(await start(p2({ target: 'dashboard \ud800' })), 400, 'INVALID_REQUEST').fields).toEqual([{ field: 'body.target', message: expect.stringContaining('surrogate'), citation: 'banjar lampiran II.B.1.b.1' }]);
    // A name is one line: no tab or line break either.
    expect(expectRefusal(await start(p2({ timKerja: { nama: 'Tim\nData', peran: 'anggota' } })), 400, 'INVALID_REQUEST').fields).toEqual([{ field: 'body.timKerja.nama', message: expect.any(String) }]);
    expect(await rowCounts(s.db.pool)).toEqual(before);
    expect((await s.temporal.workflow.count(`TaskQueue = "${s.taskQueue}"`)).count).toBe(count.count);
  });

  it('text is stored in Unicode NFC, whatever form the client sent', async () => {
    const r = await start(p2({ maksud: 'Pengembangan dashboard kine\u0301rja' }));
    expect(r.statusCode).toBe(201);
    expect(r.json().subject.permohonan.maksud).toBe('Pengembangan dashboard kin\u00e9rja');
  });

  it('in a path id, a paging cursor, a header or a master-data name: 400, not 500', async () => {
    expect(expectRefusal(await get('/api/v1/cases/banjar-p2-%00'), 400, 'INVALID_REQUEST').fields).toEqual([{ field: 'params.caseId', message: expect.any(String) }]);
    const cursor = Buffer.from(JSON.stringify({ startedAt: '2027-01-01T00:00:00Z', caseId: 'x\u0000' })).toString('base64url');
    expectRefusal(await get(`/api/v1/cases?after=${cursor}`), 400, 'INVALID_CURSOR');
    expectRefusal(await get('/api/v1/cases?status=%00'), 400, 'INVALID_REQUEST');
    // A percent-encoding that is not UTF-8 is kept raw by the query parser: refused by its name, not matched as text.
    expect(expectRefusal(await get('/api/v1/documents?unit=%C0%AF'), 400, 'INVALID_REQUEST').fields).toEqual([{ field: 'querystring.unit', message: expect.any(String) }]);
    const key = await start(p2(), { 'idempotency-key': 'key-\u0000-12345' });
    expect(expectRefusal(key, 400, 'INVALID_REQUEST').fields).toEqual([{ field: 'headers.idempotency-key', message: expect.any(String) }]);
    const md = await s.app.inject({
      method: 'POST', url: '/api/v1/master-data/banjar', headers: AUTH,
      payload: { units: [{ kode: 'X1', nama: 'Unit\u0000', induk: null, jenis: 'dinas', kodeSurat: 'X1' }] },
    });
    expect(expectRefusal(md, 400, 'INVALID_REQUEST').fields).toEqual([{ field: 'body.units[0].nama', message: expect.any(String) }]);
  });
});

describe('finding 2: every field is bounded; what Temporal could not carry is refused before it is called', () => {
  it('free text, lists, names and dates have limits, and they are in /openapi.json', async () => {
    const caseId = await openP2();
    const c = api(s);
    expect(expectRefusal(await c.decide(caseId, 'rekomendasi-puo', p.kadisKominfo, { decision: 'approve', notes: 'x'.repeat(4001) }), 400, 'INVALID_REQUEST').fields)
      .toEqual([{ field: 'body.notes', message: expect.stringContaining('4000') }]);
    expect(expectRefusal(await start(p2({ kompetensi: Array.from({ length: 10_000 }, (_, i) => `k${i}`) })), 400, 'INVALID_REQUEST').fields)
      .toEqual([{ field: 'body.kompetensi', message: expect.any(String), citation: 'banjar lampiran II.B.1.b.1' }]);
    for (const jangkaWaktu of [{ mulai: '0000-01-01', selesai: '2027-06-30' }, { mulai: '2027-01-04', selesai: '9999-12-31' }])
      expect(expectRefusal(await start(p2({ jangkaWaktu })), 400, 'INVALID_REQUEST').fields!.map((f) => f.field))
        .toEqual([jangkaWaktu.mulai === '0000-01-01' ? 'body.jangkaWaktu.mulai' : 'body.jangkaWaktu.selesai']);
    const md = await s.app.inject({
      method: 'POST', url: '/api/v1/master-data/banjar', headers: AUTH,
      payload: { units: [{ kode: 'X1', nama: 'U'.repeat(900_000), induk: null, jenis: 'dinas', kodeSurat: 'X1' }] },
    });
    expect(expectRefusal(md, 400, 'INVALID_REQUEST').fields).toEqual([{ field: 'body.units[0].nama', message: expect.any(String) }]);
    const doc = (await get('/openapi.json')).json();
    // The procedures' requests are named schemas (a discriminator selects by $ref).
    const body = doc.components.schemas['penunjukan-lintas-unit'];
    expect(body.properties.maksud.maxLength).toBe(4000);
    expect(body.properties.kompetensi.maxItems).toBe(50);
  });

  it('a body Temporal could not carry (600 KB maksud) is 413, not 503 "retry"', async () => {
    const before = await rowCounts(s.db.pool);
    expectRefusal(await start(p2({ maksud: 'm'.repeat(600_000) })), 413, 'BODY_TOO_LARGE');
    expect(await rowCounts(s.db.pool)).toEqual(before);
  });

  it('every string and list an operation takes is bounded in /openapi.json', async () => {
    const doc = (await get('/openapi.json')).json();
    const unbounded: string[] = [];
    const seen = new Set<object>();
    const walk = (schema: Record<string, any> | undefined, at: string) => {
      if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
      seen.add(schema);
      if (schema.$ref) return walk(doc.components.schemas[schema.$ref.split('/').pop()], at);
      if (schema.type === 'string' && schema.maxLength === undefined && schema.enum === undefined && schema.const === undefined) unbounded.push(at);
      if (schema.type === 'array' && schema.maxItems === undefined) unbounded.push(at);
      for (const [k, v] of Object.entries(schema.properties ?? {})) walk(v as object, `${at}.${k}`);
      walk(schema.items, `${at}[]`);
      for (const k of ['oneOf', 'anyOf', 'allOf'] as const) (schema[k] ?? []).forEach((v: object, i: number) => walk(v, `${at}<${i}>`));
    };
    for (const [path, ops] of Object.entries<Record<string, any>>(doc.paths))
      for (const [method, op] of Object.entries<any>(ops)) {
        for (const param of op.parameters ?? []) walk(param.schema, `${method} ${path} ${param.in}.${param.name}`);
        walk(op.requestBody?.content?.['application/json']?.schema, `${method} ${path} body`);
      }
    expect(unbounded).toEqual([]);
  });
});

describe('finding 7: an action a procedure does not have', () => {
  it('is 404 UNKNOWN_ACTION, not 500', async () => {
    const caseId = await openP2();
    expectRefusal(await api(s).act(caseId, 'actions/anything', requester('banjar'), { isi: 'x' }), 404, 'UNKNOWN_ACTION');
    expect((await api(s).getCase(caseId)).status).toBe('awaiting-decision');
  });
});

describe('finding 8: every refusal is in the one shape, with its own code', () => {
  it('an extra property is named by its own name; a __proto__ key is a clear 400', async () => {
    expect(expectRefusal(await start(p2({ bogus: 1 })), 400, 'INVALID_REQUEST').fields).toEqual([{ field: 'body.bogus', message: expect.any(String) }]);
    // A body that is one of several shapes (an action's): named against the closest one.
    const action = await api(s).act('banjar-p2-x', 'actions/umpan-balik', requester('banjar'), { isi: 'lanjutkan', bogus: 1 });
    expect(expectRefusal(action, 400, 'INVALID_REQUEST').fields).toEqual([{ field: 'body.bogus', message: expect.any(String) }]);
    // A value outside a list of literals: once, not once per literal.
    expect(expectRefusal(await start(p2({ region: 'jakarta' })), 400, 'INVALID_REQUEST').fields).toEqual([{ field: 'body.region', message: expect.stringContaining('none of the values') }]);
    const proto = await start(JSON.stringify(p2()).replace(/^\{/, '{"__proto__":{"admin":true},'));
    expect(expectRefusal(proto, 400, 'INVALID_REQUEST').fields).toEqual([{ field: 'body.__proto__', message: expect.stringContaining('__proto__') }]);
    expect(expectRefusal(await start(JSON.stringify({ ...p2(), jangkaWaktu: { constructor: { prototype: {} }, mulai: '2027-01-04', selesai: '2027-06-30' } })), 400, 'INVALID_REQUEST').fields)
      .toEqual([{ field: 'body.jangkaWaktu.constructor', message: expect.any(String), citation: 'banjar lampiran II.B.1.b.1' }]);
  });

  it('a caller\'s X-Request-Id is echoed where it is a plain token, replaced otherwise', async () => {
    const plain = await s.app.inject({ method: 'GET', url: '/api/v1/nothing', headers: { ...AUTH, 'x-request-id': 'eoffice-42.a:b' } });
    expect(plain.headers['x-request-id']).toBe('eoffice-42.a:b');
    const odd = await s.app.inject({ method: 'GET', url: '/api/v1/nothing', headers: { ...AUTH, 'x-request-id': `x\u0000${'y'.repeat(300)}` } });
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expectRefusal(odd, 404, 'NOT_FOUND');
  });

  it('malformed JSON, bad UTF-8, another content type, an empty body', async () => {
    expectRefusal(await start('{"procedure":'), 400, 'MALFORMED_JSON');
    expectRefusal(await start(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) as unknown as string, { 'content-type': 'application/json' }), 400, 'INVALID_ENCODING');
    expectRefusal(await start('procedure=x', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectRefusal(await start(''), 400, 'MALFORMED_JSON');
    expectRefusal(await start('{}', { 'content-type': 'application/json; charset=iso-8859-1' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('an unknown route, a method a path does not take, a malformed URL, a too long URL', async () => {
    expectRefusal(await get('/api/v1/nothing'), 404, 'NOT_FOUND');
    const r = await s.app.inject({ method: 'DELETE', url: '/api/v1/cases', headers: AUTH });
    expectRefusal(r, 405, 'METHOD_NOT_ALLOWED');
    expect(r.headers.allow).toContain('POST');
    expectRefusal(await get('/api/v1/cases/%E0%A4%A'), 400, 'MALFORMED_URL');
    expectRefusal(await get(`/api/v1/cases?requester=${'1'.repeat(5000)}`), 414, 'URI_TOO_LONG');
    expectRefusal(await get(`/api/v1/cases/${'c'.repeat(600)}`), 414, 'URI_TOO_LONG');
  });

  describe('over a socket: what Node refuses before Fastify', () => {
    let port: number;
    beforeAll(async () => {
      await s.app.listen({ port: 0, host: '127.0.0.1' });
      port = (s.app.server.address() as AddressInfo).port;
    });
    const raw = (text: string) => new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(text));
      let got = '';
      socket.on('data', (d) => { got += d; }).on('close', () => resolve(got)).on('error', reject);
    });
    const oneShape = (response: string, status: number, code: string) => {
      const [head, body] = response.split('\r\n\r\n');
      expect(head.split('\r\n')[0]).toBe(`HTTP/1.1 ${status} ${{ 400: 'Bad Request', 431: 'Request Header Fields Too Large' }[status]}`);
      expectRefusal({ statusCode: status, body }, status, code);
    };

    it('431: headers too large', async () => {
      oneShape(await raw(`GET /api/v1/cases HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`), 431, 'HEADERS_TOO_LARGE');
    });

    it('400: a request that is not HTTP', async () => {
      oneShape(await raw('HELLO\r\n\r\n'), 400, 'BAD_REQUEST');
    });

    it('a real client gets the same shapes', async () => {
      const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ port, host: '127.0.0.1', path: '/api/v1/cases/%E0%A4%A', headers: AUTH }, (res) => {
          let body = '';
          res.on('data', (d) => { body += d; }).on('end', () => resolve({ status: res.statusCode!, body }));
        });
        req.on('error', reject).end();
      });
      expectRefusal({ statusCode: status.status, body: status.body }, 400, 'MALFORMED_URL');
    });
  });
});
