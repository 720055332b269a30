// Calls of the public API as the API suites make them: through app.inject, with the test key.
import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import type { CaseView } from '../../domain/kasus';
import { AUTH, type Stack } from './stack';

let keys = 0;
export const newKey = () => `key-${Date.now()}-${keys++}`;

export function api(s: Stack) {
  const get = async (url: string, actor?: string) =>
    (await s.app.inject({ method: 'GET', url, headers: { ...AUTH, ...(actor ? { 'x-acting-official': actor } : {}) } })).json();
  const client = {
    start: (actor: string, payload: object, key = newKey()) =>
      s.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...AUTH, 'idempotency-key': key, 'x-acting-official': actor }, payload }),
    decide: (caseId: string, taskId: string, actor: string, payload: object) =>
      s.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/tasks/${taskId}/decision`, headers: { ...AUTH, 'x-acting-official': actor }, payload }),
    act: (caseId: string, what: string, actor: string, payload: object = {}) =>
      s.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/${what}`, headers: { ...AUTH, 'x-acting-official': actor }, payload }),
    getCase: (caseId: string): Promise<CaseView> => get(`/api/v1/cases/${caseId}`),
    inbox: (nip: string, query = '') => get(`/api/v1/inbox${query}`, nip),
    /** The projection follows the workflow: wait (up to 20 s, for a loaded CI machine) until the case reaches a state. */
    async until(caseId: string, ok: (c: CaseView) => boolean): Promise<CaseView> {
      for (const end = Date.now() + 20_000; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) {
        const c = await client.getCase(caseId);
        if (ok(c)) return c;
      }
      throw new Error(`case ${caseId} did not reach the expected state`);
    },
    /**
     * A case started through the API and moved by whoever holds each open task (a decision approves, or
     * answers as `answers[taskId]` says; a tindakan is done; a receipt acknowledged) until `done` holds.
     */
    async drive(actor: string, request: object, done: (c: CaseView) => boolean, answers: Record<string, object> = {}): Promise<CaseView> {
      const started = await client.start(actor, request);
      expect(started.statusCode).toBe(201);
      const id: string = started.json().caseId;
      for (;;) {
        const c = await client.until(id, (x) => done(x) || x.tasks.some((t) => t.status === 'open'));
        if (done(c)) return c;
        const task = c.tasks.find((t) => t.status === 'open')!;
        const r = task.kind === 'tanda-terima' ? await client.act(id, 'acknowledge', task.assignee.nip)
          : task.kind === 'tindakan' ? await client.act(id, `tasks/${task.id}/complete`, task.assignee.nip, { isi: 'disampaikan' })
          : await client.decide(id, task.id, task.assignee.nip, answers[task.id] ?? { decision: 'approve' });
        expect(r.statusCode).toBe(200);
        await client.until(id, (x) => done(x) || !x.tasks.some((t) => t.id === task.id && t.status === 'open'));
      }
    },
  };
  return client;
}

export const taskOpen = (id: string) => (c: CaseView) => c.tasks?.some((t) => t.id === id && t.status === 'open');

type Auth = Record<'authorization', string>;

/**
 * The same calls with the key of each agency (a case spanning two acts through both): `stack` is read
 * at call time, as suites start it in beforeAll.
 */
export function keyedApi(stack: () => Stack) {
  const inject = (o: InjectOptions) => stack().app.inject(o);
  const post = (auth: Auth, url: string, actor: string, payload: object = {}) => inject({ method: 'POST', url, headers: { ...auth, 'x-acting-official': actor }, payload });
  const get = (auth: Auth, url: string, actor?: string) => inject({ method: 'GET', url, headers: { ...auth, ...(actor ? { 'x-acting-official': actor } : {}) } });
  return {
    post, get,
    start: (auth: Auth, actor: string, payload: object) =>
      inject({ method: 'POST', url: '/api/v1/cases', headers: { ...auth, 'idempotency-key': newKey(), 'x-acting-official': actor }, payload }),
    decide: (auth: Auth, caseId: string, taskId: string, actor: string, payload: object = { decision: 'approve' }) =>
      post(auth, `/api/v1/cases/${caseId}/tasks/${taskId}/decision`, actor, payload),
    complete: (auth: Auth, caseId: string, taskId: string, actor: string, payload: object) =>
      post(auth, `/api/v1/cases/${caseId}/tasks/${taskId}/complete`, actor, payload),
    /** As `api().until`, read through this key. */
    async until(auth: Auth, caseId: string, ok: (c: CaseView) => boolean): Promise<CaseView> {
      for (const end = Date.now() + 20_000; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) {
        const c: CaseView = (await get(auth, `/api/v1/cases/${caseId}`)).json();
        if (ok(c)) return c;
      }
      throw new Error(`case ${caseId} did not reach the expected state`);
    },
  };
}
