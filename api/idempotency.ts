// Idempotency-Key on the POSTs that change a case (the IETF "Idempotency-Key HTTP Header Field" draft,
// with Stripe's semantics). A key belongs to the e-office system whose API key sent it and is bound to
// the request it first came with: the route, the case and task, the acting official and the RFC 8785
// canonical body. The same request again gets the first outcome (status, Location and body, marked
// Idempotent-Replayed); the same key on another request is 422 IDEMPOTENCY_KEY_REUSED naming what
// differs. A route opts in with `config: { idempotent: true }`: the case routes, and the changes of
// webhook subscriptions.
import canonicalize from 'canonicalize';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { createHash } from 'node:crypto';
import { bindCase, claimKey, purgeExpiredKeys, recordOutcome, releaseKey, type IdempotentRequest } from '../db/idempotency';
import { ApiError, codeOf, mediaTypeOf } from './errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    idempotent?: boolean;
    /** A 202 of this route is its outcome (queued), kept like any other; a case route's 202 is a case being set up, kept pending. */
    queuedIsOutcome?: boolean;
  }
  interface FastifyRequest {
    /** The key this request holds, once it is known to be the key's own request. */
    idempotency: { key: string; caseId: string | null; updateId: string } | undefined;
  }
}

export const DEFAULT_KEY_TTL_MS = 24 * 3600_000;
const PURGE_EVERY_MS = 3600_000;
export const REPLAYED = 'idempotent-replayed';

/**
 * Answers that say nothing was changed free the key; 202 (being set up) and an outcome not known yet
 * keep it pending, so the same request may be sent again to learn it.
 */
const NOTHING_CHANGED = ['TEMPORAL_UNAVAILABLE', 'DATABASE_UNAVAILABLE'];

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The request as a key is bound to it; path parameters other than the case and task are part of the route. */
function requestOf(req: FastifyRequest): IdempotentRequest {
  const { caseId = null, taskId = null, ...rest } = (req.params ?? {}) as Record<string, string>;
  const route = Object.entries(rest).reduce((url, [name, value]) => url.replace(`:${name}`, value), req.routeOptions.url ?? req.url);
  const actor = req.headers['x-acting-official'];
  return {
    operation: `${req.method} ${route}`,
    caseId,
    taskId,
    actingOfficial: typeof actor === 'string' ? actor : null,
    bodyHash: sha256(canonicalize(req.body ?? {}) ?? ''),
  };
}

/** What a key is bound to, as the error shape names it. */
const PARTS: { part: keyof IdempotentRequest; field: string; name: string }[] = [
  { part: 'operation', field: 'route', name: 'route' },
  { part: 'caseId', field: 'params.caseId', name: 'case' },
  { part: 'taskId', field: 'params.taskId', name: 'task' },
  { part: 'actingOfficial', field: 'headers.x-acting-official', name: 'acting official' },
  { part: 'bodyHash', field: 'body', name: 'body' },
];

function reused(key: string, first: IdempotentRequest, request: IdempotentRequest): ApiError | undefined {
  // A start names no case: the case its key is bound to is the start's outcome, not part of the request.
  const differs = PARTS.filter(({ part }) => first[part] !== request[part] && !(part === 'caseId' && request.caseId === null));
  if (!differs.length) return undefined;
  const where = [first.caseId && `case ${first.caseId}`, first.taskId && `task ${first.taskId}`].filter(Boolean).join(', ');
  return new ApiError(422, {
    code: 'IDEMPOTENCY_KEY_REUSED',
    message: `Idempotency-Key ${key} was first sent with ${first.operation}${where ? ` (${where})` : ''}; this request differs in its ${differs.map((d) => d.name).join(', ')}: a new request needs a new key`,
    fields: differs.map(({ field, part }) => ({
      field,
      message: part === 'bodyHash' ? 'differs from the body first sent with this key' : `was ${first[part] ?? 'absent'}`,
    })),
  });
}

/**
 * The case id a start's key is bound to: the first attempt's, or `fresh` for the first. A retried or
 * concurrent start thereby only ever starts that one case.
 */
