// The API as a Fastify plugin tree that tests build with their own pool and Temporal client.
// Order: documentation and error shape → authentication → routes.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Client } from '@temporalio/client';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Penerbitan } from '../documents/berkas';
import { registerErrorHandler } from './errors';
import { auth } from './plugins/auth';
import { ErrorBody } from './schemas/common';
import { CaseView } from './schemas/cases';
import { caseRoutes } from './routes/cases';
import { documentRoutes } from './routes/documents';
import { healthRoutes } from './routes/health';
import { inboxRoutes } from './routes/inbox';
import { masterDataRoutes } from './routes/masterData';
import { verifikasiRoutes } from './routes/verifikasi';

export interface AppDeps {
  config: Pick<Config, 'apiKeys' | 'deadlines' | 'TASK_QUEUE'> & Partial<Pick<Config, 'externalAgencies'>>;
  pool: Pool;
  temporal: Client;
  logger: Logger;
  /** The signing certificate and public base URL of issued files (a document issued before they were kept gets its file on first read). */
  penerbitan: Penerbitan;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    ajv: { customOptions: { allErrors: true, removeAdditional: false, coerceTypes: false, discriminator: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate('deps', deps);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  registerErrorHandler(app);
  app.addSchema(ErrorBody);
  app.addSchema(CaseView);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Sistem Kerja API',
        version: '1.0.0',
        description: 'Runs the Sistem Kerja procedures of PermenPANRB 7/2022 and the regional regulations of Bengkalis, Banjar, Pati and Pasuruan as durable workflows. Every refusal carries the article of law it comes from.',
      },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'API key of the e-office system' } } },
      security: [{ apiKey: [] }],
    },
    refResolver: { buildLocalReference: (json, _base, _frag, i) => (json.$id as string) ?? `def-${i}` },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(auth, { apiKeys: deps.config.apiKeys });
  await app.register(healthRoutes);
  await app.register(masterDataRoutes, { prefix: '/api/v1' });
  await app.register(caseRoutes, { prefix: '/api/v1' });
  await app.register(inboxRoutes, { prefix: '/api/v1' });
  await app.register(documentRoutes, { prefix: '/api/v1' });
  await app.register(verifikasiRoutes);
  return app;
}
