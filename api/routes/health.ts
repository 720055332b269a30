import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';

const Check = Type.Object({ ok: Type.Boolean(), error: Type.Optional(Type.String()) });
const Health = Type.Object({ status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]), postgres: Check, temporal: Check });

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const probe = async (f: () => Promise<unknown>) => {
    try {
      await f();
      return { ok: true };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  };
  app.get('/health', {
    schema: { tags: ['health'], summary: 'Liveness, with PostgreSQL and Temporal reachability', security: [], response: { 200: Health, 503: Health } },
  }, async (_req, reply) => {
    const [postgres, temporal] = await Promise.all([
      probe(() => app.deps.pool.query('SELECT 1')),
      // Bounded: a health check that hangs while the client retries is no health check.
      probe(() => app.deps.temporal.withDeadline(Date.now() + 3000, () => app.deps.temporal.workflowService.getSystemInfo({}))),
    ]);
    const ok = postgres.ok && temporal.ok;
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', postgres, temporal });
  });
};