export async function caseIdOf(app: FastifyInstance, req: FastifyRequest, fresh: string): Promise<string> {
  const claim = req.idempotency;
  if (!claim) return fresh;
  claim.caseId ??= await bindCase(app.deps.pool, req.client, claim.key, fresh);
  return claim.caseId;
}

/**
 * The Temporal Update id of a message: from its key (Temporal then applies a retried Update once and
 * answers its first outcome), else a fresh one; either way the API can ask Temporal for its outcome.
 */
export const updateIdOf = (req: FastifyRequest) => req.idempotency?.updateId ?? crypto.randomUUID();

/**
 * What a keyed request makes, named by its key and request (a webhook subscription's id, a redelivery's
 * request): a retried or racing request finds the first one's instead of making another. Undefined without a key.
 */
export const keyedNameOf = (req: FastifyRequest) => req.idempotency && sha256(req.idempotency.updateId).slice(0, 32);

export const idempotency = fp(async (app: FastifyInstance, opts: { ttlMs: number }) => {
  const { pool } = app.deps;
  app.decorateRequest('idempotency', undefined);

  app.addHook('preHandler', async (req, reply) => {
    const key = req.headers['idempotency-key'];
    if (!req.routeOptions.config.idempotent || typeof key !== 'string') return;
    const request = requestOf(req);
    const { claimed, row } = await app.timed('idempotency key', () => claimKey(pool, req.client, key, request, opts.ttlMs));
    if (!claimed) {
      const refusal = reused(key, row, request);
      if (refusal) throw refusal;
      if (row.outcome) {
        req.log.info({ idempotencyKey: key, status: row.outcome.status }, 'replayed the first outcome');
        if (row.outcome.location) reply.header('location', row.outcome.location);
        reply.status(row.outcome.status).header(REPLAYED, 'true');
        // A 204 has no body to type.
        return row.outcome.body ? reply.type(mediaTypeOf(row.outcome.body)).send(row.outcome.body) : reply.send();
      }
      // Same request, no outcome yet (in flight, or its answer was not known): it runs again, and what it
      // reaches is idempotent itself (the case id bound to a start's key, the Update id of a message).
    }
    req.idempotency = { key, caseId: row.caseId, updateId: `${req.client}:${key}:${sha256(canonicalize(request) ?? '').slice(0, 16)}` };
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const claim = req.idempotency;
    const status = reply.statusCode;
    if (!claim || (status === 202 && !req.routeOptions.config.queuedIsOutcome)) return payload;
    try {
      // A 400 is a request that did not pass validation: not an outcome (as Stripe does), so the
      // corrected request may use the key.
      if (status === 400 || (status >= 500 && NOTHING_CHANGED.includes(codeOf(String(payload)) ?? ''))) {
        await releaseKey(pool, req.client, claim.key);
        return payload;
      }
      if (status >= 500) return payload;
      const location = reply.getHeader('location');
      const body = payload == null ? '' : String(payload);
      const first = await recordOutcome(pool, req.client, claim.key, { status, location: typeof location === 'string' ? location : null, body });
      if (first.status === status && first.body === body) return payload;
      // A concurrent identical request answered first: this one answers the same.
      if (first.location) reply.header('location', first.location);
      reply.status(first.status).header(REPLAYED, 'true');
      return first.body;
    } catch (err) {
      // The key stays pending: a retry runs the request again, as idempotent as the first time.
      req.log.warn({ err, idempotencyKey: claim.key }, 'the outcome of this key was not recorded');
      return payload;
    }
  });

  const purge = async () => {
    const purged = await purgeExpiredKeys(pool).catch((err) => app.log.warn({ err }, 'expired idempotency keys not purged'));
    if (purged) app.log.info({ purged }, 'expired idempotency keys purged');
  };
  const timer = setInterval(purge, Math.min(opts.ttlMs, PURGE_EVERY_MS)).unref();
  app.addHook('onClose', async () => clearInterval(timer));
});
