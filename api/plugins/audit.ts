// Every API call that changes something (POST, PUT, PATCH, DELETE under /api/v1: starts, decisions,
// completions, actions, withdrawals, acknowledgements, master-data imports), and so every decision or
// action that enters a workflow, leaves a row in the audit log of its region (db/audit.ts) before its
// answer leaves: refusals too, with their code. One hook, so no route has to remember it.
import canonicalize from 'canonicalize';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { createHash } from 'node:crypto';
import { appendAudit, SERVICE_CHAIN, type AuditEntry } from '../../db/audit';
import { isRegion } from '../../profiles';

const CHANGES = ['POST', 'PUT', 'PATCH', 'DELETE'];

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** Text from the request as PostgreSQL can hold it: a NUL (which the door refuses) is written as the escape \u0000. */
const storable = (s: string | undefined) => s?.replace(/\u0000/g, '\\u0000');

/** A started case is named by the Location of the answer. */
const caseOfLocation = (location: unknown) => (typeof location === 'string' ? /\/cases\/([^/?]+)$/.exec(location)?.[1] : undefined);

function errorCode(status: number, payload: unknown): string | null {
  if (status < 400 || typeof payload !== 'string') return null;
  try {
    return JSON.parse(payload).error?.code ?? null;
  } catch {
    return null;
  }
}

function requestHash(req: FastifyRequest): string | null {
  try {
    return sha256(canonicalize({ params: req.params ?? {}, query: req.query ?? {}, body: req.body ?? null })!);
  } catch {
    return null; // a body nested past the door's limit (refused with 400) overflows the walk: it has no canonical form
  }
}

function entryOf(req: FastifyRequest, reply: FastifyReply, payload: unknown): AuditEntry {
  const params = (req.params ?? {}) as Record<string, string | undefined>;
  const actor = req.actor;
  return {
    requestId: req.id,
    client: req.client || null,
    official: actor?.nip ?? null,
    knownVia: actor?.via ?? null,
    vouchedBy: actor?.via === 'vouched' ? actor.by : null,
    onBehalfOf: null,
    operation: `${req.method} ${req.routeOptions.url ?? storable(req.url.split('?')[0])}`,
    caseId: storable(params.caseId ?? caseOfLocation(reply.getHeader('location'))) ?? null,
    taskId: storable(params.taskId) ?? null,
    requestHash: requestHash(req),
    status: reply.statusCode,
    code: errorCode(reply.statusCode, payload),
  };
}

/** The region of the case a call names, as its route read the case: the chain without a second read. */
const regionsRead = new WeakMap<FastifyRequest, string>();

/** Notes the region of a case a route read, where it is the case the call names (its path's caseId). */
export function caseRead(req: FastifyRequest, view: { caseId: string; region: string }): void {
  if ((req.params as Record<string, unknown> | undefined)?.caseId === view.caseId) regionsRead.set(req, view.region);
}

/** The region a call concerns: the one it names, else its case's; a region this service does not serve is the service's chain. */
async function chainOf(app: FastifyInstance, req: FastifyRequest, caseId: string | null): Promise<string> {
  const named = (req.params as Record<string, unknown> | undefined)?.region ?? (req.body as Record<string, unknown> | undefined)?.region;
  const region = typeof named === 'string' ? named
    : caseId ? regionsRead.get(req) ?? (await app.deps.pool.query('SELECT region FROM cases WHERE case_id = $1', [caseId])).rows[0]?.region : undefined;
  return typeof region === 'string' && isRegion(region) ? region : SERVICE_CHAIN;
}

export const audit = fp(async (app: FastifyInstance) => {
  app.addHook('onSend', async (req, reply, payload) => {
    if (!CHANGES.includes(req.method) || !req.url.startsWith('/api/v1/')) return payload;
    let entry: AuditEntry | undefined;
    try {
      entry = entryOf(req, reply, payload);
      const row = await appendAudit(app.deps.pool, await chainOf(app, req, entry.caseId), entry);
      req.log.info({ audit: { chain: row.chain, seq: row.seq } }, 'audit row appended');
    } catch (err) {
      // What was done is done: the answer goes out, and the missing row is an error to act on.
      req.log.error({ err, audit: entry }, 'audit row not written');
    }
    return payload;
  });
});
