// Response headers every answer carries (helmet: no sniffing, no framing, HSTS, a content security
// policy the Swagger UI of /docs works under) and CORS, closed unless CORS_ORIGINS names the browser
// origins that may call the API.
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const security = fp(async (app: FastifyInstance, opts: { corsOrigins: string[] }) => {
  await app.register(helmet);
  await app.register(cors, {
    origin: opts.corsOrigins.length ? opts.corsOrigins : false,
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-acting-official', 'x-request-id'],
    exposedHeaders: ['location', 'retry-after', 'x-request-id'],
  });
});
