// One P2 case (penunjukan lintas unit, banjar) from request to receipt through the API, every message
// with its Idempotency-Key so that a retried request is the same request.
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import type { CaseView } from '../../domain/kasus';
import { permohonan, requester } from './cases';
import { AUTH, type Stack } from './stack';

export type Send = (method: 'GET' | 'POST', url: string, headers?: Record<string, string>, payload?: object) => Promise<LightMyRequestResponse>;

/** Each request once, as it is. */
export const sendOnce = (s: Stack): Send => (method, url, headers = {}, payload) => s.app.inject({ method, url, headers: { ...AUTH, ...headers }, payload });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs the case to `issued`; `alive` is asked between polls (say, whether the worker process still runs). */
export async function runP2Case(send: Send, key: string, alive: () => void = () => undefined): Promise<string> {
  const p = demoPeople('banjar');
  const until = async (id: string, ok: (c: CaseView) => boolean) => {
    for (const end = Date.now() + 90_000; Date.now() < end; await sleep(200)) {
      alive();
      const r = await send('GET', `/api/v1/cases/${id}`);
      if (r.statusCode === 200 && ok(r.json())) return;
    }
    throw new Error(`case ${id} did not reach the expected state`);
  };
  const open = (task: string) => (c: CaseView) => c.tasks.some((t) => t.id === task && t.status === 'open');
  const decide = (id: string, task: string, actor: string) =>
    send('POST', `/api/v1/cases/${id}/tasks/${task}/decision`, { 'x-acting-official': actor, 'idempotency-key': `${id}-${task}` }, { decision: 'approve' });

  const started = await send('POST', '/api/v1/cases', { 'idempotency-key': key, 'x-acting-official': requester('banjar') },
    { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') });
  expect([200, 201]).toContain(started.statusCode);
  const id: string = started.json().caseId;
  await until(id, open('rekomendasi-puo'));
  expect((await decide(id, 'rekomendasi-puo', p.kadisKominfo)).statusCode).toBe(200);
  await until(id, open('keputusan-ppk'));
  expect((await decide(id, 'keputusan-ppk', p.kabidAptika)).statusCode).toBe(200);
  await until(id, (c) => c.status === 'awaiting-acknowledgement');
  expect((await send('POST', `/api/v1/cases/${id}/acknowledge`, { 'x-acting-official': p.pranataKomputer1, 'idempotency-key': `${id}-ack` }, {})).statusCode).toBe(200);
  await until(id, (c) => c.status === 'issued');
  return id;
}
