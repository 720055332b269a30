// Liveness and readiness. /health: the process answers (restart it if not). /health/ready: it can
// serve, meaning PostgreSQL and Temporal answer and a worker polls the task queue, without which a
// case would start and never move; 503 in the one error shape names each dependency that is missing.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { temporal as proto } from '@temporalio/proto';
import { ApiError } from '../errors';
import { errors, ok } from '../schemas/common';

/** A poller seen within this window is a live worker: a poll is a long poll of at most a minute, then the next begins. */
export const POLLER_WINDOW_MS = 90_000;
/** A check that hangs while a client retries is no check. */
const CHECK_MS = 3000;

const Check = Type.Object({ ok: Type.Literal(true) });
const Ready = Type.Object({
  status: Type.Literal('ready'),
  postgres: Check,
  temporal: Check,
  worker: Type.Object({ ok: Type.Literal(true), pollers: Type.Integer({ description: `workflow pollers seen on the task queue in the last ${POLLER_WINDOW_MS / 1000} s` }) }),
});

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms)))])
    .finally(() => clearTimeout(timer));
}
const failure = (e: unknown) => (e as Error).message || String(e);

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/health', {
    schema: { operationId: 'getHealth', tags: ['health'], summary: 'Liveness: the process answers', security: [], response: { 200: ok('The process answers', Type.Object({ status: Type.Literal('ok') })), ...errors('getHealth') } },
  }, async () => ({ status: 'ok' as const }));

  app.get('/health/ready', {
    schema: {
      operationId: 'getReadiness', tags: ['health'], security: [],
      summary: 'Readiness: PostgreSQL and Temporal answer and a worker polls the task queue; 503 NOT_READY names what is missing (fields: postgres, temporal, worker)',
      response: { 200: ok('PostgreSQL, Temporal and a worker answer', Ready), ...errors('getReadiness') },
    },
  }, async () => {
    const { pool, temporal, config } = app.deps;
    const [postgres, pollers] = await Promise.allSettled([
      within(CHECK_MS, pool.query('SELECT 1')),
      temporal.withDeadline(Date.now() + CHECK_MS, () => temporal.workflowService.describeTaskQueue({
        namespace: temporal.options.namespace,
        taskQueue: { name: config.TASK_QUEUE, kind: proto.api.enums.v1.TaskQueueKind.TASK_QUEUE_KIND_NORMAL },
        taskQueueType: proto.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
      })),
    ]);
    const missing: { field: string; message: string }[] = [];
    if (postgres.status === 'rejected') missing.push({ field: 'postgres', message: `PostgreSQL does not answer: ${failure(postgres.reason)}` });
    let live = 0;
    if (pollers.status === 'rejected') missing.push({ field: 'temporal', message: `Temporal does not answer: ${failure(pollers.reason)}` });
    else {
      const since = Date.now() - POLLER_WINDOW_MS;
      live = (pollers.value.pollers ?? []).filter((p) => Number(p.lastAccessTime?.seconds ?? 0) * 1000 >= since).length;
      if (!live) missing.push({ field: 'worker', message: `no worker polls task queue ${config.TASK_QUEUE}: cases would start and not move` });
    }
    if (missing.length) throw new ApiError(503, { code: 'NOT_READY', message: `not ready: ${missing.map((m) => m.field).join(', ')}`, fields: missing });
    return { status: 'ready' as const, postgres: { ok: true as const }, temporal: { ok: true as const }, worker: { ok: true as const, pollers: live } };
  });
};
