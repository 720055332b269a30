// The integration contract (issue 19): /openapi.json as an integrator's tools read it. It lints at
// 0 errors and 0 warnings under Redocly's recommended rules and validates with swagger-parser; every
// operation is named and lists the error codes it may answer, from the one registry the code's
// refusals and the README are held to; every example passes its schema; errors come as RFC 9457
// problem details on request; the committed TypeScript client matches the spec.
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020';
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { codesOf, ERROR_CODES, OPERATIONS, type ErrorCode, type Operation } from '../../api/errorCodes';
import { HTTP_STATUS, type RefusalKind } from '../../domain/refusal';
import { CLIENT_DIR, clientTypes, servedSpec, unconnectedApp } from '../../scripts/openapi';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let spec: any;
beforeAll(async () => {
  spec = await servedSpec();
});

const operations = () => Object.entries<Record<string, any>>(spec.paths).flatMap(([path, byMethod]) => Object.entries<any>(byMethod).map(([method, op]) => ({ path, method, op })));

describe('the spec as integrators\' tools read it', () => {
  it('is OpenAPI 3.1.0 and lints at 0 errors and 0 warnings under Redocly\'s recommended rules', () => {
    expect(spec.openapi).toBe('3.1.0');
    const file = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(spec));
    const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'redocly'), ['lint', file, '--format=json', '--extends=recommended'], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout);
    expect(report.problems.map((p: { ruleId: string; message: string }) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  it('validates with swagger-parser', async () => {
    await expect(SwaggerParser.validate(structuredClone(spec))).resolves.toBeTruthy();
  });

  it('names every operation as a client method, each once, and tags it', () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect([...ids].sort()).toEqual([...OPERATIONS].sort());
    for (const { op } of operations()) expect(spec.tags.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(op.tags));
    expect(spec.tags.every((t: { description?: string }) => t.description)).toBe(true);
  });

  it('describes every response, and lists each error code an operation may answer with its meaning, in both error shapes', () => {
    for (const { op } of operations()) {
      const expected = codesOf(op.operationId as Operation);
      for (const [status, response] of Object.entries<any>(op.responses)) {
        expect(response.description, `${op.operationId} ${status}`).not.toMatch(/^(Default Response)?$/);
        expect(Object.keys(response.content ?? {}).length, `${op.operationId} ${status} has a schema`).toBeGreaterThan(0);
        if (Number(status) < 400) continue;
        const codes = expected.get(Number(status));
        expect(codes, `${op.operationId} answers ${status}`).toBeDefined();
        for (const c of codes!) expect(response.description).toContain(`\`${c}\`: ${ERROR_CODES[c].meaning}`);
        expect(Object.keys(response.content)).toEqual(['application/json', 'application/problem+json']);
      }
      expect(Object.keys(op.responses).filter((s) => Number(s) >= 400).map(Number)).toEqual([...expected.keys()]);
    }
  });

  it('serves content types as they are: a PDF as binary, the register as CSV', () => {
    const doc = spec.paths['/api/v1/documents/{documentId}'].get.responses['200'].content;
    expect(doc['application/pdf'].schema).toMatchObject({ type: 'string', contentMediaType: 'application/pdf' });
    expect(Object.keys(spec.paths['/api/v1/documents'].get.responses['200'].content)).toEqual(['application/json', 'text/csv']);
  });

  it('has examples that pass their schemas', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    ajv.addSchema({ ...spec, $id: 'spec' });
    const failures: string[] = [];
    let checked = 0;
    const check = (pointer: string, example: unknown) => {
      const validate = ajv.getSchema(`spec#${pointer}`)!;
      checked++;
      if (!validate(example)) failures.push(`${pointer}: ${ajv.errorsText(validate.errors)}`);
    };
    const escape = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');
    const walk = (node: unknown, pointer: string): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, any>;
      // A schema's own examples (JSON Schema), a media type's or parameter's examples (OpenAPI).
      if (Array.isArray(n.examples) && (n.type || n.properties || n.oneOf || n.anyOf)) for (const e of n.examples) check(pointer, e);
      if (n.schema && typeof n.schema === 'object') {
        if (n.example !== undefined) check(`${pointer}/schema`, n.example);
        if (n.examples && !Array.isArray(n.examples)) for (const e of Object.values<any>(n.examples)) check(`${pointer}/schema`, e.value);
      }
      for (const [k, v] of Object.entries(n)) walk(v, `${pointer}/${escape(k)}`);
    };
    walk(spec.paths, '/paths');
    walk(spec.components, '/components');
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });
});

