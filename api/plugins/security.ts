// Response headers every answer carries (helmet: no sniffing, no framing, HSTS, a content security
// policy the Swagger UI of /docs works under) and CORS, closed unless CORS_ORIGINS names the browser
// origins that may call the API.
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const security = fp(async (app: FastifyInstance, opts: { corsOrigins: string[] }) => {
  // The API speaks plain HTTP on a development machine and behind a TLS proxy in production: the proxy
  // upgrades requests, the policy must not (it would send /docs's requests to an https nobody serves).
  await app.register(helmet, { contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
  await app.register(cors, {
    origin: opts.corsOrigins.length ? opts.corsOrigins : false,
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-acting-official', 'x-request-id'],
    exposedHeaders: ['location', 'retry-after', 'x-request-id'],
  });
});
