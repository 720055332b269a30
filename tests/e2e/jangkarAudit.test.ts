// The worker process starts the audit log's anchoring workflow (and the events' retention), and a
// restarted worker finds them running instead of starting others: one history each per task queue.
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { anchorAuditUpdate, jangkarAuditId, retensiEventId } from '../../workflows/shared';
import { AUTH, startStack, type Stack } from '../support/stack';
import { startWorkerProcess } from '../support/workerProcess';

let s: Stack;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  s = await startStack({ worker: false });
});
afterAll(async () => {
  for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
  await s?.temporal.workflow.getHandle(jangkarAuditId(s.taskQueue)).terminate().catch(() => undefined);
  await s?.temporal.workflow.getHandle(retensiEventId(s.taskQueue)).terminate().catch(() => undefined);
  await s?.close();
});

const startWorker = async () => {
  const { child } = await startWorkerProcess({ DATABASE_URL: s.db.url, TASK_QUEUE: s.taskQueue });
  workers.push(child);
  return child;
};

it('the worker starts jangkarAudit and retensiEvent once; a restarted worker finds them running, and the anchor anchors the heads', async () => {
  const first = await startWorker();
  const handle = s.temporal.workflow.getHandle(jangkarAuditId(s.taskQueue));
  const { runId, status } = await handle.describe();
  expect(status.name).toBe('RUNNING');
  const retensi = s.temporal.workflow.getHandle(retensiEventId(s.taskQueue));
  const pruning = await retensi.describe();
  expect(pruning.status.name).toBe('RUNNING');
  first.kill('SIGKILL');
  await startWorker();
  expect((await handle.describe()).runId).toBe(runId);
  expect((await retensi.describe()).runId).toBe(pruning.runId);

  // A call that changes something (an empty master-data import) is a row, and its chain's head is anchored.
  expect((await s.app.inject({ method: 'POST', url: '/api/v1/master-data/banjar', headers: AUTH, payload: {} })).statusCode).toBe(200);
  const head = (await s.db.pool.query("SELECT seq, hash FROM audit_heads WHERE chain = 'banjar'")).rows[0];
  expect(await handle.executeUpdate(anchorAuditUpdate)).toEqual([expect.objectContaining({ chain: 'banjar', seq: Number(head.seq), hash: head.hash })]);
}, 90_000);
