// The API as a Fastify plugin tree that tests build with their own pool and Temporal client.
// Order: documentation and error shape → input policy → authentication → idempotency keys → audit log → routes.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Client } from '@temporalio/client';
import type { OpenAPIV3_1 } from 'openapi-types';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Penerbitan } from '../documents/berkas';
import { clientErrorHandler, frameworkErrors, registerErrorHandler } from './errors';
import { citeFields } from './fieldCitations';
import { DEFAULT_KEY_TTL_MS, idempotency } from './idempotency';
import { inputPolicy } from './plugins/inputPolicy';
import { auth } from './plugins/auth';
import { audit } from './plugins/audit';
import { security } from './plugins/security';
import { metrics } from './plugins/metrics';
import { ErrorBody, ProblemBody } from './schemas/common';
import { CaseView } from './schemas/cases';
import { EVENT_SCHEMAS, webhooksSection } from './schemas/events';
import { auditRoutes } from './routes/audit';
import { delegasiRoutes } from './routes/delegasi';
import { eventRoutes } from './routes/events';
import { webhookRoutes } from './routes/webhooks';
import { caseRoutes } from './routes/cases';
import { documentRoutes } from './routes/documents';
import { healthRoutes } from './routes/health';
import { inboxRoutes } from './routes/inbox';
import { masterDataRoutes } from './routes/masterData';
import { verifikasiRoutes } from './routes/verifikasi';
import { sharedSerializers } from './serializers';
import { webApp } from '../web';
import { EventBell } from '../db/eventBell';
import { PostgresArsip, type ArsipStore } from '../services/arsipStore';

export interface AppDeps {
  config: Pick<Config, 'apiKeys' | 'deadlines' | 'TASK_QUEUE'> & Partial<Pick<Config, 'externalAgencies' | 'idempotencyKeyTtlMs' | 'assignmentWindow' | 'oidc' | 'corsOrigins' | 'authFailures' | 'roles' | 'web'>>;
  pool: Pool;
  temporal: Client;
  logger: Logger;
  /** The signing certificate and public base URL of issued files (a document issued before they were kept gets its file on first read). */
  penerbitan: Penerbitan;
  /** How often a long-poll of the feed looks at the outbox without a ring (db/eventBell.ts); default SAFETY_POLL_MS. */
  eventSafetyPollMs?: number;
  /** Where the archive of closed cases is read (ARCHIVE_STORE: services/arsipStore.ts); default: this database's tables. */
  arsip?: ArsipStore;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** Rings when events are appended: the process's one listening connection (db/eventBell.ts). */
    eventBell: EventBell;
    /** The archive of closed cases: AppDeps.arsip, or this database's tables. */
    arsip: ArsipStore;
  }
}

/**
 * The largest body a route takes unless it says otherwise (master data does): every request's fields
 * are bounded well below it, and it is far below Temporal's 2 MB payload limit, so nothing the API
 * accepts is refused by Temporal later.
 */
export const BODY_LIMIT = 256 * 1024;

/** The contract's groups of operations, in the order an integrator meets them. */
const TAGS = [
  { name: 'cases', description: 'Start a case of a procedure, follow it, and take its steps: decisions, tindakan, the procedure\'s own actions, withdrawal, receipt' },
  { name: 'inbox', description: 'What waits for an official: open tasks, reminders and escalations for the e-office system to deliver' },
  { name: 'documents', description: 'Issued documents (signed PDFs and their data) and the register of letters' },
  { name: 'master data', description: 'The region\'s units, positions and employees with their kedudukan, imported in bulk' },
  { name: 'health', description: 'Liveness and readiness for the operator' },
  { name: 'verification', description: 'The public verification page printed on every issued document as a QR code (no key)' },
  { name: 'delegations', description: 'Plt and Plh: a position held for a period by a delegate, who takes its decision tasks and signs as Plh./Plt.' },
  { name: 'webhooks', description: 'Events of cases for e-office systems: pushed to their webhook subscriptions (Standard Webhooks, signed, in order, retried for days) or pulled from the feed' },
  { name: 'audit', description: 'The tamper-evident audit log: every call that changed something, hash-chained per region and anchored in Temporal, and its verification' },
];

/**
 * A discriminator selects named schemas only: the members of a `oneOf` told apart by a tag (the
 * procedures' requests of POST /cases) go to components under their title, the route's schema
 * (which Ajv validates inline) staying as it is.
 */
