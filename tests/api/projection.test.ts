// The projection never decides a case: a row frozen by hand (issue 14, finding 10) or written ahead of
// the history Temporal kept (finding 5, its symptom written as it was seen) neither blocks the case nor
// is answered as its state, and the reconciler puts the workflow's view back, saying so.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import type { CaseView } from '../../domain/kasus';
import { reconcile } from '../../api/reconciler';
import { caseQuery } from '../../workflows/shared';
import { api, taskOpen } from '../support/api';
import { loadDemoData, permohonan, requester } from '../support/cases';
import { testLogger } from '../support/logger';
import { startStack, type Stack } from '../support/stack';

let s: Stack;
beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool, ['banjar']);
});
afterAll(() => s?.close());

const p = demoPeople('banjar');
const reconcileNow = () => reconcile({ pool: s.db.pool, temporal: s.temporal, taskQueue: s.taskQueue, log: testLogger() }, new Date(Date.now() - 60_000));
const row = async (id: string) => (await s.db.pool.query('SELECT version, status, view FROM cases WHERE case_id = $1', [id])).rows[0];
const held = (id: string) => s.temporal.workflow.getHandle(id).query(caseQuery);

async function p2Case(key: string): Promise<string> {
  const { start, until } = api(s);
  const id: string = (await start(requester('banjar'), { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') }, key)).json().caseId;
  await until(id, taskOpen('rekomendasi-puo'));
  return id;
}

/** A P2 case decided by both, waiting for the employee's receipt. */
async function p2AtReceipt(key: string): Promise<string> {
  const { decide, until } = api(s);
  const id = await p2Case(key);
  await decide(id, 'rekomendasi-puo', p.kadisKominfo, { decision: 'approve' });
  await until(id, taskOpen('keputusan-ppk'));
  await decide(id, 'keputusan-ppk', p.kabidAptika, { decision: 'approve' });
  await until(id, (c) => c.status === 'awaiting-acknowledgement');
  return id;
}

it('a version raised by hand: the next decision answers the true case and its write heals the row; a waiting case, the reconciler', async () => {
  const { decide } = api(s);
  const id = await p2Case('projection-hand-0001');
  const raise = () => s.db.pool.query('UPDATE cases SET version = version + 100 WHERE case_id = $1', [id]);
  await raise();

  const decided = await decide(id, 'rekomendasi-puo', p.kadisKominfo, { decision: 'approve' });
  expect(decided.statusCode).toBe(200);
  const answer: CaseView = decided.json();
  expect(answer.tasks.find((t) => t.id === 'rekomendasi-puo')?.status).not.toBe('open');
  expect(answer.tasks.some((t) => t.id === 'keputusan-ppk' && t.status === 'open')).toBe(true);
  // The workflow's write came from a later history position than the frozen row's: it replaced it.
  expect((await row(id)).view).toEqual(JSON.parse(JSON.stringify(await held(id))));

  // Raised again while the case waits for the PPK (nothing writes): the reconciler's pass repairs it.
  await raise();
  const drifts = await reconcileNow();
  expect(drifts).toContainEqual({ caseId: id, why: expect.stringMatching(/^version \d+ while its view is version \d+$/), outcome: 'repaired' });
  const truth = await held(id);
  const repaired = await row(id);
  expect(repaired.version).toBe(truth.version);
  expect(repaired.view).toEqual(JSON.parse(JSON.stringify(truth)));
  // Repaired, the row takes the workflow's writes again.
  expect((await decide(id, 'keputusan-ppk', p.kabidAptika, { decision: 'approve' })).statusCode).toBe(200);
  expect((await row(id)).version).toBe((await held(id)).version);
  expect((await reconcileNow()).filter((d) => d.caseId === id)).toEqual([]);
}, 60_000);

it('a projection ahead of history (closed, a later version, a position Temporal lacks) neither blocks the receipt nor survives a pass', async () => {
  const { act } = api(s);
  const id = await p2AtReceipt('projection-ahead-0001');
  // What finding 5 saw: the row says issued, versions on (more than the case will write), written from history the server then lost.
  const ahead = `UPDATE cases SET status = 'issued', version = version + 20, history_length = 100000,
                    view = jsonb_set(jsonb_set(view, '{status}', '"issued"'), '{version}', to_jsonb(version + 20)) WHERE case_id = $1`;
  await s.db.pool.query(ahead, [id]);

  // The workflow, not the row, says whether the case is closed; the reconciler finds it either way.
  const drifts = await reconcileNow();
  expect(drifts).toContainEqual({ caseId: id, why: expect.stringMatching(/^written at history position 100000, beyond the \d+ events Temporal has$/), outcome: 'repaired' });
  expect((await row(id)).status).toBe('awaiting-acknowledgement');

  await s.db.pool.query(ahead, [id]);
  let acknowledged!: Awaited<ReturnType<typeof act>>;
  const asked = await askedDuring(async () => void (acknowledged = await act(id, 'acknowledge', p.pranataKomputer1)));
  // A closed row further on than where the receipt's Update answered: Temporal describes the run and, lacking that position, the workflow answers its view.
  expect(asked.slice(-2)).toEqual([`describe ${id}`, `query ${id}`]);
  expect(acknowledged.statusCode).toBe(200);
  // Closed by the receipt, the case is answered as the projection has it; the pass below puts the workflow's view there.
  expect(acknowledged.json().status).toBe('issued');
  expect((await held(id)).timeline.at(-1)?.action).toBe('diterima');
  // The case goes on or ends with the row still ahead of it: the next pass repairs it.
  expect((await reconcileNow()).map((d) => [d.caseId, d.outcome])).toContainEqual([id, 'repaired']);
  const truth = await held(id);
  expect((await row(id)).view).toEqual(JSON.parse(JSON.stringify(truth)));
}, 60_000);

/**
 * What the API asked Temporal of a case's workflow while `fn` ran: its query (a query of an ended case is a
 * worker replaying it whole) or its description (a request to the server), as "query <id>" or "describe <id>".
 */
async function askedDuring(fn: () => Promise<void>): Promise<string[]> {
  const asked: string[] = [];
  const workflows = s.temporal.workflow;
  const getHandle = workflows.getHandle.bind(workflows);
  const spy = vi.spyOn(workflows, 'getHandle').mockImplementation((workflowId, ...rest) => {
    const handle = getHandle(workflowId, ...rest);
    const query = handle.query.bind(handle);
    const describe = handle.describe.bind(handle);
    return Object.assign(handle, {
      query: ((...args: Parameters<typeof query>) => (asked.push(`query ${workflowId}`), query(...args))) as typeof query,
      describe: (() => (asked.push(`describe ${workflowId}`), describe())) as typeof describe,
    });
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return asked;
}

it('a receipt that closes its case is answered from the row its closing wrote, from where the Update answered in history: Temporal is asked nothing more', async () => {
  const { act } = api(s);
  const id = await p2AtReceipt('projection-closing-0001');
  const asked = await askedDuring(async () => {
    const acknowledged = await act(id, 'acknowledge', p.pranataKomputer1);
    expect(acknowledged.statusCode).toBe(200);
    // The receipt's Update answers the version before the close: the case is answered as its close wrote it (the row may have moved on since: its work cycle started).
    expect(acknowledged.json()).toMatchObject({ status: 'issued', outcome: { status: 'issued' } });
    expect(acknowledged.json().timeline.at(-1)?.action).toBe('diterima');
  });
  // Neither replayed (a query) nor described: the close was written in the workflow task the receipt's answer came from.
  expect(asked).toEqual([]);
}, 60_000);

it('a pass takes what moved since the last one: a case neither started, closed nor written since is not compared', async () => {
  const id = await p2Case('projection-quiet-0001');
  const since = new Date();
  // Edited by hand after the pass's start, without a write of its own (updated_at stays): nothing moved.
  await s.db.pool.query('UPDATE cases SET version = version + 100 WHERE case_id = $1', [id]);
  expect((await reconcile({ pool: s.db.pool, temporal: s.temporal, taskQueue: s.taskQueue, log: testLogger() }, since)).filter((d) => d.caseId === id)).toEqual([]);
  // Over the minute it was written in, the same pass finds it.
  expect(await reconcileNow()).toContainEqual({ caseId: id, why: expect.stringMatching(/^version \d+ while its view is version \d+$/), outcome: 'repaired' });
}, 60_000);