describe('Swagger UI (/docs)', () => {
  it('shows the examples as the request bodies to try: a procedure\'s demo request, a decision', async () => {
    const app = await unconnectedApp();
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.goto(`${url}/docs`);
      const shown = async (op: string) => {
        await page.click(`#operations-cases-${op} .opblock-summary`);
        return JSON.parse((await page.locator(`#operations-cases-${op} .opblock-section-request-body .microlight`).first().textContent())!);
      };
      const firstProcedure = spec.paths['/api/v1/cases'].post.requestBody.content['application/json'].schema.oneOf[0].$ref.split('/').pop();
      expect(await shown('startCase')).toEqual(spec.components.schemas[firstProcedure].examples[0]);
      expect(await shown('decideTask')).toEqual(Object.values<any>(spec.paths['/api/v1/cases/{caseId}/tasks/{taskId}/decision'].post.requestBody.content['application/json'].examples)[0].value);
    } finally {
      await browser.close();
      await app.close();
    }
  }, 60_000);
});

describe('the registry of error codes', () => {
  const sources = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
  const code = ['api', 'domain', 'procedures', 'workflows', 'identity', 'services', 'activities', 'db', 'documents'].flatMap((d) => sources(join(ROOT, d)))
    .filter((f) => !f.endsWith('errorCodes.ts')).map((f) => readFileSync(f, 'utf8')).join('\n');

  it('holds every refusal of the rules with the status of its kind', () => {
    const pairs = [...code.matchAll(/code: '([A-Z_]+)',\s*kind: '([a-z-]+)'|kind: '([a-z-]+)',\s*code: '([A-Z_]+)'/g)]
      .map((m) => [m[1] ?? m[4], m[2] ?? m[3]] as [string, RefusalKind]);
    expect(pairs.length).toBeGreaterThan(80);
    for (const [c, kind] of pairs) expect([c, ERROR_CODES[c as ErrorCode]?.status]).toEqual([c, HTTP_STATUS[kind]]);
  });

  it('holds every code the service answers, and each it holds is answered somewhere', () => {
    const named = new Set([...code.matchAll(/code: '([A-Z_]+)'/g)].map((m) => m[1]));
    expect([...named].filter((c) => !(c in ERROR_CODES))).toEqual([]);
    expect(Object.keys(ERROR_CODES).filter((c) => !code.includes(`'${c}'`))).toEqual([]);
  });

  it('is what the README\'s Errors tables say, status by status', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Errors'), readme.indexOf('\n## ', readme.indexOf('### Errors')));
    const documented = new Map<string, number>();
    for (const row of section.matchAll(/^\| (\d{3}) \| ([^|]+) \|/gm))
      for (const c of row[2].matchAll(/`([A-Z_]+)`/g)) documented.set(c[1], Number(row[1]));
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(Object.entries(ERROR_CODES).map(([c, e]) => [c, e.status])));
  });
});

describe('errors as RFC 9457 problem details', () => {
  it('on request (Accept: application/problem+json), with code and fields as extension members; the one shape stays the default', async () => {
    const app = await unconnectedApp();
    const problem = await app.inject({ method: 'DELETE', url: '/health', headers: { accept: 'application/problem+json', 'x-request-id': 'req-19' } });
    expect(problem.statusCode).toBe(405);
    expect(problem.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problem.json()).toEqual({
      type: 'urn:sistem-kerja:error:METHOD_NOT_ALLOWED', title: ERROR_CODES.METHOD_NOT_ALLOWED.meaning, status: 405,
      detail: '/health takes GET, HEAD, not DELETE', instance: 'urn:sistem-kerja:request:req-19', code: 'METHOD_NOT_ALLOWED',
    });
    const invalid = await app.inject({ method: 'GET', url: `/v/${'k'.repeat(65)}`, headers: { accept: 'application/problem+json' } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(invalid.json()).toMatchObject({
      type: 'urn:sistem-kerja:error:INVALID_REQUEST', status: 400, code: 'INVALID_REQUEST', fields: [{ field: 'params.kode', message: expect.any(String) }],
    });
    const plain = await app.inject({ method: 'DELETE', url: '/health' });
    expect(plain.headers['content-type']).toMatch(/^application\/json/);
    expect(plain.json()).toEqual({ error: { code: 'METHOD_NOT_ALLOWED', message: expect.any(String) } });
    await app.close();
  });
});

describe('the generated TypeScript client', () => {
  it('is what `npm run client:generate` makes of the served spec', async () => {
    expect(JSON.parse(readFileSync(join(CLIENT_DIR, 'openapi.json'), 'utf8'))).toEqual(spec);
    expect(readFileSync(join(CLIENT_DIR, 'schema.d.ts'), 'utf8')).toBe(await clientTypes(spec));
  }, 60_000);
});
