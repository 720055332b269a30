// Liveness and readiness: ready only when a worker polls the task queue, and 503 says what is missing.
import { afterAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack';

const stacks: Stack[] = [];
afterAll(async () => {
  for (const s of stacks) await s.close();
});
const stack = async (worker: boolean) => {
  const s = await startStack({ worker });
  stacks.push(s);
  return s;
};

describe('no worker polls the task queue', () => {
  it('is alive, and not ready: 503 NOT_READY names the worker in the one error shape', async () => {
    const s = await stack(false);
    const live = await s.app.inject({ method: 'GET', url: '/health' });
    expect([live.statusCode, live.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await s.app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({
      error: {
        code: 'NOT_READY', message: 'not ready: worker',
        fields: [{ field: 'worker', message: `no worker polls task queue ${s.taskQueue}: cases would start and not move` }],
      },
    });
  });
});

describe('a worker polls the task queue', () => {
  it('is ready: PostgreSQL, Temporal and the worker', async () => {
    const s = await stack(true);
    // The worker's first poll reaches the server a moment after it starts.
    let ready = await s.app.inject({ method: 'GET', url: '/health/ready' });
    for (const end = Date.now() + 10_000; ready.statusCode !== 200 && Date.now() < end; await new Promise((r) => setTimeout(r, 200)))
      ready = await s.app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', postgres: { ok: true }, temporal: { ok: true }, worker: { ok: true, pollers: expect.any(Number) } });
    expect(ready.json().worker.pollers).toBeGreaterThan(0);
  });
});
