// GET /metrics: Prometheus's text format with the cases by status, decision latency, errors by code
// and request durations, from a real case through the real stack.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import type { CaseView } from '../../domain/kasus';
import { loadDemoData, permohonan, requester } from '../support/cases';
import { AUTH, startStack, type Stack } from '../support/stack';

let s: Stack;
beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool, ['banjar']);
});
afterAll(async () => s?.close());

const scrape = async () => {
  const r = await s.app.inject({ method: 'GET', url: '/metrics' });
  expect(r.statusCode).toBe(200);
  expect(r.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return r.body;
};

it('counts cases by status, decisions with their latency, errors by code and requests by route', async () => {
  const p = demoPeople('banjar');
  const started = await s.app.inject({
    method: 'POST', url: '/api/v1/cases',
    headers: { ...AUTH, 'idempotency-key': 'metrics-0001', 'x-acting-official': requester('banjar') },
    payload: { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') },
  });
  const id = started.json().caseId;
  for (const end = Date.now() + 20_000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const c: CaseView = (await s.app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: AUTH })).json();
    if (c.tasks?.some((t) => t.id === 'rekomendasi-puo' && t.status === 'open')) break;
  }
  const decide = (actor: string) => s.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/tasks/rekomendasi-puo/decision`, headers: { ...AUTH, 'x-acting-official': actor }, payload: { decision: 'approve' } });
  const wrong = await decide(p.pranataKomputer1);
  expect(wrong.statusCode).toBe(403);
  expect((await decide(p.kadisKominfo)).statusCode).toBe(200);
  expect((await s.app.inject({ method: 'GET', url: '/api/v1/cases', headers: {} })).statusCode).toBe(401);

  const text = await scrape();
  expect(text).toMatch(/^sistem_kerja_cases\{status="[a-z-]+",region="banjar"\} 1$/m);
  expect(text).toContain('sistem_kerja_decision_duration_seconds_count{status="200"} 1');
  expect(text).toContain('sistem_kerja_decision_duration_seconds_count{status="403"} 1');
  expect(text).toContain(`sistem_kerja_errors_total{code="${wrong.json().error.code}",status="403"} 1`);
  expect(text).toContain('sistem_kerja_errors_total{code="UNAUTHENTICATED",status="401"} 1');
  expect(text).toContain('sistem_kerja_http_request_duration_seconds_count{method="POST",route="/api/v1/cases",status="201"} 1');
  // Where a request's time goes, by step (npm run bench prints them).
  for (const step of ['validation', 'idempotency key', 'master data read', 'plan', 'workflow start', 'start answer'])
    expect(text).toMatch(new RegExp(`^sistem_kerja_api_step_duration_seconds_count\\{step="${step}"\\} [1-9]`, 'm'));
  expect(text).toContain('sistem_kerja_api_step_duration_seconds_count{step="update round trip"} 2'); // the one refused (403) too
  expect(text).toMatch(/^process_cpu_seconds_total \d/m);
});
