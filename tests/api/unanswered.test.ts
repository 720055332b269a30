// Answers tell the truth when no worker polls the task queue: a start whose workflow exists is never
// "nothing was changed" (202 while it waits for a worker, then the case); a decision Temporal holds
// is OUTCOME_UNKNOWN, and takes effect, once, when a worker comes back.
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createActivities } from '../../activities';
import { ANSWER_WITHIN_MS } from '../../api/unanswered';
import { demoPeople } from '../../demo/masterData';
import { bundleOptions } from '../../services/workflowCode';
import { api, taskOpen } from '../support/api';
import { loadDemoData, permohonan, requester } from '../support/cases';
import { testLogger } from '../support/logger';
import { AUTH, PATI_AUTH, startStack, type Stack } from '../support/stack';

let s: Stack;
let workflowBundle: Awaited<ReturnType<typeof bundleWorkflowCode>>;
beforeAll(async () => {
  s = await startStack({ worker: false });
  await loadDemoData(s.db.pool, ['banjar']);
  workflowBundle = await bundleWorkflowCode({ ...bundleOptions, logger: new DefaultLogger('WARN') });
});
afterAll(async () => s?.close());

/** A worker on the stack's task queue until the returned function stops it. */
async function runWorker(): Promise<() => Promise<void>> {
  const connection = await NativeConnection.connect({ address: inject('temporalAddress') });
  const worker = await Worker.create({
    connection, taskQueue: s.taskQueue, workflowBundle,
    activities: createActivities({ pool: s.db.pool, log: testLogger(), temporal: s.temporal, arsip: { retentionYears: 10 } }),
    // No sticky cache: a worker that is stopped leaves no case waiting on its own queue.
    maxCachedWorkflows: 0,
  });
  const running = worker.run();
  return async () => {
    worker.shutdown();
    await running;
    await connection.close();
  };
}

const p = demoPeople('banjar');
const start = (key: string) => s.app.inject({
  method: 'POST', url: '/api/v1/cases',
  headers: { ...AUTH, 'idempotency-key': key, 'x-acting-official': requester('banjar') },
  payload: { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') },
});
const decide = (caseId: string) => s.app.inject({
  method: 'POST', url: `/api/v1/cases/${caseId}/tasks/rekomendasi-puo/decision`,
  headers: { ...AUTH, 'idempotency-key': `decision-${caseId}`, 'x-acting-official': p.kadisKominfo },
  payload: { decision: 'approve' },
});

it('no worker: a start answers 202 with the case id it started, never "nothing was changed"; with a worker, the case', async () => {
  const begun = Date.now();
  const first = await start('no-worker-0001');
  expect(first.statusCode).toBe(202);
  // The start waits for its first task at most ANSWER_WITHIN_MS (Update-with-Start), then says it is starting:
  // it answers, rather than hang until the client gives up (the bound is loose: a busy machine adds seconds).
  expect(Date.now() - begun).toBeLessThan(ANSWER_WITHIN_MS * 3);
  expect(first.json()).toEqual({ caseId: expect.stringMatching(/^banjar-/), status: 'starting', message: expect.stringContaining('waits for a worker') });
  const caseId = first.json().caseId;
  expect(first.headers.location).toBe(`/api/v1/cases/${caseId}`);
  expect((await s.temporal.workflow.getHandle(caseId).describe()).status.name).toBe('RUNNING');

  // The same request again: the same case, not a second one.
  const again = await start('no-worker-0001');
  expect(again.statusCode).toBe(202);
  expect(again.json().caseId).toBe(caseId);
  // Read meanwhile, it says the same: started, waiting for a worker (not 503 "nothing was changed").
  const read = await s.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: AUTH });
  expect(read.statusCode).toBe(202);
  expect(read.json()).toMatchObject({ caseId, status: 'starting' });
  const otherRegion = await s.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: PATI_AUTH });
  expect(otherRegion.statusCode).toBe(404);

  const stop = await runWorker();
  try {
    await api(s).until(caseId, taskOpen('rekomendasi-puo'));
    const ready = await start('no-worker-0001');
    expect(ready.statusCode).toBe(201);
    expect(ready.json()).toMatchObject({ caseId, status: expect.any(String) });
  } finally {
    await stop();
  }
});

it('no worker: a decision answers 503 OUTCOME_UNKNOWN; it takes effect once a worker is back, and its retry answers it', async () => {
  const stopFirst = await runWorker();
  let caseId: string;
  try {
    caseId = (await start('no-worker-0002')).json().caseId;
    await api(s).until(caseId, taskOpen('rekomendasi-puo'));
  } finally {
    await stopFirst();
  }
  const unknown = await decide(caseId);
  expect(unknown.statusCode).toBe(503);
  expect(unknown.json().error).toEqual({ code: 'OUTCOME_UNKNOWN', message: expect.stringContaining('send the same request with the same Idempotency-Key') });

  const stop = await runWorker();
  try {
    const decided = await api(s).until(caseId, taskOpen('keputusan-ppk'));
    expect(decided.timeline.filter((e) => e.action === 'direkomendasikan')).toHaveLength(1);
    const retry = await decide(caseId);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().tasks.find((t: { id: string }) => t.id === 'rekomendasi-puo').status).not.toBe('open');
    expect((await api(s).getCase(caseId)).timeline.filter((e) => e.action === 'direkomendasikan')).toHaveLength(1);
  } finally {
    await stop();
  }
});
