// GET /metrics in Prometheus's text format: cases by status and region (read from the projection at
// scrape time), decision latency, errors by code, request durations, the steps of a request (where
// its time goes: validation, plan, workflow start, Update round trip; `npm run bench` prints them),
// and Node's process metrics. One registry per app, so that tests building several apps count each apart.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds: a decision is an Update that waits for the workflow's validator and handler. */
const LATENCY_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Seconds: a step of a request, from under a millisecond (validation) to an Update round trip. */
export const STEP_BUCKETS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.035, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 10];

/** Times one step of a request into sistem_kerja_api_step_duration_seconds{step}. */
export type Timed = <T>(step: string, f: () => Promise<T>) => Promise<T>;

declare module 'fastify' {
  interface FastifyInstance {
    timed: Timed;
  }
  interface FastifyRequest {
    validationStartedAt?: bigint;
  }
}

export const metrics = fp(async (app: FastifyInstance) => {
  const register = new Registry();
  collectDefaultMetrics({ register });
  new Gauge({
    name: 'sistem_kerja_cases', help: 'Cases by status and region (the projection in PostgreSQL)', labelNames: ['status', 'region'], registers: [register],
    async collect() {
      this.reset();
      const { rows } = await app.deps.pool.query<{ status: string; region: string; n: number }>('SELECT status, region, count(*)::int AS n FROM cases GROUP BY status, region');
      for (const r of rows) this.set({ status: r.status, region: r.region }, r.n);
    },
  });
  const requests = new Histogram({
    name: 'sistem_kerja_http_request_duration_seconds', help: 'HTTP requests by method, route and status', labelNames: ['method', 'route', 'status'], buckets: LATENCY_BUCKETS, registers: [register],
  });
  const decisions = new Histogram({
    name: 'sistem_kerja_decision_duration_seconds', help: 'Decisions on a task (POST …/tasks/{taskId}/decision) by status', labelNames: ['status'], buckets: LATENCY_BUCKETS, registers: [register],
  });
  const steps = new Histogram({
    name: 'sistem_kerja_api_step_duration_seconds', help: 'Steps of a request by name (validation, plan, workflow start, Update round trip …)', labelNames: ['step'], buckets: STEP_BUCKETS, registers: [register],
  });
  app.decorate('timed', async <T>(step: string, f: () => Promise<T>): Promise<T> => {
    const end = steps.startTimer({ step });
    try {
      return await f();
    } finally {
      end();
    }
  });
  // Fastify validates the body, query and headers between these two hooks.
  app.addHook('preValidation', async (req) => {
    req.validationStartedAt = process.hrtime.bigint();
  });
  app.addHook('preHandler', async (req) => {
    if (req.validationStartedAt !== undefined) steps.observe({ step: 'validation' }, Number(process.hrtime.bigint() - req.validationStartedAt) / 1e9);
  });
  const errors = new Counter({ name: 'sistem_kerja_errors_total', help: 'Error responses by their code (the one error shape) and status', labelNames: ['code', 'status'], registers: [register] });

  app.addHook('onSend', async (_req, reply, payload) => {
    // Every error leaves as { error: { code } }; reading it here counts them whatever raised them.
    if (reply.statusCode >= 400 && typeof payload === 'string') {
      const code = (() => {
        try {
          return (JSON.parse(payload) as { error?: { code?: string } }).error?.code;
        } catch {
          return undefined;
        }
      })();
      errors.inc({ code: code ?? 'UNKNOWN', status: reply.statusCode });
    }
    return payload;
  });
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    const seconds = reply.elapsedTime / 1000;
    requests.observe({ method: req.method, route, status: reply.statusCode }, seconds);
    if (req.method === 'POST' && route.endsWith('/tasks/:taskId/decision')) decisions.observe({ status: reply.statusCode }, seconds);
  });

  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) => reply.type(register.contentType).send(await register.metrics()));
});