function namedDiscriminated(doc: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  const schemas = (doc.components!.schemas ??= {});
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const s = node as OpenAPIV3_1.SchemaObject;
    if (s.discriminator && s.oneOf)
      s.oneOf = s.oneOf.map((member) => {
        const name = (member as OpenAPIV3_1.SchemaObject).title;
        if (!name) return member;
        schemas[name] = member;
        return { $ref: `#/components/schemas/${name}` };
      });
    for (const v of Object.values(node)) visit(v);
  };
  visit(doc.paths);
  return doc;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    // A caller's X-Request-Id is kept where it is a plain token (it is echoed in a header and logged).
    requestIdHeader: false,
    genReqId: (req) => {
      const id = req.headers['x-request-id'];
      return typeof id === 'string' && /^[\w.:-]{1,128}$/.test(id) ? id : crypto.randomUUID();
    },
    // Requests outside the input policy are answered in the one error shape, whoever refuses them.
    bodyLimit: BODY_LIMIT,
    routerOptions: { maxParamLength: 512 },
    frameworkErrors,
    clientErrorHandler,
    ajv: { customOptions: { allErrors: true, removeAdditional: false, coerceTypes: false, discriminator: true } },
    schemaController: { compilersFactory: { buildSerializer: sharedSerializers() } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate('deps', deps);
  app.decorate('arsip', deps.arsip ?? new PostgresArsip(deps.pool));
  const eventBell = new EventBell(deps.pool.options, deps.logger.child({ component: 'event-bell' }), deps.eventSafetyPollMs);
  app.decorate('eventBell', eventBell);
  app.addHook('onReady', async () => eventBell.start());
  app.addHook('onClose', async () => eventBell.close());
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  registerErrorHandler(app, (req, e) => citeFields(app, req, e));
  app.addSchema(ErrorBody);
  app.addSchema(ProblemBody);
  app.addSchema(CaseView);
  for (const s of EVENT_SCHEMAS) app.addSchema(s);

  await app.register(security, { corsOrigins: deps.config.corsOrigins ?? [] });
  const { oidc } = deps.config;
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Sistem Kerja API',
        version: '1.0.0',
        license: { name: 'UNLICENSED: proprietary to the regional governments that run it', identifier: 'LicenseRef-Proprietary' },
        description: 'Runs the Sistem Kerja procedures of PermenPANRB 7/2022 and the regional regulations of Bengkalis, Banjar, Pati and Pasuruan as durable workflows. Every refusal carries the article of law it comes from.',
      },
      servers: [{ url: '{baseUrl}', description: 'the service as its operator publishes it (PUBLIC_BASE_URL)', variables: { baseUrl: { default: 'http://127.0.0.1:3000' } } }],
      tags: TAGS,
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'API key of the e-office system; with the act-for-officials right it names the official in X-Acting-Official' },
          ...(oidc ? { official: { type: 'openIdConnect', openIdConnectUrl: `${oidc.issuer}/.well-known/openid-configuration`, description: `An official signed in: the access token (JWT, audience ${oidc.audience}) carries the NIP in its ${oidc.nipClaim} claim` } } : {}),
        },
      },
      security: [{ apiKey: [] }, ...(oidc ? [{ official: [] }] : [])],
      webhooks: webhooksSection(),
    },
    refResolver: { buildLocalReference: (json, _base, _frag, i) => (json.$id as string) ?? `def-${i}` },
    transformObject: (d) => ('openapiObject' in d ? namedDiscriminated(d.openapiObject as OpenAPIV3_1.Document) : d.swaggerObject),
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(inputPolicy);
  await app.register(auth, { apiKeys: deps.config.apiKeys, oidc, authFailures: deps.config.authFailures, pool: deps.pool, roles: deps.config.roles });
  await app.register(metrics); // before idempotency: its preHandler is timed apart from validation
  await app.register(idempotency, { ttlMs: deps.config.idempotencyKeyTtlMs ?? DEFAULT_KEY_TTL_MS });
  await app.register(audit); // after idempotency: its onSend sees the answer as it finally goes out
  await app.register(healthRoutes);
  await app.register(masterDataRoutes, { prefix: '/api/v1' });
  await app.register(caseRoutes, { prefix: '/api/v1' });
  await app.register(inboxRoutes, { prefix: '/api/v1' });
  await app.register(documentRoutes, { prefix: '/api/v1' });
  await app.register(auditRoutes, { prefix: '/api/v1' });
  await app.register(delegasiRoutes, { prefix: '/api/v1' });
  await app.register(webhookRoutes, { prefix: '/api/v1' });
  await app.register(eventRoutes, { prefix: '/api/v1' });
  await app.register(verifikasiRoutes);
  // The officials' web app, where sign-in and its client are configured (README "The web app for officials").
  if (deps.config.web && oidc) await app.register(webApp, { web: deps.config.web, oidc });
  return app;
}
